using MlirBuild.Importers.Tensorflow;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.Readers;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>The readers on the real models of the shared corpus.</summary>
public sealed class CorpusReaderTests
{
    public static TheoryData<string> TfjsModels() =>
        new(Directory.GetFiles(Path.Combine(RepoPaths.SharedCorpus, "tfjs"), "*.json")
            .Where(p => !p.EndsWith(".io.json", StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(TfjsModels))]
    public void TfjsModelFillsEveryConstFromItsWeights(string name)
    {
        var issues = new List<ImportIssue>();
        var model = TfjsModelReader.Read(Path.Combine(RepoPaths.SharedCorpus, "tfjs", name + ".json"), issues);
        Assert.NotNull(model);
        Assert.DoesNotContain(issues, i => !i.IsWarning);
        foreach (var node in model!.Graph.Node.Where(n => n.Op == "Const"))
        {
            var t = node.Attr["value"].Tensor;
            long count = TfDataTypes.ElementCount(TfDataTypes.Dims(t.TensorShape));
            if (t.Dtype != DataType.DtString)
            {
                Assert.True(count * TfDataTypes.ByteSize(t.Dtype) == t.TensorContent.Length || t.TensorContent.IsEmpty, node.Name);
            }
        }
    }

    [Fact]
    public void TfjsFloat16WeightsDequantizeToFinitePlausibleFloats()
    {
        var issues = new List<ImportIssue>();
        var model = TfjsModelReader.Read(Path.Combine(RepoPaths.SharedCorpus, "tfjs", "faceres.json"), issues)!;
        var kernel = model.Graph.Node.Single(n => n.Name == "age_pred/kernel").Attr["value"].Tensor;
        var floats = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(kernel.TensorContent.Span);
        Assert.Equal(256 * 100, floats.Length);
        Assert.All(floats.ToArray(), f => Assert.True(float.IsFinite(f) && Math.Abs(f) < 100));
        Assert.Contains(floats.ToArray(), f => f != 0);
    }

    [Theory]
    [InlineData("saved_model_half_plus_two_cpu")]
    [InlineData("saved_model_half_plus_two_tf2_cpu")]
    public void SavedModelReadsVariablesAandB(string name)
    {
        var issues = new List<ImportIssue>();
        var model = SavedModelReader.Read(Path.Combine(RepoPaths.SharedCorpus, "savedmodel", name, "00000123"), null, issues);
        Assert.NotNull(model);
        Assert.DoesNotContain(issues, i => !i.IsWarning);

        // The models compute y = 0.5 * x + 2.
        Assert.Equal(0.5f, BitConverter.ToSingle(model!.Variables["a"].Data.Span));
        Assert.Equal(2f, BitConverter.ToSingle(model.Variables["b"].Data.Span));
        Assert.Contains(model.EntryPoints, e => e.FunctionName == "serving_default");
        Assert.Contains(model.EntryPoints, e => e.FunctionName == "regress_x2_to_y3");

        // Signatures fed serialized tf.Example strings are not float-tensor signatures.
        Assert.DoesNotContain(model.EntryPoints, e => e.FunctionName == "regress_x_to_y");
    }
}
