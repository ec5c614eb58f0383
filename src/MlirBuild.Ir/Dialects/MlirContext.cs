namespace MlirBuild.Ir;

/// <summary>Registered dialects and ops, plus the unregistered-dialect switch. Not thread-safe for registration.</summary>
public sealed class MlirContext
{
    private readonly Dictionary<string, Dialect> dialects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpDefinition> ops = new(StringComparer.Ordinal);

    /// <summary>Creates a context with the builtin, func and quant (types only) dialects registered.</summary>
    public MlirContext(bool allowUnregisteredDialects = false)
    {
        AllowUnregisteredDialects = allowUnregisteredDialects;
        RegisterDialect(BuiltinDialect.Instance);
        RegisterDialect(FuncDialect.Instance);
        RegisterDialect(Quant.QuantDialect.Instance);
    }

    /// <summary>Accept ops, types and attributes of dialects that are not registered (mlir-opt's --allow-unregistered-dialect).</summary>
    public bool AllowUnregisteredDialects { get; set; }

    public IReadOnlyCollection<Dialect> Dialects => dialects.Values;

    public void RegisterDialect(Dialect dialect)
    {
        dialects[dialect.Namespace] = dialect;
        foreach (var op in dialect.Operations)
        {
            ops[op.Name] = op;
        }
    }

    public Dialect? GetDialect(string ns) => dialects.TryGetValue(ns, out var d) ? d : null;

    public bool IsDialectRegistered(string ns) => dialects.ContainsKey(ns);

    public OpDefinition? LookupOp(string name)
    {
        if (ops.TryGetValue(name, out var d))
        {
            return d;
        }

        // Ops registered on a dialect after the dialect was added to the context.
        int dot = name.IndexOf('.');
        if (dot > 0 && dialects.TryGetValue(name[..dot], out var dialect) && dialect.LookupOp(name) is { } late)
        {
            ops[name] = late;
            return late;
        }

        return null;
    }
}
