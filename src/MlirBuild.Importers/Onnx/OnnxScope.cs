using MlirBuild.Ir;

namespace MlirBuild.Importers.Onnx;

/// <summary>Value names visible in one graph; a subgraph's scope sees its enclosing graphs' values (ONNX capture).</summary>
internal sealed class OnnxScope
{
    private readonly Dictionary<string, Value> values = new(StringComparer.Ordinal);

    public OnnxScope(OnnxScope? parent) => Parent = parent;

    public OnnxScope? Parent { get; }

    private readonly HashSet<string> poisoned = new(StringComparer.Ordinal);

    public void Define(string name, Value value) => values[name] = value;

    /// <summary>Marks a value whose producer failed (already reported), so its users do not report again.</summary>
    public void Poison(string name) => poisoned.Add(name);

    public bool IsPoisoned(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.values.ContainsKey(name))
            {
                return false;
            }

            if (s.poisoned.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsDefinedHere(string name) => values.ContainsKey(name);

    /// <summary>Looks the name up here, then in enclosing scopes (inner definitions shadow outer ones).</summary>
    public Value? Lookup(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.values.TryGetValue(name, out var v))
            {
                return v;
            }
        }

        return null;
    }
}
