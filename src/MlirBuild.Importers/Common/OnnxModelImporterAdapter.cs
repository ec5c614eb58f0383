using MlirBuild.Importers.Onnx;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Common;

/// <summary>Plugs <see cref="OnnxImporter"/> into <see cref="ModelImporter"/>'s dispatch for <c>.onnx</c> files.</summary>
public sealed class OnnxModelImporterAdapter : IModelImporter
{
    public string FormatName => "ONNX (.onnx)";

    public bool CanImport(string path) => path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase) && File.Exists(path);

    public ImportResult Import(string path, ImportOptions options, MlirContext context)
    {
        var result = OnnxImporter.Import(path, new OnnxImportOptions { Context = context, InputShapes = options.InputShapes });
        return new ImportResult(result.Module, result.Diagnostics);
    }
}
