using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>Ops whose format names a dimension attribute: <c>broadcast_in_dim %x, dims = [0, 1]</c>, <c>iota dim = 0</c>.</summary>
internal static class DimsSyntax
{
    public static bool ParseBroadcastInDim(OpAsmParser p, OperationState result)
    {
        var operand = p.ParseOperand();
        if (operand is null || !p.ParsePunct(",") || !p.ParseKeyword("dims") || !p.ParsePunct("="))
        {
            return false;
        }

        var dims = HloSyntax.ParseInt64List(p);
        if (dims is null)
        {
            return false;
        }

        result.AddAttribute("broadcast_dimensions", dims);
        return p.ParseOptionalAttrDict(result.Attributes)
            && p.ParsePunct(":")
            && HloSyntax.ParseFunctionalType(p, [operand.Value], result);
    }

    public static void PrintBroadcastInDim(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", dims = ");
        HloSyntax.PrintInt64List(p, op.GetAttr("broadcast_dimensions"));
        HloSyntax.PrintAttrDict(op, p, "broadcast_dimensions");
        HloSyntax.PrintFunctionalType(op, p);
    }

    public static bool ParseIota(OpAsmParser p, OperationState result)
    {
        if (!p.ParseKeyword("dim") || !p.ParsePunct("="))
        {
            return false;
        }

        var dim = p.TryParseInteger();
        if (dim is null)
        {
            p.EmitError("expected a dimension number");
            return false;
        }

        if (!p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var type = p.ParseType();
        if (type is null)
        {
            return false;
        }

        result.AddAttribute("iota_dimension", IntegerAttr.I64(dim.Value));
        result.ResultTypes.Add(type);
        return true;
    }

    public static void PrintIota(Operation op, OpAsmPrinter p)
    {
        p.Write(" dim = ");
        if (op.GetAttr("iota_dimension") is IntegerAttr { Type: IntegerType { Width: 64, Signedness: Signedness.Signless } } dim)
        {
            p.Write(dim.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (op.GetAttr("iota_dimension") is { } other)
        {
            p.PrintAttribute(other);
        }

        HloSyntax.PrintAttrDict(op, p, "iota_dimension");
        p.Write(" : ");
        p.PrintType(op.GetResult(0).Type);
    }

    // `custom<VariadicOperandWithAttribute>($inputs) dim = N attr-dict : functional-type`: each input is followed by `,`.
    public static bool ParseConcatenate(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        while (p.TryParseOperand() is { } operand)
        {
            operands.Add(operand);
            if (!p.ParsePunct(","))
            {
                return false;
            }
        }

        if (!p.ParseKeyword("dim") || !p.ParsePunct("="))
        {
            return false;
        }

        var dim = p.TryParseInteger();
        if (dim is null)
        {
            p.EmitError("expected a dimension number");
            return false;
        }

        result.AddAttribute("dimension", IntegerAttr.I64(dim.Value));
        return p.ParseOptionalAttrDict(result.Attributes)
            && p.ParsePunct(":")
            && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void PrintConcatenate(Operation op, OpAsmPrinter p)
    {
        foreach (var operand in op.Operands)
        {
            p.Write(" ");
            p.PrintOperand(operand);
            p.Write(",");
        }

        p.Write(" dim = ");
        if (op.GetAttr("dimension") is IntegerAttr { Type: IntegerType { Width: 64, Signedness: Signedness.Signless } } dim)
        {
            p.Write(dim.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (op.GetAttr("dimension") is { } other)
        {
            p.PrintAttribute(other);
        }

        HloSyntax.PrintAttrDict(op, p, "dimension");
        HloSyntax.PrintFunctionalType(op, p);
    }

    /// <summary><c>$operand, dims = [..] attr-dict : T</c> hooks for <c>transpose</c> (functional type) and <c>reverse</c> (same type).</summary>
    public static (OpParseHook Parse, OpPrintHook Print) OperandWithDims(string attributeName, bool sameType)
    {
        bool Parse(OpAsmParser p, OperationState result)
        {
            var operand = p.ParseOperand();
            if (operand is null || !p.ParsePunct(",") || !p.ParseKeyword("dims") || !p.ParsePunct("="))
            {
                return false;
            }

            var dims = HloSyntax.ParseInt64List(p);
            if (dims is null)
            {
                return false;
            }

            result.AddAttribute(attributeName, dims);
            if (!p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
            {
                return false;
            }

            return sameType
                ? ElementwiseSyntax.ParseSameTypeTail(p, [operand.Value], result)
                : HloSyntax.ParseFunctionalType(p, [operand.Value], result);
        }

        void Print(Operation op, OpAsmPrinter p)
        {
            HloSyntax.PrintOperandsWithSpace(op, p);
            p.Write(", dims = ");
            HloSyntax.PrintInt64List(p, op.GetAttr(attributeName));
            HloSyntax.PrintAttrDict(op, p, attributeName);
            if (sameType)
            {
                ElementwiseSyntax.PrintSameTypeTail(op, p);
            }
            else
            {
                HloSyntax.PrintFunctionalType(op, p);
            }
        }

        return (Parse, Print);
    }
}
