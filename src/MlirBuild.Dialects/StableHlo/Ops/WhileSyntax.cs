using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>while</c> (custom assembly): <c>(%arg = %operand, ...) attr-dict (: types)? cond { ... } do { ... }</c>; the
/// <c>%arg</c> names are the entry block arguments of both regions, typed like the operands.
/// </summary>
internal static class WhileSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        if (!p.ParsePunct("("))
        {
            return false;
        }

        var names = new List<UnresolvedOperand>();
        var operands = new List<UnresolvedOperand>();
        if (!p.TryParsePunct(")"))
        {
            do
            {
                var name = p.ParseOperand();
                if (name is null || !p.ParsePunct("="))
                {
                    return false;
                }

                var operand = p.ParseOperand();
                if (operand is null)
                {
                    return false;
                }

                names.Add(name.Value);
                operands.Add(operand.Value);
            }
            while (p.TryParsePunct(","));
            if (!p.ParsePunct(")"))
            {
                return false;
            }
        }

        if (!p.ParseOptionalAttrDict(result.Attributes))
        {
            return false;
        }

        var types = new List<MlirType>();
        var typesLocation = p.CurrentLocation;
        if (p.TryParsePunct(":") && !p.ParseTypeList(types))
        {
            return false;
        }

        if (types.Count != operands.Count)
        {
            p.EmitError(typesLocation, $"expected {operands.Count} types after ':' but got {types.Count}");
            return false;
        }

        if (!p.ResolveOperands(operands, types, result.Operands))
        {
            return false;
        }

        result.ResultTypes.AddRange(types);
        var arguments = names.Select((n, i) => new RegionArgument(n, types[i], null, null)).ToList();
        return p.ParseKeyword("cond") && p.ParseRegion(result.AddRegion(), arguments)
            && p.ParseKeyword("do") && p.ParseRegion(result.AddRegion(), arguments);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        var args = op.Regions.Count > 0 && op.Regions[0].EntryBlock is { } entry ? entry.Arguments : [];
        p.Write("(");
        for (var i = 0; i < op.NumOperands; i++)
        {
            p.Write(i > 0 ? ", " : string.Empty);
            if (i < args.Count)
            {
                p.PrintRegionArgument(args[i], omitType: true);
                p.Write(" = ");
            }

            p.PrintOperand(op.Operands[i]);
        }

        p.Write(")");
        HloSyntax.PrintAttrDict(op, p);
        if (op.NumOperands > 0)
        {
            p.Write(" : ");
            p.Writer.WriteList(HloSyntax.TypesOf(op.Operands), (w, t) => w.Write(t));
        }

        if (op.Regions.Count == 2)
        {
            p.PrintNewline();
            p.Write(" cond ");
            p.PrintRegion(op.Regions[0], printEntryBlockArgs: false);
            p.Write(" do ");
            p.PrintRegion(op.Regions[1], printEntryBlockArgs: false);
        }
    }
}
