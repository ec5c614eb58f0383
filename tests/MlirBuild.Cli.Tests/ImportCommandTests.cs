using MlirBuild.Cli.Commands;
using MlirBuild.Tests.Common;

namespace MlirBuild.Cli.Tests;

public sealed class ImportCommandTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Importers.Tests", "Fixtures", "keras_conv2d_adam_train.pbtxt");

    [Fact]
    public void WritesTheModuleToTheOutputFile()
    {
        string output = Path.Combine(Path.GetTempPath(), $"import-cli-{Guid.NewGuid():N}.mlir");
        try
        {
            var stderr = new StringWriter();
            int code = ImportCommand.Run(Fixture, generic: true, ["conv2d_input=4x32x32x3"], null, null, null, output, TextWriter.Null, stderr, debugInfo: true);
            Assert.True(code == 0, stderr.ToString());
            string text = File.ReadAllText(output);
            Assert.Contains("\"tf.ResourceApplyAdam\"", text);
            Assert.Contains("tensor<4x32x32x3xf32>", text);
            Assert.Contains("loc(\"conv2d/Conv2D\")", text);
            var r = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", output, "-o", "/dev/null"]);
            Assert.True(r.ExitCode == 0, r.StdErr);
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "." + Path.GetFileName(output) + ".tmp-*"));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void BadModelGivesDiagnosticsAndNoOutput()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"import-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string model = Path.Combine(dir, "bad.pbtxt");
            File.WriteAllText(model, "node { name: \"a\" op: \"Identity\" input: \"missing\" }\n");
            string output = Path.Combine(dir, "out.mlir");
            var stderr = new StringWriter();
            Assert.Equal(1, ImportCommand.Run(model, false, [], null, null, null, output, TextWriter.Null, stderr));
            Assert.Contains("bad.pbtxt", stderr.ToString());
            Assert.Contains("node 'a'", stderr.ToString());
            Assert.False(File.Exists(output));
            Assert.Single(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void MalformedInputShapeIsAUsageError()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, ImportCommand.Run(Fixture, false, ["conv2d_input=1xAx3"], null, null, null, null, TextWriter.Null, stderr));
        Assert.Contains("--input-shape", stderr.ToString());
    }
}

public sealed class ImportDispatchTests
{
    [Fact]
    public void OnnxModelsAreDispatchedToTheOnnxImporter()
    {
        string model = Directory.GetFiles(Path.Combine(RepoPaths.OnnxTestData, "node", "test_add"), "model.onnx").Single();
        string output = Path.Combine(Path.GetTempPath(), $"import-onnx-{Guid.NewGuid():N}.mlir");
        try
        {
            var stderr = new StringWriter();
            Assert.True(ImportCommand.Run(model, true, [], null, null, null, output, TextWriter.Null, stderr) == 0, stderr.ToString());
            Assert.Contains("\"onnx.Add\"", File.ReadAllText(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void UnknownFormatIsADiagnostic()
    {
        string model = Path.GetTempFileName();
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(1, ImportCommand.Run(model, false, [], null, null, null, null, TextWriter.Null, stderr));
            Assert.Contains("unrecognized model format", stderr.ToString());
        }
        finally
        {
            File.Delete(model);
        }
    }
}
