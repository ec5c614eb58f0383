using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Passes;

/// <summary>
/// <c>symbol-dce</c>: in every symbol table, erases private symbols that nothing live refers to. Live are public
/// symbols, anything referenced from an op that is not a symbol, and anything referenced from a live symbol,
/// transitively (nested references such as <c>@mod::@f</c> keep each step alive).
/// </summary>
public sealed class SymbolDcePass : Pass
{
    public const string PassName = "symbol-dce";

    public override string Name => PassName;

    public override void Run(Operation op, PassContext context)
    {
        var tables = new List<Operation>();
        op.WalkPreOrder(o =>
        {
            if (Symbols.IsSymbolTable(o))
            {
                tables.Add(o);
            }

            return WalkResult.Advance;
        });

        var live = new HashSet<Operation>();
        var work = new Stack<Operation>();
        void MarkLive(Operation symbol)
        {
            if (live.Add(symbol))
            {
                work.Push(symbol);
            }
        }

        // Roots: public symbols of each table, and the references of every op that is not inside a symbol.
        foreach (var table in tables)
        {
            foreach (var child in DirectChildren(table))
            {
                if (Symbols.GetName(child) is not null && Symbols.GetVisibility(child) == "public")
                {
                    MarkLive(child);
                }
            }
        }

        op.WalkPreOrder(o =>
        {
            if (Symbols.GetName(o) is not null && !ReferenceEquals(o, op))
            {
                return WalkResult.Skip; // reached only when its symbol is live
            }

            MarkReferences(o, MarkLive);
            return WalkResult.Advance;
        });

        while (work.Count > 0)
        {
            var symbol = work.Pop();
            symbol.WalkPreOrder(o =>
            {
                MarkReferences(o, MarkLive);
                return WalkResult.Advance;
            });
        }

        foreach (var table in tables)
        {
            foreach (var child in DirectChildren(table).ToList())
            {
                if (Symbols.GetName(child) is not null && Symbols.GetVisibility(child) != "public" && !live.Contains(child) &&
                    child.Block is not null && IsInside(child, op))
                {
                    child.DropAllReferences();
                    child.Erase();
                }
            }
        }
    }

    private static bool IsInside(Operation op, Operation root) => ReferenceEquals(op, root) || root.IsAncestorOf(op);

    private static IEnumerable<Operation> DirectChildren(Operation table) =>
        table.Regions.SelectMany(r => r.Blocks).SelectMany(b => b.Operations);

    /// <summary>Marks each symbol a reference in <paramref name="user"/> passes through (<c>@a::@b</c> marks a and b).</summary>
    private static void MarkReferences(Operation user, Action<Operation> markLive)
    {
        foreach (var reference in Symbols.References(user))
        {
            var table = Symbols.NearestSymbolTable(user);
            if (table is null)
            {
                continue;
            }

            var current = Symbols.LookupDirect(table, reference.Root);
            if (current is not null)
            {
                markLive(current);
            }

            foreach (var nested in reference.Nested)
            {
                current = current is null ? null : Symbols.LookupDirect(current, nested);
                if (current is not null)
                {
                    markLive(current);
                }
            }
        }
    }
}
