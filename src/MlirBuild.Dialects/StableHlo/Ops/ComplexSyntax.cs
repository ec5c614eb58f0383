using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>complex</c>: <c>operands attr-dict : custom&lt;ComplexOpType&gt;</c>.</summary>
internal static class ComplexSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var location = p.CurrentLocation;
        if (!ComplexOpType.Parse(p, out var lhs, out var rhs, out var type))
        {
            return false;
        }

        if (operands.Count != 2)
        {
            p.EmitError(location, $"expected two operands but got {operands.Count}");
            return false;
        }

        result.ResultTypes.Add(type!);
        return p.ResolveOperands(operands, [lhs!, rhs!], result.Operands);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        p.Write(" : ");
        if (op.NumOperands == 2 && op.NumResults == 1)
        {
            ComplexOpType.Print(p, op.Operands[0].Type, op.Operands[1].Type, op.GetResult(0).Type);
        }
        else
        {
            p.PrintFunctionalType(op);
        }
    }
}
