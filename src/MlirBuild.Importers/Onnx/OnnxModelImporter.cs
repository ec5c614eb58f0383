using MlirBuild.Importers.Common;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Onnx;

/// <summary>The ONNX format for <see cref="ModelImporter"/> (found by reflection): `.onnx` files.</summary>
public sealed class OnnxModelImporter : IModelImporter
{
    public string FormatName => "ONNX";

    public bool CanImport(string path) =>
        File.Exists(path) && path.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);

    public ImportResult Import(string path, ImportOptions options, MlirContext context)
    {
        var result = OnnxImporter.Import(path, new OnnxImportOptions { Context = context, InputShapes = options.InputShapes });
        return new ImportResult(result.Module, result.Diagnostics);
    }
}
