using MlirBuild.Importers.Common;
using MlirBuild.Importers.Onnx;
using MlirBuild.Ir;
using static MlirBuild.Importers.Tests.Onnx.OnnxModels;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>The library entry point dispatches .onnx files here; shape overrides replace declared input shapes.</summary>
public class OnnxModelImporterTests
{
    [Fact]
    public void ModelImporterDispatchesOnnxFiles()
    {
        var path = TestData("node", "test_abs");
        Assert.Single(ModelImporter.Importers, i => i.CanImport(path));
        var r = ModelImporter.Import(path);
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        Assert.Contains(BodyOps(MainFunc(r.Module!)), o => o.Name == "onnx.Abs");
    }

    [Fact]
    public void InputShapeOverrideReplacesTheDeclaredShape()
    {
        var options = new ImportOptions { InputShapes = new Dictionary<string, long[]> { ["x"] = [2, -1, 5] } };
        var r = ModelImporter.Import(TestData("node", "test_abs"), options);
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        var arg = MainFunc(r.Module!).Regions[0].EntryBlock!.Arguments[0];
        Assert.Equal(new RankedTensorType(new[] { 2L, ShapedType.DynamicSize, 5L }, FloatType.F32), arg.Type);
    }

    [Fact]
    public void OverrideOfAnUnknownInputIsAnError()
    {
        var r = OnnxImporter.Import(TestData("node", "test_abs"), new OnnxImportOptions { InputShapes = new Dictionary<string, long[]> { ["nope"] = [1] } });
        Assert.False(r.Succeeded);
        var e = Assert.Single(r.Problems);
        Assert.Contains("'nope'", e.Where);
        Assert.Contains("no input of this name", e.Message);
    }

    [Fact]
    public void DiagnosticsNameTheModelFile()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("broken.onnx"), [0x0A, 0xFF, 0xFF]);
        var r = ModelImporter.Import(dir.File("broken.onnx"));
        Assert.False(r.Succeeded);
        Assert.StartsWith(dir.File("broken.onnx") + ":0:0: error:", r.Diagnostics.Single().ToString());
    }
}
