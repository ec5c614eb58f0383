using MlirBuild.Importers.Tensorflow.Graph;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow.Emit;

/// <summary>
/// Maps graph tensors (<c>node</c>, output index) to the MLIR values emitted for them, with the TensorFlow type
/// kept alongside. Region bodies get a child scope that falls back to the enclosing one, since tf region ops are
/// not isolated from above.
/// </summary>
internal sealed class TfValueScope(TfValueScope? parent)
{
    private readonly Dictionary<(string, int), (Value Value, TfValueType Type)> _values = new();
    private readonly Dictionary<string, NodeDef> _constants = new(StringComparer.Ordinal);

    public void Bind(string node, int index, Value value, TfValueType type) => _values[(node, index)] = (value, type);

    /// <summary>Remembers the node that produced a tensor, for rules that look at producers (constants, variables).</summary>
    public void BindNode(NodeDef node) => _constants[node.Name] = node;

    public NodeDef? Producer(string node)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._constants.TryGetValue(node, out var def))
            {
                return def;
            }
        }

        return null;
    }

    public bool TryGet(string node, int index, out Value value, out TfValueType type)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._values.TryGetValue((node, index), out var entry))
            {
                (value, type) = entry;
                return true;
            }
        }

        value = null!;
        type = null!;
        return false;
    }

    private readonly Dictionary<(string, int), long[]> _knownInts = new();

    /// <summary>Records integer values computed at import time (shapes of statically shaped tensors).</summary>
    public void BindInts(string node, int index, long[] values) => _knownInts[(node, index)] = values;

    /// <summary>Integer values of a tensor if a Const node produced it or they are otherwise known.</summary>
    public long[]? ConstantInts(string node, int index)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._knownInts.TryGetValue((node, index), out var known))
            {
                return known;
            }
        }

        return index == 0 ? ConstantInts(node) : null;
    }

    private long[]? ConstantInts(string node)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s._constants.TryGetValue(node, out var def))
            {
                return def.Op == "Const" && def.Attr.TryGetValue("value", out var v) && v.Tensor is { } t ? TfTensorConverter.Ints(t) : null;
            }
        }

        return null;
    }

    public TfValueScope? Parent { get; } = parent;
}
