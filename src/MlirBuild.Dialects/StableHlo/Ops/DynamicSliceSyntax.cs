using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>dynamic_slice</c>: <c>$operand, custom&lt;VariadicOperandWithAttribute&gt;($start_indices) sizes = [..] attr-dict :
/// functional-type</c>; <c>get_tuple_element</c>: <c>$operand [ $index ] attr-dict : functional-type</c>.
/// </summary>
internal static class DynamicSliceSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var operand = p.ParseOperand();
        if (operand is null || !p.ParsePunct(","))
        {
            return false;
        }

        var operands = new List<UnresolvedOperand> { operand.Value };
        if (!VariadicOperandWithAttribute.Parse(p, operands))
        {
            return false;
        }

        var sizes = HloSyntax.ParseNamedDims(p, "sizes", HloFlavor.OfOp(result.Name));
        if (sizes is null)
        {
            return false;
        }

        result.AddAttribute("slice_sizes", sizes);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        if (op.NumOperands > 0)
        {
            p.PrintOperand(op.Operands[0]);
            p.Write(", ");
            VariadicOperandWithAttribute.Print(p, op.Operands.Skip(1));
        }

        p.Write("sizes = ");
        HloSyntax.PrintDims(p, op.GetAttr("slice_sizes"));
        HloSyntax.PrintAttrDict(op, p, "slice_sizes");
        HloSyntax.PrintFunctionalType(op, p);
    }

    public static bool ParseGetTupleElement(OpAsmParser p, OperationState result)
    {
        var operand = p.ParseOperand();
        if (operand is null || !p.ParsePunct("["))
        {
            return false;
        }

        var index = p.TryParseInteger();
        if (index is null || index > int.MaxValue)
        {
            p.EmitError("expected a tuple index");
            return false;
        }

        result.AddAttribute("index", IntegerAttr.I32(index.Value));
        return p.ParsePunct("]") && p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":")
            && HloSyntax.ParseFunctionalType(p, [operand.Value], result);
    }

    public static void PrintGetTupleElement(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write("[");
        if (op.GetAttr("index") is IntegerAttr { Type: IntegerType { Width: 32, Signedness: Signedness.Signless } } index)
        {
            p.Write(index.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (op.GetAttr("index") is { } other)
        {
            p.PrintAttribute(other);
        }

        p.Write("]");
        HloSyntax.PrintAttrDict(op, p, "index");
        HloSyntax.PrintFunctionalType(op, p);
    }
}
