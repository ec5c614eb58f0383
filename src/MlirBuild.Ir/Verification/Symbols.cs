namespace MlirBuild.Ir.Verification;

/// <summary>
/// Symbol helpers shared by the verifier and symbol DCE: which ops define symbols, their names and visibility, the
/// symbol references held in attributes, and lookup of (nested) references through symbol tables.
/// </summary>
public static class Symbols
{
    public const string NameAttribute = "sym_name";
    public const string VisibilityAttribute = "sym_visibility";

    /// <summary>The symbol name an op defines: registered ops with the Symbol trait (or symbol tables), and
    /// unregistered ops carrying a string <c>sym_name</c>, as MLIR's symbol table does.</summary>
    public static string? GetName(Operation op)
    {
        if (op.IsRegistered && !op.HasTrait(OpTraits.Symbol) && !op.HasTrait(OpTraits.SymbolTable))
        {
            return null;
        }

        return op.GetAttr(NameAttribute) is StringAttr s ? s.Value : null;
    }

    /// <summary><c>public</c> (default), <c>private</c> or <c>nested</c>.</summary>
    public static string GetVisibility(Operation op) =>
        op.GetAttr(VisibilityAttribute) is StringAttr s ? s.Value : "public";

    public static bool IsSymbolTable(Operation op) => op.HasTrait(OpTraits.SymbolTable);

    /// <summary>The closest ancestor (or <paramref name="op"/> itself when <paramref name="inclusive"/>) that is a symbol table.</summary>
    public static Operation? NearestSymbolTable(Operation op, bool inclusive = false)
    {
        for (var cur = inclusive ? op : op.ParentOp; cur is not null; cur = cur.ParentOp)
        {
            if (IsSymbolTable(cur))
            {
                return cur;
            }
        }

        return null;
    }

    /// <summary>The symbol named <paramref name="name"/> directly inside <paramref name="table"/>'s region.</summary>
    public static Operation? LookupDirect(Operation table, string name)
    {
        foreach (var region in table.Regions)
        {
            foreach (var block in region.Blocks)
            {
                foreach (var op in block.Operations)
                {
                    if (GetName(op) == name)
                    {
                        return op;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Resolves <c>@a::@b::@c</c> starting at <paramref name="table"/>; null when any step is missing.</summary>
    public static Operation? Lookup(Operation table, SymbolRefAttr reference)
    {
        var current = LookupDirect(table, reference.Root);
        foreach (var nested in reference.Nested)
        {
            if (current is null || !IsSymbolTable(current) && current.IsRegistered)
            {
                return null;
            }

            current = LookupDirect(current, nested);
        }

        return current;
    }

    /// <summary>Resolves a reference used by <paramref name="user"/> from its nearest enclosing symbol table.</summary>
    public static Operation? LookupFrom(Operation user, SymbolRefAttr reference)
    {
        // A symbol table op's own attributes refer to symbols of the table around it, as in MLIR.
        var table = NearestSymbolTable(user);
        return table is null ? null : Lookup(table, reference);
    }

    /// <summary>Every symbol reference in an op's properties and attributes, including those nested in arrays and
    /// dictionaries (not in types).</summary>
    public static IEnumerable<SymbolRefAttr> References(Operation op)
    {
        var found = new List<SymbolRefAttr>();
        if (op.Properties is not null)
        {
            Collect(op.Properties, found, 0);
        }

        Collect(op.Attributes, found, 0);
        return found;
    }

    private static void Collect(MlirAttribute attr, List<SymbolRefAttr> found, int depth)
    {
        if (depth > 512)
        {
            return;
        }

        switch (attr)
        {
            case SymbolRefAttr s:
                found.Add(s);
                break;
            case ArrayAttr a:
                foreach (var e in a.Elements)
                {
                    Collect(e, found, depth + 1);
                }

                break;
            case DictionaryAttr d:
                foreach (var e in d.Entries)
                {
                    Collect(e.Value, found, depth + 1);
                }

                break;
        }
    }
}
