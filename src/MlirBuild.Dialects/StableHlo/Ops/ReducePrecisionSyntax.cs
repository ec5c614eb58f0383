using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>reduce_precision</c>: <c>$operand, format = custom&lt;ExponentMantissa&gt; attr-dict :
/// custom&lt;SameOperandsAndResultType&gt;</c>.
/// </summary>
internal static class ReducePrecisionSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operand = p.ParseOperand();
        if (operand is null || !p.ParsePunct(",") || !p.ParseKeyword("format") || !p.ParsePunct("=")
            || !ExponentMantissa.Parse(p, out var exponent, out var mantissa))
        {
            return false;
        }

        result.AddAttribute("exponent_bits", exponent!);
        result.AddAttribute("mantissa_bits", mantissa!);
        if (!p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":")
            || !SameOperandsAndResultType.Parse(p, 1, out var operandTypes, out var resultType))
        {
            return false;
        }

        result.ResultTypes.Add(resultType!);
        return p.ResolveOperands([operand.Value], operandTypes, result.Operands);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", format = ");
        ExponentMantissa.Print(p, op.GetAttr("exponent_bits"), op.GetAttr("mantissa_bits"));
        HloSyntax.PrintAttrDict(op, p, "exponent_bits", "mantissa_bits");
        p.Write(" : ");
        SameOperandsAndResultType.Print(p, HloSyntax.TypesOf(op.Operands), op.GetResult(0).Type);
    }
}
