namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>
/// The libonnx-testdata sweep. By default a deterministic sample (every 6th model of data/node, all of
/// data/simple) keeps the suite fast; build/onnx-import-sweep.sh sets MLIRBUILD_ONNX_SWEEP=all for every model
/// and MLIRBUILD_ONNX_SWEEP_REPORT to a file that receives the per-directory summaries.
/// </summary>
public class OnnxImportSweepTests
{
    private static bool Full => Environment.GetEnvironmentVariable("MLIRBUILD_ONNX_SWEEP") == "all";

    [Theory]
    [InlineData("node", 6)]
    [InlineData("simple", 1)]
    public void TestDataModelsImportAndParseInMlirOpt(string kind, int stride)
    {
        var all = OnnxImportSweep.Models(kind);
        Assert.NotEmpty(all);
        var models = Full ? all : [.. all.Where((_, i) => i % stride == 0)];
        var outcomes = OnnxImportSweep.Run(models);
        var summary = OnnxImportSweep.Summary(outcomes);
        if (Environment.GetEnvironmentVariable("MLIRBUILD_ONNX_SWEEP_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, $"== data/{kind}: {models.Count} models\n{summary}");
        }

        Assert.True(outcomes.All(o => o.Passed), summary);
    }
}
