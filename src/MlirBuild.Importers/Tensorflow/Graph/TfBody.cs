using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>
/// A dataflow graph ready to become one function body: nodes, which tensors are the arguments (with their types
/// when known from a signature) and which are the results. Inputs of every node use graph spelling
/// (<c>node</c>, <c>node:N</c>, <c>^node</c>); function bodies are normalized to it first.
/// </summary>
internal sealed class TfBody
{
    public required string Name { get; init; }

    public required IReadOnlyList<NodeDef> Nodes { get; init; }

    public required IReadOnlyList<TfBodyArg> Args { get; init; }

    /// <summary>Result tensors; null means "every output of every node nobody consumes".</summary>
    public IReadOnlyList<TfTensorRef>? Results { get; init; }

    /// <summary>Nodes that must run even though no result depends on them (function control outputs).</summary>
    public IReadOnlyList<string> ControlResults { get; init; } = [];
}

/// <summary>A function argument: the graph tensor it stands for and its type if a signature states it.</summary>
internal sealed record TfBodyArg(string Key, string Tensor, TfValueType? Type);

/// <summary>The graph tensor an input refers to; Index is -1 for a control input.</summary>
internal readonly record struct TfInput(string Node, int Index)
{
    public bool IsControl => Index < 0;

    public static TfInput Parse(string s)
    {
        var (node, index, control) = TfTensorNames.Split(s);
        return new TfInput(node, control ? -1 : index);
    }
}
