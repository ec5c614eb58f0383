using MlirBuild.Importers.Common;
using MlirBuild.Importers.Tensorflow;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>Acceptance: every TF.js model of the corpus imports, parses in mlir-opt, and imports the same when frozen.</summary>
public sealed class TfjsImportTests
{
    public static TheoryData<string> Models() => CorpusReaderTests.TfjsModels();

    [Theory]
    [MemberData(nameof(Models))]
    public void ImportsAndParsesInMlirOpt(string name)
    {
        var module = ImportHelpers.ImportOk(ImportHelpers.Tfjs(name));
        var main = module.Regions[0].Blocks[0].Operations.Single(o => o.Name == "func.func" && ((StringAttr)o.GetAttr("sym_name")!).Value == "main");
        Assert.NotNull(main.GetAttr("tf.entry_function"));

        // Every tf op is located at the graph node it came from.
        int ops = 0;
        main.Walk(op =>
        {
            if (op.Name.StartsWith("tf.", StringComparison.Ordinal))
            {
                ops++;
                Assert.IsType<NameLoc>(op.Location);
            }
        });
        Assert.True(ops > 10);

        var reparsed = ImportHelpers.MlirOptRoundTrip(ImportHelpers.Generic(module));
        Assert.Contains("\"func.func\"", reparsed);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void FrozenGraphImportsToTheSameModule(string name)
    {
        string json = ImportHelpers.Tfjs(name);
        string pb = Path.Combine(Path.GetTempPath(), $"tfimport-{name}-{Guid.NewGuid():N}.pb");
        try
        {
            Assert.DoesNotContain(TfGraphConverter.TfjsToFrozenGraph(json, pb), i => !i.IsWarning);
            var fromJson = ImportHelpers.ImportOk(json);

            // A frozen graph has no signature: name the inputs and outputs the TF.js signature names.
            var issues = new List<ImportIssue>();
            var entry = TfjsModelReaderEntry(json, issues);
            var options = new ImportOptions { Inputs = entry?.Inputs.Select(i => i.Tensor).ToList(), Outputs = entry?.Outputs.Select(o => o.Tensor).ToList() };
            var fromPb = ImportHelpers.ImportOk(pb, options);
            Assert.Equal(ImportHelpers.Generic(fromJson), ImportHelpers.Generic(fromPb));
        }
        finally
        {
            File.Delete(pb);
        }
    }

    private static TfEntryPoint? TfjsModelReaderEntry(string json, List<ImportIssue> issues) =>
        MlirBuild.Importers.Tensorflow.Readers.TfjsModelReader.Read(json, issues)!.EntryPoints.SingleOrDefault();

    [Fact]
    public void HandtrackWhileLoopIsRaisedToARegionOp()
    {
        string text = ImportHelpers.Generic(ImportHelpers.ImportOk(ImportHelpers.Tfjs("handtrack")));
        Assert.Contains("\"tf.WhileRegion\"", text);
        Assert.Contains("\"tf.Yield\"", text);
        Assert.DoesNotContain("\"tf.NextIteration\"", text);
        Assert.DoesNotContain("\"tf.Merge\"", text);
        Assert.DoesNotContain("\"tf.Enter\"", text);
    }

    [Fact]
    public void InputShapeOverrideRanksTheArgument()
    {
        var dynamic = ImportHelpers.Generic(ImportHelpers.ImportOk(ImportHelpers.Tfjs("age")));
        Assert.Contains("tensor<?x64x64x3xf32>", dynamic);
        var options = new ImportOptions { InputShapes = new Dictionary<string, long[]> { ["input_1"] = [1, 64, 64, 3] } };
        var fixedText = ImportHelpers.Generic(ImportHelpers.ImportOk(ImportHelpers.Tfjs("age"), options));
        Assert.Contains("(tensor<1x64x64x3xf32>) -> ", fixedText);
        Assert.DoesNotContain("tensor<?x64x64x3xf32>", fixedText);
    }

    [Fact]
    public void ImportIsDeterministic()
    {
        var a = ImportHelpers.Generic(ImportHelpers.ImportOk(ImportHelpers.Tfjs("blazeface")));
        var b = ImportHelpers.Generic(ImportHelpers.ImportOk(ImportHelpers.Tfjs("blazeface")));
        Assert.Equal(a, b);
    }
}

/// <summary>
/// The inferred result types agree with the outputs TF.js computed (corpus <c>.io.json</c>): every static dimension
/// we infer equals the real one, and element types match.
/// </summary>
public sealed class TfjsResultTypeTests
{
    [Theory]
    [MemberData(nameof(TfjsImportTests.Models), MemberType = typeof(TfjsImportTests))]
    public void InferredResultTypesMatchRealOutputs(string name)
    {
        var module = ImportHelpers.ImportOk(ImportHelpers.Tfjs(name));
        var main = module.Regions[0].Blocks[0].Operations.Single(o => o.Name == "func.func");
        var type = (FunctionType)((TypeAttr)main.GetAttr("function_type")!).Value;
        var outputNames = ((StringAttr)((DictionaryAttr)main.GetAttr("tf.entry_function")!).Get("outputs")!).Value.Split(',');
        using var io = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(ImportHelpers.Tfjs(name), ".io.json")));
        int checkedOutputs = 0;
        foreach (var output in io.RootElement.GetProperty("outputs").EnumerateArray())
        {
            string outName = output.GetProperty("name").GetString()!.Split(':')[0];
            int index = Array.IndexOf(outputNames, outName);
            Assert.True(index >= 0, $"{name}: output {outName} not among {string.Join(",", outputNames)}");
            var real = output.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            var ours = (ShapedType)type.Results[index];
            string dtype = output.GetProperty("dtype").GetString()!;
            Assert.Equal(dtype switch { "float32" => "f32", "int32" => "i32", "bool" => "i1", _ => dtype }, ours.ElementType.ToString());
            if (ours.HasRank)
            {
                Assert.Equal(real.Length, ours.Shape.Count);
                for (int d = 0; d < real.Length; d++)
                {
                    Assert.True(ours.Shape[d] == ShapedType.DynamicSize || ours.Shape[d] == real[d], $"{name} {outName}: dim {d} is {ours.Shape[d]}, real {real[d]}");
                }
            }

            checkedOutputs++;
        }

        Assert.True(checkedOutputs > 0);
    }
}
