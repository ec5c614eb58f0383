using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>dynamic_broadcast_in_dim</c>: <c>$operand, $output_dimensions, dims = [..] attr-dict : functional-type</c>.
/// </summary>
internal static class DynamicBroadcastInDimSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operand = p.ParseOperand();
        if (operand is null || !p.ParsePunct(","))
        {
            return false;
        }

        var shape = p.ParseOperand();
        if (shape is null || !p.ParsePunct(","))
        {
            return false;
        }

        var dims = HloSyntax.ParseNamedDims(p, "dims", HloFlavor.OfOp(result.Name));
        if (dims is null)
        {
            return false;
        }

        result.AddAttribute("broadcast_dimensions", dims);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":")
            && HloSyntax.ParseFunctionalType(p, [operand.Value, shape.Value], result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", dims = ");
        HloSyntax.PrintDims(p, op.GetAttr("broadcast_dimensions"));
        HloSyntax.PrintAttrDict(op, p, "broadcast_dimensions");
        HloSyntax.PrintFunctionalType(op, p);
    }
}
