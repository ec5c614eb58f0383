using MlirBuild.Ir;

namespace MlirBuild.Importers.Common;

/// <summary>
/// One model format's importer. Implementations in this assembly with a public parameterless constructor are found
/// by <see cref="ModelImporter"/> automatically, so adding a format touches no shared file.
/// </summary>
public interface IModelImporter
{
    /// <summary>Short format name for messages, e.g. "TensorFlow" or "ONNX".</summary>
    string FormatName { get; }

    /// <summary>True if <paramref name="path"/> (a file or directory) looks like this importer's format.</summary>
    bool CanImport(string path);

    /// <summary>Imports the model. Never throws for bad input: problems are diagnostics, and on error Module is null.</summary>
    ImportResult Import(string path, ImportOptions options, MlirContext context);
}

/// <summary>The imported <c>builtin.module</c> (null when an error was reported) and every diagnostic.</summary>
public sealed record ImportResult(Operation? Module, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Module is not null && !Diagnostics.Any(d => d.IsError);
}
