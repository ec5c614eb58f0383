namespace MlirBuild.Ir.Passes;

/// <summary>Maps pipeline names to pass factories that bind options from pipeline text.</summary>
public sealed class PassRegistry
{
    private readonly Dictionary<string, Func<PassOptions, Pass>> factories = new(StringComparer.Ordinal);

    /// <summary>The passes of this library: canonicalize, dce, symbol-dce.</summary>
    public static PassRegistry Default { get; } = CreateDefault();

    public IEnumerable<string> Names => factories.Keys.OrderBy(n => n, StringComparer.Ordinal);

    public static PassRegistry CreateDefault()
    {
        var r = new PassRegistry();
        r.Register(CanonicalizePass.PassName, o => new CanonicalizePass
        {
            MaxIterations = o.GetInt("max-iterations", 10),
            Fold = o.GetBool("fold", true),
        });
        r.Register(DeadCodeEliminationPass.PassName, _ => new DeadCodeEliminationPass());
        r.Register(SymbolDcePass.PassName, _ => new SymbolDcePass());
        return r;
    }

    public void Register(string name, Func<PassOptions, Pass> factory) => factories[name] = factory;

    /// <summary>Creates the pass; null with <paramref name="error"/> for unknown names, options or bad values.</summary>
    public Pass? Create(string name, IReadOnlyDictionary<string, string> options, out string? error)
    {
        if (!factories.TryGetValue(name, out var factory))
        {
            error = $"'{name}' does not refer to a registered pass or pass pipeline";
            return null;
        }

        var bound = new PassOptions(name, options);
        var pass = factory(bound);
        error = bound.Error;
        return error is null ? pass : null;
    }
}

/// <summary>Option values of one pass from pipeline text; records unknown names and malformed values.</summary>
public sealed class PassOptions(string passName, IReadOnlyDictionary<string, string> values)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private string? error;

    /// <summary>The first problem: a malformed value, or an option the pass does not have.</summary>
    public string? Error => error ?? values.Keys.Where(k => !read.Contains(k)).Select(k => $"no such option '{k}' for pass '{passName}'").FirstOrDefault();

    public int GetInt(string name, int fallback)
    {
        read.Add(name);
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        error ??= $"option '{name}' of pass '{passName}' expects an integer, got '{text}'";
        return fallback;
    }

    public bool GetBool(string name, bool fallback)
    {
        read.Add(name);
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        switch (text)
        {
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                error ??= $"option '{name}' of pass '{passName}' expects true or false, got '{text}'";
                return fallback;
        }
    }

    public string GetString(string name, string fallback)
    {
        read.Add(name);
        return values.TryGetValue(name, out var text) ? text : fallback;
    }
}
