namespace MlirBuild.Ir;

/// <summary>
/// Finds the attributes and types that get printed aliases (<c>#map</c>, <c>#set</c>, <c>#loc</c> with debug info),
/// in MLIR's visiting order (op location, regions, operand/result types, attributes) and numbers them after a stable
/// sort by (alias depth, types first, alias name). Also collects referenced dense resources.
/// </summary>
internal sealed class AliasCollector
{
    private sealed class Info
    {
        public int Order;
        public string? Prefix;
        public int Depth;
        public bool IsType;
        public bool CanBeDeferred;
        public object Symbol = null!;
    }

    /// <summary>
    /// Dialects registered in mlir-opt 22. Their ops' properties are inherent attributes there, so aliases inside them
    /// are collected even when the op is unregistered here (keeps our output identical to mlir-opt's).
    /// </summary>
    private static readonly HashSet<string> UpstreamDialects = new(StringComparer.Ordinal)
    {
        "acc", "affine", "amdgpu", "amx", "arith", "arm_neon", "arm_sme", "arm_sve", "async", "bufferization", "builtin", "cf",
        "complex", "dlti", "emitc", "func", "gpu", "index", "irdl", "linalg", "llvm", "math", "memref", "ml_program", "mpi",
        "nvgpu", "nvvm", "omp", "pdl", "pdl_interp", "ptr", "quant", "rocdl", "scf", "shape", "shard", "smt", "sparse_tensor",
        "spirv", "tensor", "test", "tosa", "transform", "ub", "vector", "wasmssa", "x86vector", "xegpu", "xevm",
    };

    private readonly Dictionary<object, Info> visited = new();
    private readonly List<Info> order = new();
    private readonly bool debugInfo;
    private readonly bool generic;

    public AliasCollector(bool debugInfo, bool generic)
    {
        this.debugInfo = debugInfo;
        this.generic = generic;
    }

    public List<DenseResourceElementsAttr> Resources { get; } = new();

    private readonly HashSet<string> resourceKeys = new(StringComparer.Ordinal);

    /// <summary>Aliases in print order: name, symbol, deferred flag.</summary>
    public List<(string Name, object Symbol, bool Deferred)> Build(AliasTable table)
    {
        var withAlias = order.Where(i => i.Prefix is not null).ToList();
        var sorted = withAlias
            .Select((info, idx) => (info, idx))
            .OrderBy(p => p.info.Depth)
            .ThenBy(p => p.info.IsType ? 0 : 1)
            .ThenBy(p => p.info.Prefix, StringComparer.Ordinal)
            .ThenBy(p => p.idx)
            .Select(p => p.info)
            .ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<(string, object, bool)>();
        foreach (var info in sorted)
        {
            counts.TryGetValue(info.Prefix!, out int n);
            counts[info.Prefix!] = n + 1;
            string name = n == 0 ? info.Prefix! : info.Prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (info.IsType)
            {
                table.AddTypeAlias((MlirType)info.Symbol, name);
            }
            else
            {
                table.AddAttributeAlias((MlirAttribute)info.Symbol, name);
            }

            result.Add((name, info.Symbol, info.CanBeDeferred));
        }

        return result;
    }

    public void VisitOperation(Operation op)
    {
        if (debugInfo)
        {
            Visit(op.Location, true);
        }

        foreach (var r in op.Regions)
        {
            foreach (var b in r.Blocks)
            {
                foreach (var a in b.Arguments)
                {
                    Visit(a.Type);
                    if (debugInfo)
                    {
                        Visit(a.Location, false);
                    }
                }

                foreach (var inner in b.Operations)
                {
                    VisitOperation(inner);
                }
            }
        }

        // Index loops: no enumerator objects per op on big modules.
        for (int i = 0; i < op.NumOperands; i++)
        {
            Visit(op.GetOperand(i).Type);
        }

        for (int i = 0; i < op.NumResults; i++)
        {
            Visit(op.GetResult(i).Type);
        }

        // MLIR visits the merged attribute dictionary (inherent and discardable) in name order; properties of
        // ops mlir-opt does not know are not part of it.
        if (op.Properties is { Count: > 0 } props && (op.IsRegistered || UpstreamDialects.Contains(op.DialectNamespace)))
        {
            // Both dictionaries are sorted by name: merge them in place of building a sorted list.
            var p = props.Entries.AsSpan();
            var d = op.Attributes.Entries.AsSpan();
            int i = 0, j = 0;
            while (i < p.Length || j < d.Length)
            {
                bool takeProperty = j >= d.Length || (i < p.Length && string.CompareOrdinal(p[i].Name, d[j].Name) <= 0);
                Visit(takeProperty ? p[i++].Value : d[j++].Value, false);
            }
        }
        else
        {
            foreach (var a in op.Attributes.Entries.AsSpan())
            {
                Visit(a.Value, false);
            }
        }

        _ = generic;
    }

