using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>slice</c>: <c>$operand custom&lt;SliceRanges&gt; attr-dict : functional-type</c>.</summary>
internal static class SliceSyntax
{
    private static readonly string[] Names = ["start_indices", "limit_indices", "strides"];

    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operand = p.ParseOperand();
        if (operand is null || !SliceRanges.Parse(p, HloFlavor.OfOp(result.Name), out var start, out var limit, out var strides))
        {
            return false;
        }

        result.AddAttribute(Names[0], start!);
        result.AddAttribute(Names[1], limit!);
        result.AddAttribute(Names[2], strides!);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, [operand.Value], result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(" ");
        SliceRanges.Print(p, op.GetAttr(Names[0]), op.GetAttr(Names[1]), op.GetAttr(Names[2]));
        HloSyntax.PrintAttrDict(op, p, Names);
        HloSyntax.PrintFunctionalType(op, p);
    }
}
