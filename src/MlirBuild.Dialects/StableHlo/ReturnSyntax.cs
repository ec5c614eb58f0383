using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>stablehlo.return $results attr-dict (: type($results))?</c>.</summary>
internal static class ReturnSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes))
        {
            return false;
        }

        var types = new List<MlirType>();
        if (p.TryParsePunct(":") && !p.ParseTypeList(types))
        {
            return false;
        }

        return p.ResolveOperands(operands, types, result.Operands);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        if (op.NumOperands > 0)
        {
            p.Write(" : ");
            p.Writer.WriteList(op.Operands, (w, v) => w.Write(v.Type));
        }
    }
}
