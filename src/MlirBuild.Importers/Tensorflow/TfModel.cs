using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.Readers;

namespace MlirBuild.Importers.Tensorflow;

/// <summary>
/// The importer-neutral form every TensorFlow reader produces: one GraphDef (constants already holding their
/// weight bytes), the entry points to export, and saved variable values. The emitter turns it into MLIR.
/// </summary>
public sealed class TfModel
{
    public required string SourcePath { get; init; }

    public required GraphDef Graph { get; init; }

    /// <summary>Functions to emit. Empty means one <c>@main</c> with inputs and outputs found from the graph.</summary>
    public IReadOnlyList<TfEntryPoint> EntryPoints { get; init; } = [];

    /// <summary>Saved values of resource variables, by the variable's shared name.</summary>
    public IReadOnlyDictionary<string, BundleTensor> Variables { get; init; } = new Dictionary<string, BundleTensor>();

    /// <summary>Why a variable has no saved value; reported only if an imported function uses the variable.</summary>
    public IReadOnlyDictionary<string, ImportIssue> VariableIssues { get; init; } = new Dictionary<string, ImportIssue>();
}

/// <summary>An exported function: its symbol name and which graph tensors are its arguments and results.</summary>
/// <param name="FunctionName">Symbol of the emitted func.</param>
/// <param name="Inputs">Arguments, in order.</param>
/// <param name="Outputs">Results, in order.</param>
/// <param name="ExportedName">The signature key for SavedModel signatures, else null.</param>
public sealed record TfEntryPoint(string FunctionName, IReadOnlyList<TfTensorRef> Inputs, IReadOnlyList<TfTensorRef> Outputs, string? ExportedName = null);

/// <summary>A named graph tensor: <paramref name="Key"/> is the public name (signature key or node name),
/// <paramref name="Tensor"/> the graph tensor (<c>node</c> or <c>node:N</c>).</summary>
public sealed record TfTensorRef(string Key, string Tensor)
{
    /// <summary>The tensor's type when a signature states it.</summary>
    public Graph.TfValueType? Type { get; init; }

    public string NodeName => TfTensorNames.Split(Tensor).Node;

    public int Index => TfTensorNames.Split(Tensor).Index;
}

/// <summary>Parses TensorFlow's tensor and input names: <c>node</c>, <c>node:N</c>, <c>^node</c>.</summary>
public static class TfTensorNames
{
    public static (string Node, int Index, bool IsControl) Split(string name)
    {
        if (name.StartsWith('^'))
        {
            return (name[1..], -1, true);
        }

        int colon = name.LastIndexOf(':');
        if (colon > 0 && int.TryParse(name.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
        {
            return (name[..colon], index, false);
        }

        return (name, 0, false);
    }
}
