using Google.Protobuf;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.TextFormat;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>Malformed models: each gives an error naming the file (and node), no module, no exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tfimport-bad-" + Guid.NewGuid().ToString("N"));

    public BadInputTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertFails(string path, string message, string? node = null)
    {
        var r = ImportHelpers.Import(path);
        Assert.Null(r.Module);
        var errors = r.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal) && e.Contains(Path.GetFileName(path), StringComparison.Ordinal)
            && (node is null || e.Contains($"node '{node}'", StringComparison.Ordinal)));
        Assert.DoesNotContain(errors, e => e.Contains("internal error", StringComparison.Ordinal));
    }

    [Fact]
    public void GraphCycleNamesANodeOnIt() =>
        AssertFails(Write("cycle.pbtxt", """
            node { name: "a" op: "Identity" input: "b" attr { key: "T" value { type: DT_FLOAT } } }
            node { name: "b" op: "Identity" input: "a" attr { key: "T" value { type: DT_FLOAT } } }
            """), "cycle", "a");

    [Fact]
    public void DanglingInputNamesTheNodeAndTheInput() =>
        AssertFails(Write("dangling.pbtxt", """node { name: "a" op: "Identity" input: "nowhere:0" }"""), "'nowhere:0'", "a");

    [Fact]
    public void DuplicateNodeNamesAreRejected() =>
        AssertFails(Write("dup.pbtxt", """node { name: "a" op: "NoOp" } node { name: "a" op: "NoOp" }"""), "two nodes", "a");

    [Fact]
    public void ReadingAMissingOutputIndexIsAnError() =>
        AssertFails(Write("index.pbtxt", """
            node { name: "c" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "value" value { tensor { dtype: DT_FLOAT float_val: 1 } } } }
            node { name: "n" op: "Neg" input: "c:3" attr { key: "T" value { type: DT_FLOAT } } }
            """), "output 3", "c");

    [Fact]
    public void UnknownOpsAreImportedAsIs()
    {
        var module = ImportHelpers.ImportOk(Write("custom.pbtxt", """
            node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
            node { name: "y" op: "MyVendorOp" input: "x" attr { key: "T" value { type: DT_FLOAT } } attr { key: "knob" value { i: 7 } } }
            """));
        string text = ImportHelpers.Generic(module);
        Assert.Contains("\"tf.MyVendorOp\"", text);
        Assert.Contains("knob = 7", text);
        ImportHelpers.MlirOptRoundTrip(text);
    }

    [Fact]
    public void TensorContentShorterThanItsShapeIsAnError() =>
        AssertFails(Write("short.pbtxt", """
            node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
                   attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 4 } } tensor_content: "\000\000\200\077" } } } }
            """), "tensor_content has 4 bytes", "w");

    [Fact]
    public void OverflowingShapeIsAnErrorNotAnAllocation() =>
        AssertFails(Write("huge.pbtxt", """
            node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
                   attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 4294967296 } dim { size: 4294967296 } } float_val: 1 float_val: 2 } } } }
            """), "overflows", "w");

    [Fact]
    public void HugeShapeFromValueListIsRefused() =>
        AssertFails(Write("big.pbtxt", """
            node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } }
                   attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 100000 } dim { size: 100000 } } float_val: 1 float_val: 2 } } } }
            """), "too large", "w");

    [Fact]
    public void V1ConditionalOutsideALoopIsRejectedByNode() =>
        AssertFails(Write("cond.pbtxt", """
            node { name: "p" op: "Placeholder" attr { key: "dtype" value { type: DT_BOOL } } }
            node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }
            node { name: "s" op: "Switch" input: "x" input: "p" attr { key: "T" value { type: DT_FLOAT } } }
            node { name: "m" op: "Merge" input: "s" input: "s:1" attr { key: "T" value { type: DT_FLOAT } } attr { key: "N" value { i: 2 } } }
            """), "conditional control flow", "s");

    [Fact]
    public void TruncatedBinaryGraphIsAnError()
    {
        var graph = TextFormatParser.Parse<GraphDef>(File.ReadAllText(TextFormatTests.FixturePath), "f", out _)!;
        var bytes = graph.ToByteArray();
        string path = Path.Combine(_dir, "truncated.pb");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        AssertFails(path, "not a valid GraphDef");
    }

    [Fact]
    public void TextSyntaxErrorCarriesLineAndColumn()
    {
        var r = ImportHelpers.Import(Write("syntax.pbtxt", "node {\n  name: \"a\"\n  op: 12 }\n"));
        Assert.Null(r.Module);
        Assert.Contains(r.Diagnostics, d => d.ToString().Contains("syntax.pbtxt:3:7: error:", StringComparison.Ordinal));
    }

    private string TinyTfjs(string weightsManifest, byte[]? bin = null, string binName = "w.bin")
    {
        File.WriteAllBytes(Path.Combine(_dir, binName), bin ?? new byte[8]);
        return Write("model.json", """
            {"format": "graph-model", "modelTopology": {"node": [
              {"name": "x", "op": "Placeholder", "attr": {"dtype": {"type": "DT_FLOAT"}, "shape": {"shape": {"dim": [{"size": "1"}, {"size": "2"}]}}}},
              {"name": "w", "op": "Const", "attr": {"dtype": {"type": "DT_FLOAT"}, "value": {"tensor": {"dtype": "DT_FLOAT", "tensorShape": {"dim": [{"size": "2"}]}}}}},
              {"name": "y", "op": "AddV2", "input": ["x", "w"], "attr": {"T": {"type": "DT_FLOAT"}}}]},
             "weightsManifest": MANIFEST}
            """.Replace("MANIFEST", weightsManifest, StringComparison.Ordinal));
    }

    [Fact]
    public void TinyTfjsModelImports()
    {
        var bin = new byte[8];
        BitConverter.TryWriteBytes(bin.AsSpan(0), 1.5f);
        BitConverter.TryWriteBytes(bin.AsSpan(4), -2f);
        var path = TinyTfjs("""[{"paths": ["w.bin"], "weights": [{"name": "w", "shape": [2], "dtype": "float32"}]}]""", bin);
        string text = ImportHelpers.Generic(ImportHelpers.ImportOk(path));
        Assert.Contains("dense<[1.500000e+00, -2.000000e+00]> : tensor<2xf32>", text);
        Assert.Contains("tensor<1x2xf32>", text);
    }

    [Fact]
    public void TfjsUint8QuantizedWeightsDequantizeWithScaleAndMin()
    {
        var path = TinyTfjs("""[{"paths": ["w.bin"], "weights": [{"name": "w", "shape": [2], "dtype": "float32", "quantization": {"dtype": "uint8", "scale": 0.5, "min": -1}}]}]""", [4, 255]);
        string text = ImportHelpers.Generic(ImportHelpers.ImportOk(path));
        Assert.Contains("dense<[1.000000e+00, 1.265000e+02]> : tensor<2xf32>", text);
    }

    [Fact]
    public void TfjsShardPathEscapingTheModelDirectoryIsRejected() =>
        AssertFails(TinyTfjs("""[{"paths": ["../w.bin"], "weights": [{"name": "w", "shape": [2], "dtype": "float32"}]}]"""), "escapes the model directory");

    [Fact]
    public void TfjsAbsoluteShardPathIsRejected() =>
        AssertFails(TinyTfjs("""[{"paths": ["/etc/passwd"], "weights": [{"name": "w", "shape": [2], "dtype": "float32"}]}]"""), "escapes the model directory");

    [Fact]
    public void TfjsDeclaredSizeBeyondTheShardsIsRejected() =>
        AssertFails(TinyTfjs("""[{"paths": ["w.bin"], "weights": [{"name": "w", "shape": [1000000000, 1000], "dtype": "float32"}]}]"""), "needs", "w");

    [Fact]
    public void TfjsOverflowingWeightShapeIsRejected() =>
        AssertFails(TinyTfjs("""[{"paths": ["w.bin"], "weights": [{"name": "w", "shape": [4611686018427387904, 1], "dtype": "float32"}]}]"""), "overflows", "w");

    [Fact]
    public void ConstantWhoseByteSizeOverflowsIsRejected() =>
        AssertFails(Write("bytes.pbtxt", """
            node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_DOUBLE } }
                   attr { key: "value" value { tensor { dtype: DT_DOUBLE tensor_shape { dim { size: 2305843009213693952 } dim { size: 2 } } double_val: 1 double_val: 2 } } } }
            """), "overflows", "w");

    [Fact]
    public void TfjsWeightShapeDifferentFromNodeIsRejected() =>
        AssertFails(TinyTfjs("""[{"paths": ["w.bin"], "weights": [{"name": "w", "shape": [1], "dtype": "float32"}]}]"""), "shape differs", "w");

    [Fact]
    public void TfjsMissingShardIsRejected() =>
        AssertFails(TinyTfjs("""[{"paths": ["nope.bin"], "weights": [{"name": "w", "shape": [2], "dtype": "float32"}]}]"""), "not found");

    [Fact]
    public void CorruptCheckpointIndexIsRejected()
    {
        string src = ImportHelpers.SavedModel("saved_model_half_plus_two_cpu");
        string dst = Path.Combine(_dir, "sm");
        Directory.CreateDirectory(Path.Combine(dst, "variables"));
        File.Copy(Path.Combine(src, "saved_model.pb"), Path.Combine(dst, "saved_model.pb"));
        foreach (var f in Directory.GetFiles(Path.Combine(src, "variables")))
        {
            File.Copy(f, Path.Combine(dst, "variables", Path.GetFileName(f)));
        }

        string index = Path.Combine(dst, "variables", "variables.index");
        var bytes = File.ReadAllBytes(index);
        bytes[10] ^= 0x55;
        File.WriteAllBytes(index, bytes);
        var r = ImportHelpers.Import(dst);
        Assert.Null(r.Module);
        Assert.Contains(r.Diagnostics, d => d.IsError && d.ToString().Contains("variables.index", StringComparison.Ordinal) && d.Message.Contains("checksum", StringComparison.Ordinal));
    }

    [Fact]
    public void CorruptCheckpointDataIsRejectedByChecksum()
    {
        string src = ImportHelpers.SavedModel("saved_model_half_plus_two_tf2_cpu");
        string dst = Path.Combine(_dir, "sm2");
        Directory.CreateDirectory(Path.Combine(dst, "variables"));
        File.Copy(Path.Combine(src, "saved_model.pb"), Path.Combine(dst, "saved_model.pb"));
        foreach (var f in Directory.GetFiles(Path.Combine(src, "variables")))
        {
            File.Copy(f, Path.Combine(dst, "variables", Path.GetFileName(f)));
        }

        string data = Directory.GetFiles(Path.Combine(dst, "variables"), "variables.data-*").Single();
        var bytes = File.ReadAllBytes(data);
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= 0xff;
        }

        File.WriteAllBytes(data, bytes);
        var r = ImportHelpers.Import(dst, new MlirBuild.Importers.Common.ImportOptions { Signature = "serving_default" });
        Assert.Contains(r.Diagnostics, d => d.ToString().Contains("checksum mismatch", StringComparison.Ordinal) && d.Message.Contains("node '", StringComparison.Ordinal));
    }
}

