using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>pad</c>: <c>$operand, $padding_value, low = [..], high = [..], interior = [..] attr-dict : functional-type</c>.
/// </summary>
internal static class PadSyntax
{
    private static readonly (string Keyword, string Attribute)[] Lists =
        [("low", "edge_padding_low"), ("high", "edge_padding_high"), ("interior", "interior_padding")];

    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var flavor = HloFlavor.OfOp(result.Name);
        var operands = new List<UnresolvedOperand>();
        for (var i = 0; i < 2; i++)
        {
            var operand = p.ParseOperand();
            if (operand is null || !p.ParsePunct(","))
            {
                return false;
            }

            operands.Add(operand.Value);
        }

        for (var i = 0; i < Lists.Length; i++)
        {
            if (i > 0 && !p.ParsePunct(","))
            {
                return false;
            }

            var dims = HloSyntax.ParseNamedDims(p, Lists[i].Keyword, flavor);
            if (dims is null)
            {
                return false;
            }

            result.AddAttribute(Lists[i].Attribute, dims);
        }

        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        foreach (var (keyword, attribute) in Lists)
        {
            p.Write($", {keyword} = ");
            HloSyntax.PrintDims(p, op.GetAttr(attribute));
        }

        HloSyntax.PrintAttrDict(op, p, Lists.Select(l => l.Attribute).ToArray());
        HloSyntax.PrintFunctionalType(op, p);
    }
}
