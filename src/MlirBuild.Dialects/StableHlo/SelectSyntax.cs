using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;SelectOpType&gt;</c>: <c>%p, %t, %f : P, T</c> when both branches and the result have type T, else
/// the function type <c>(P, A, B) -&gt; R</c>.
/// </summary>
internal static class SelectSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var location = p.CurrentLocation;
        var first = p.ParseType();
        if (first is null)
        {
            return false;
        }

        if (first is FunctionType function)
        {
            if (function.Inputs.Count != operands.Count)
            {
                p.EmitError(location, $"expected {operands.Count} operand types");
                return false;
            }

            result.ResultTypes.AddRange(function.Results);
            return p.ResolveOperands(operands, function.Inputs, result.Operands);
        }

        if (!p.ParsePunct(","))
        {
            return false;
        }

        var type = p.ParseType();
        if (type is null)
        {
            return false;
        }

        if (operands.Count != 3)
        {
            p.EmitError(location, "expected three operands");
            return false;
        }

        result.ResultTypes.Add(type);
        return p.ResolveOperands(operands, [first, type, type], result.Operands);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        var operands = op.Operands;
        // stablehlo-opt keeps the function type when a scalar predicate selects between non-scalar tensors.
        if (operands.Count == 3 && op.NumResults == 1 && operands[1].Type.Equals(op.GetResult(0).Type)
            && operands[2].Type.Equals(op.GetResult(0).Type) && SameShape(operands[0].Type, operands[1].Type))
        {
            p.Write(" : ");
            p.PrintType(operands[0].Type);
            p.Write(", ");
            p.PrintType(operands[1].Type);
            return;
        }

        HloSyntax.PrintFunctionalType(op, p);
    }

    private static bool SameShape(MlirType a, MlirType b) =>
        a is ShapedType { HasRank: true } sa && b is ShapedType { HasRank: true } sb && sa.Shape.SequenceEqual(sb.Shape);
}
