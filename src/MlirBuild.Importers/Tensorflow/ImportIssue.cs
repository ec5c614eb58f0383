namespace MlirBuild.Importers.Tensorflow;

/// <summary>
/// A problem found while reading or importing a TensorFlow model, before it becomes an IR diagnostic.
/// Readers stay independent of the IR this way; <see cref="TfModelImporter"/> converts them at the API boundary.
/// </summary>
/// <param name="File">The model file the problem is in.</param>
/// <param name="Node">The graph node it concerns, if any.</param>
/// <param name="Message">What is wrong, in words a model author understands.</param>
/// <param name="Line">1-based line for text inputs, 0 when unknown.</param>
/// <param name="Column">1-based column for text inputs, 0 when unknown.</param>
/// <param name="IsWarning">True when the import can continue and produce a module.</param>
public sealed record ImportIssue(string File, string? Node, string Message, int Line = 0, int Column = 0, bool IsWarning = false)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var node = Node is null ? "" : $"node '{Node}': ";
        return $"{where}: {(IsWarning ? "warning" : "error")}: {node}{Message}";
    }
}

/// <summary>
/// Thrown inside a reader to abandon a malformed input; every public reader entry point catches it and returns
/// the issue instead, so it never escapes to callers.
/// </summary>
internal sealed class ModelFormatException(ImportIssue issue) : Exception(issue.ToString())
{
    public ImportIssue Issue { get; } = issue;

    public static ModelFormatException At(string file, string message, string? node = null) =>
        new(new ImportIssue(file, node, message));
}
