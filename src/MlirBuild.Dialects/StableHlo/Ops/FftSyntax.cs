using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>fft</c>: <c>$operand, type = FFT, length = [..] attr-dict : functional-type</c>.</summary>
internal static class FftSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var flavor = HloFlavor.OfOp(result.Name);
        var operand = p.ParseOperand();
        if (operand is null || !p.ParsePunct(",") || !p.ParseKeyword("type") || !p.ParsePunct("="))
        {
            return false;
        }

        var type = HloSyntax.ParseEnum(p, flavor, "fft_type");
        if (type is null || !p.ParsePunct(","))
        {
            return false;
        }

        var length = HloSyntax.ParseNamedDims(p, "length", flavor);
        if (length is null)
        {
            return false;
        }

        result.AddAttribute("fft_type", type);
        result.AddAttribute("fft_length", length);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, [operand.Value], result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", type = ");
        HloSyntax.PrintEnum(p, op.GetAttr("fft_type"), "fft_type");
        p.Write(", length = ");
        HloSyntax.PrintDims(p, op.GetAttr("fft_length"));
        HloSyntax.PrintAttrDict(op, p, "fft_type", "fft_length");
        HloSyntax.PrintFunctionalType(op, p);
    }
}