    /// <summary>Returns the alias depth contributed by this symbol (-1 when neither it nor anything inside has an alias).</summary>
    private int Visit(MlirType type)
    {
        // Scalar builtin types hold nothing that could get an alias.
        if (type is IntegerType or FloatType or IndexType or NoneType)
        {
            return -1;
        }

        if (visited.TryGetValue(type, out var seen))
        {
            return seen.Depth;
        }

        var info = new Info { Order = order.Count, IsType = true, Symbol = type };
        visited[type] = info;
        order.Add(info);
        int childMax = -1;
        switch (type)
        {
            case ShapedType st:
                childMax = Math.Max(childMax, Visit(st.ElementType));
                switch (st)
                {
                    case RankedTensorType { Encoding: { } enc }:
                        childMax = Math.Max(childMax, Visit(enc, false));
                        break;
                    case MemRefType m:
                        if (m.Layout is not null)
                        {
                            childMax = Math.Max(childMax, Visit(m.Layout, false));
                        }

                        if (m.MemorySpace is not null)
                        {
                            childMax = Math.Max(childMax, Visit(m.MemorySpace, false));
                        }

                        break;
                    case UnrankedMemRefType { MemorySpace: { } ms }:
                        childMax = Math.Max(childMax, Visit(ms, false));
                        break;
                }

                break;
            case ComplexType c:
                childMax = Visit(c.ElementType);
                break;
            case TupleType t:
                foreach (var e in t.Types)
                {
                    childMax = Math.Max(childMax, Visit(e));
                }

                break;
            case FunctionType f:
                foreach (var e in f.Inputs)
                {
                    childMax = Math.Max(childMax, Visit(e));
                }

                foreach (var e in f.Results)
                {
                    childMax = Math.Max(childMax, Visit(e));
                }

                break;
        }

        info.Depth = childMax;
        return childMax;
    }

    private int Visit(MlirAttribute attr, bool canBeDeferred)
    {
        // Leaf attributes whose types are scalars can neither have nor contain aliases.
        if (attr is BoolAttr or UnitAttr or SymbolRefAttr or IntegerAttr { Type: IntegerType or IndexType } or FloatAttr or StringAttr { Type: null })
        {
            return -1;
        }

        if (visited.TryGetValue(attr, out var seen))
        {
            if (!canBeDeferred && seen.CanBeDeferred)
            {
                MarkNonDeferrable(attr);
            }

            return seen.Depth;
        }

        var info = new Info { Order = order.Count, Symbol = attr, CanBeDeferred = canBeDeferred && attr is LocationAttr };
        info.Prefix = attr switch
        {
            AffineMapAttr => "map",
            IntegerSetAttr => "set",
            LocationAttr => "loc",
            DistinctAttr { Referenced: not UnitAttr } => "distinct",
            _ => null,
        };
        visited[attr] = info;
        order.Add(info);
        int childMax = -1;
        foreach (var child in Children(attr))
        {
            childMax = child switch
            {
                MlirAttribute a => Math.Max(childMax, Visit(a, info.CanBeDeferred)),
                MlirType t => Math.Max(childMax, Visit(t)),
                _ => childMax,
            };
        }

        if (attr is DenseResourceElementsAttr res && resourceKeys.Add(res.Key))
        {
            Resources.Add(res);
        }

        info.Depth = info.Prefix is not null ? childMax + 1 : childMax;
        return info.Depth;
    }

    private void MarkNonDeferrable(MlirAttribute attr)
    {
        if (!visited.TryGetValue(attr, out var info) || !info.CanBeDeferred)
        {
            return;
        }

        info.CanBeDeferred = false;
        foreach (var child in Children(attr))
        {
            if (child is MlirAttribute a)
            {
                MarkNonDeferrable(a);
            }
        }
    }

    private static IEnumerable<object> Children(MlirAttribute attr)
    {
        switch (attr)
        {
            case ArrayAttr a:
                foreach (var e in a.Elements)
                {
                    yield return e;
                }

                break;
            case DictionaryAttr d:
                foreach (var e in d.Entries)
                {
                    yield return e.Value;
                }

                break;
            case TypeAttr t:
                yield return t.Value;
                break;
            case DistinctAttr d:
                yield return d.Referenced;
                break;
            case IntegerAttr i:
                yield return i.Type;
                break;
            case FloatAttr f:
                yield return f.Type;
                break;
            case StringAttr { Type: { } st }:
                yield return st;
                break;
            case DenseElementsAttr de:
                yield return de.Type;
                break;
            case DenseStringElementsAttr ds:
                yield return ds.Type;
                break;
            case SparseElementsAttr sp:
                yield return sp.Type;
                break;
            case DenseResourceElementsAttr dr:
                yield return dr.Type;
                break;
            case DenseArrayAttr da:
                yield return da.ElementType;
                break;
            case NameLoc n:
                if (n.Child is not null)
                {
                    yield return n.Child;
                }

                break;
            case CallSiteLoc c:
                yield return c.Callee;
                yield return c.Caller;
                break;
            case FusedLoc f:
                if (f.Metadata is not null)
                {
                    yield return f.Metadata;
                }

                foreach (var l in f.Locations)
                {
                    yield return l;
                }

                break;
        }
    }
}
