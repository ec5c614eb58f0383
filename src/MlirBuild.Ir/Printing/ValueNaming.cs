namespace MlirBuild.Ir;

/// <summary>
/// Assigns SSA value names and block labels the way MLIR's printer does: regions numbered from a work stack (last
/// pushed first), entry-block arguments named <c>argN</c>, other values numbered; in generic mode counters are
/// global (unique ids), otherwise nested regions restart from the counters their parent region ended with.
/// </summary>
internal sealed class ValueNaming
{
    private readonly Dictionary<Value, string> names = new();
    private readonly Dictionary<Value, int> ids = new();
    private readonly Dictionary<Block, (string Name, int Order)> blocks = new();
    private readonly Dictionary<Operation, int[]> resultGroups = new();
    private readonly bool useHints;

    // Generic printing uses unique numeric ids and ignores ops' suggested result names (as mlir-opt does).
    private readonly bool generic;
    private int nextValueId;
    private int nextArgumentId;
    private int nextConflictId;

    private sealed class Scope
    {
        public Scope(Scope? parent) => Parent = parent;

        public Scope? Parent { get; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public bool Contains(string n)
        {
            for (var s = this; s is not null; s = s.Parent)
            {
                if (s.Names.Contains(n))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public ValueNaming(Operation top, bool uniqueIds, bool useHints)
    {
        this.useHints = useHints;
        generic = uniqueIds;
        var topScope = new Scope(null);
        var stack = new Stack<(Region Region, int NextValue, int NextArg, int NextConflict, Scope Parent)>();
        foreach (var r in top.Regions)
        {
            stack.Push((r, nextValueId, nextArgumentId, nextConflictId, topScope));
        }

        NumberOp(top, topScope);
        while (stack.Count > 0)
        {
            var (region, nv, na, nc, parent) = stack.Pop();
            if (!uniqueIds)
            {
                nextValueId = nv;
                nextArgumentId = na;
                nextConflictId = nc;
            }

            var scope = new Scope(parent);
            NumberRegion(region, scope);
            foreach (var b in region.Blocks)
            {
                foreach (var op in b.Operations)
                {
                    foreach (var r in op.Regions)
                    {
                        stack.Push((r, nextValueId, nextArgumentId, nextConflictId, scope));
                    }
                }
            }
        }
    }

    private void NumberRegion(Region region, Scope scope)
    {
        int nextBlockId = 0;
        foreach (var block in region.Blocks)
        {
            blocks[block] = ("^bb" + nextBlockId, nextBlockId);
            nextBlockId++;
            bool entry = block.IsEntryBlock;
            foreach (var arg in block.Arguments)
            {
                if (names.ContainsKey(arg) || ids.ContainsKey(arg))
                {
                    continue;
                }

                if (entry)
                {
                    SetName(arg, "arg" + nextArgumentId++, scope);
                }
                else
                {
                    ids[arg] = nextValueId++;
                }
            }

            foreach (var op in block.Operations)
            {
                NumberOp(op, scope);
            }
        }
    }

    private void NumberOp(Operation op, Scope scope)
    {
        if (op.NumResults == 0)
        {
            return;
        }

        List<int>? groups = null;
        if (!generic && op.Definition?.SuggestResultName?.Invoke(op) is { Length: > 0 } suggested)
        {
            SetName(op.GetResult(0), Sanitize(suggested), scope);
        }
        else if (useHints)
        {
            for (int i = 0; i < op.NumResults; i++)
            {
                var r = op.GetResult(i);
                if (r.NameHint is { } hint)
                {
                    SetName(r, hint, scope);
                    if (i != 0)
                    {
                        (groups ??= new List<int> { 0 }).Add(i);
                    }
                }
            }
        }

        var first = op.GetResult(0);
        if (!names.ContainsKey(first) && !ids.ContainsKey(first))
        {
            ids[first] = nextValueId++;
        }

        if (groups is not null)
        {
            groups.Sort();
            resultGroups[op] = groups.ToArray();
        }
    }

    /// <summary>MLIR's sanitizeIdentifier: invalid characters become '_', a leading digit gets a '_' prefix.</summary>
    private static string Sanitize(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 1);
        if (char.IsAsciiDigit(name[0]))
        {
            sb.Append('_');
        }

        foreach (char c in name)
        {
            sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c == '.' ? c : '_');
        }

        return sb.ToString();
    }

    private void SetName(Value v, string name, Scope scope)
    {
        if (scope.Contains(name))
        {
            string probe;
            do
            {
                probe = name + "_" + nextConflictId++;
            }
            while (scope.Contains(probe));
            name = probe;
        }

        scope.Names.Add(name);
        names[v] = name;
    }

    public string BlockName(Block b) => blocks.TryGetValue(b, out var info) ? info.Name : "^INVALIDBLOCK";

    public int BlockOrder(Block b) => blocks.TryGetValue(b, out var info) ? info.Order : int.MaxValue;

    public int[]? ResultGroups(Operation op) => resultGroups.TryGetValue(op, out var g) ? g : null;

    /// <summary>Writes <c>%name</c> or <c>%name#k</c> for a later result in a group.</summary>
    public void WriteValue(AsmWriter w, Value v, bool printResultNumber = true)
    {
        if (v is OpResult r && r.Owner.NumResults > 1)
        {
            // Find the group the result belongs to: the highest group start <= index.
            var owner = r.Owner;
            int start = 0;
            if (resultGroups.TryGetValue(owner, out var groups))
            {
                foreach (var g in groups)
                {
                    if (g <= r.Index)
                    {
                        start = g;
                    }
                }
            }

            var head = owner.GetResult(start);
            WriteName(w, head);
            int groupEnd = owner.NumResults;
            if (groups is not null)
            {
                foreach (var g in groups)
                {
                    if (g > start)
                    {
                        groupEnd = g;
                        break;
                    }
                }
            }

            if (printResultNumber && groupEnd - start > 1)
            {
                w.Write('#').Write(r.Index - start);
            }

            return;
        }

        WriteName(w, v);
    }

    private void WriteName(AsmWriter w, Value v)
    {
        if (ids.TryGetValue(v, out int id))
        {
            w.Write('%').Write(id);
        }
        else
        {
            w.Write('%').Write(names.TryGetValue(v, out var n) ? n : "<<UNKNOWN SSA VALUE>>");
        }
    }
}
