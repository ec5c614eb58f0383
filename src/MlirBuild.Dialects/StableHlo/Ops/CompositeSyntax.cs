using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>composite</c>: <c>$name operands (` ` `(` $composite_regions^ `)`)? attr-dict : functional-type</c>.
/// </summary>
internal static class CompositeSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var location = p.CurrentLocation;
        var name = p.TryParseString();
        if (name is null)
        {
            p.EmitError(location, "expected the composite name as a string");
            return false;
        }

        result.AddAttribute("name", new StringAttr(name));
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands))
        {
            return false;
        }

        if (p.TryParsePunct("("))
        {
            do
            {
                if (!p.ParseRegion(result.AddRegion()))
                {
                    return false;
                }
            }
            while (p.TryParsePunct(","));
            if (!p.ParsePunct(")"))
            {
                return false;
            }
        }

        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        if (op.GetAttr("name") is { } name)
        {
            p.PrintAttribute(name);
        }

        HloSyntax.PrintOperandsWithSpace(op, p);
        if (op.Regions.Count > 0)
        {
            p.Write(" (");
            for (var i = 0; i < op.Regions.Count; i++)
            {
                p.Write(i > 0 ? ", " : string.Empty);
                p.PrintRegion(op.Regions[i]);
            }

            p.Write(")");
        }

        HloSyntax.PrintAttrDict(op, p, "name");
        HloSyntax.PrintFunctionalType(op, p);
    }
}