/// <summary>Library function edge cases: recursion and very deep call chains are errors, not stack overflows.</summary>
public sealed class FunctionLibraryTests
{
    private static string Library(int depth, bool recursive)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("""node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } }""").Append('\n');
        sb.Append("""node { name: "call" op: "PartitionedCall" input: "x" attr { key: "f" value { func { name: "f0" } } } attr { key: "Tout" value { list { type: DT_FLOAT } } } attr { key: "Tin" value { list { type: DT_FLOAT } } } }""").Append('\n');
        sb.Append("library {\n");
        for (int i = 0; i < depth; i++)
        {
            string next = recursive ? "f0" : $"f{i + 1}";
            string body = i == depth - 1 && !recursive
                ? """node_def { name: "id" op: "Identity" input: "a" attr { key: "T" value { type: DT_FLOAT } } } ret { key: "y" value: "id:output:0" }"""
                : $$"""node_def { name: "c" op: "PartitionedCall" input: "a" attr { key: "f" value { func { name: "{{next}}" } } } attr { key: "Tout" value { list { type: DT_FLOAT } } } } ret { key: "y" value: "c:output:0" }""";
            sb.Append($$"""  function { signature { name: "f{{i}}" input_arg { name: "a" type: DT_FLOAT } output_arg { name: "y" type: DT_FLOAT } } {{body}} }""").Append('\n');
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    private static MlirBuild.Importers.Common.ImportResult ImportText(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"tfimport-lib-{Guid.NewGuid():N}.pbtxt");
        File.WriteAllText(path, text);
        try
        {
            return ImportHelpers.Import(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CalledFunctionsBecomePrivateFuncsWithTheCalleesTypes()
    {
        var r = ImportText(Library(3, recursive: false));
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        string text = ImportHelpers.Generic(r.Module!);
        Assert.Equal(3, text.Split("sym_visibility = \"private\"").Length - 1);
        Assert.Contains("f = @f0", text);
        ImportHelpers.MlirOptRoundTrip(text);
    }

    [Fact]
    public void RecursionIsAnError()
    {
        var r = ImportText(Library(1, recursive: true));
        Assert.Null(r.Module);
        Assert.Contains(r.Diagnostics, d => d.Message.Contains("calls itself", StringComparison.Ordinal));
    }

    [Fact]
    public void VeryDeepCallChainsAreAnError()
    {
        var r = ImportText(Library(5000, recursive: false));
        Assert.Null(r.Module);
        Assert.Contains(r.Diagnostics, d => d.Message.Contains("deeper than 64", StringComparison.Ordinal));
    }
}
