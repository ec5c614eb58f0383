using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>convolution</c>: <c>(operands) dim_numbers = custom&lt;ConvolutionDimensions&gt;, window = {
/// custom&lt;WindowAttributes&gt; } attr-dict : functional-type</c>.
/// </summary>
internal static class ConvolutionSyntax
{
    private static readonly string[] WindowNames = ["window_strides", "padding", "lhs_dilation", "rhs_dilation", "window_reversal"];

    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var flavor = HloFlavor.OfOp(result.Name);
        var operands = new List<UnresolvedOperand>();
        if (!p.ParsePunct("(") || !p.ParseOperandList(operands) || !p.ParsePunct(")")
            || !p.ParseKeyword("dim_numbers") || !p.ParsePunct("=")
            || !ConvolutionDimensions.Parse(p, flavor, out var dims)
            || !p.ParsePunct(",") || !p.ParseKeyword("window") || !p.ParsePunct("=") || !p.ParsePunct("{")
            || !WindowAttributes.Parse(p, flavor, out var window) || !p.ParsePunct("}"))
        {
            return false;
        }

        result.AddAttribute("dimension_numbers", dims!);
        MlirAttribute?[] values = [window.WindowStrides, window.Padding, window.LhsDilation, window.RhsDilation, window.WindowReversal];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                result.AddAttribute(WindowNames[i], value);
            }
        }

        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        p.Write("(");
        p.PrintOperands(op.Operands);
        p.Write(") dim_numbers = ");
        ConvolutionDimensions.Print(p, op.GetAttr("dimension_numbers"));
        p.Write(", window = {");
        WindowAttributes.Print(p, new WindowAttributes.Values(
            op.GetAttr(WindowNames[0]), op.GetAttr(WindowNames[1]), op.GetAttr(WindowNames[2]), op.GetAttr(WindowNames[3]), op.GetAttr(WindowNames[4])));
        p.Write("}");
        HloSyntax.PrintAttrDict(op, p, [.. WindowNames, "dimension_numbers"]);
        HloSyntax.PrintFunctionalType(op, p);
    }
}
