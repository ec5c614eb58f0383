using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// The <c>custom&lt;SameOperandsAndResultType&gt;</c> directive of the unary and binary elementwise ops:
/// <c>%a, %b : T</c> when every type is equal, else <c>%a, %b : (A, B) -&gt; R</c>.
/// </summary>
internal static class ElementwiseSyntax
{
    public static bool ParseSameType(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        return ParseSameTypeTail(p, operands, result);
    }

    /// <summary>One type for every operand and the result, or a function type.</summary>
    public static bool ParseSameTypeTail(OpAsmParser p, List<UnresolvedOperand> operands, OperationState result)
    {
        var location = p.CurrentLocation;
        var type = p.ParseType();
        if (type is null)
        {
            return false;
        }

        if (type is FunctionType function)
        {
            if (function.Inputs.Count != operands.Count || function.Results.Count != 1)
            {
                p.EmitError(location, $"expected a function type with {operands.Count} inputs and one result");
                return false;
            }

            result.ResultTypes.Add(function.Results[0]);
            return p.ResolveOperands(operands, function.Inputs, result.Operands);
        }

        result.ResultTypes.Add(type);
        return p.ResolveOperands(operands, Enumerable.Repeat(type, operands.Count).ToList(), result.Operands);
    }

    public static void PrintSameType(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        PrintSameTypeTail(op, p);
    }

    /// <summary>Writes <c> : T</c> when all operand and result types are equal, else the functional type.</summary>
    public static void PrintSameTypeTail(Operation op, OpAsmPrinter p)
    {
        if (op.NumResults == 1 && op.Operands.All(v => v.Type.Equals(op.GetResult(0).Type)))
        {
            p.Write(" : ");
            p.PrintType(op.GetResult(0).Type);
            return;
        }

        HloSyntax.PrintFunctionalType(op, p);
    }
}
