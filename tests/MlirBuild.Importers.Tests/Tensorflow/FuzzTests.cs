using System.Diagnostics;
using Google.Protobuf;
using MlirBuild.Importers.Tensorflow;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.Readers;
using MlirBuild.Importers.Tensorflow.TextFormat;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>
/// Seeded, bounded mutation fuzzing of every reader and of the whole importer: whatever the bytes, the result is
/// a module or diagnostics, never an exception, an "internal error" diagnostic, or a long stall.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tfimport-fuzz-" + Guid.NewGuid().ToString("N"));

    /// <summary>Iterations scale with MLIRBUILD_FUZZ_SCALE (default 1) for longer offline runs.</summary>
    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("MLIRBUILD_FUZZ_SCALE"), out int s) && s > 0 ? s : 1;

    public FuzzTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Mutate(Random rng, byte[] input)
    {
        var bytes = new List<byte>(input);
        int edits = rng.Next(1, 6);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = rng.Next(bytes.Count);
            switch (rng.Next(5))
            {
                case 0: bytes[at] = (byte)rng.Next(256); break;
                case 1: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
                case 2: bytes.RemoveRange(at, Math.Min(bytes.Count - at, rng.Next(1, 16))); break;
                case 3: bytes.InsertRange(at, Enumerable.Range(0, rng.Next(1, 8)).Select(_ => (byte)rng.Next(256))); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
            }
        }

        return bytes.ToArray();
    }

    private static void AssertSane(MlirBuild.Importers.Common.ImportResult r, int seed)
    {
        Assert.False(r.Diagnostics.Any(d => d.Message.Contains("internal error", StringComparison.Ordinal)),
            $"seed {seed}: " + string.Join("\n", r.Diagnostics.Where(d => d.Message.Contains("internal error", StringComparison.Ordinal))));
        Assert.True(r.Succeeded == (r.Module is not null), $"seed {seed}: module without success or success without module");
    }

    private void FuzzFile(string name, byte[] original, int iterations, int seedBase)
    {
        string path = Path.Combine(_dir, name);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < iterations * Scale; i++)
        {
            int seed = (seedBase * Scale) + i;
            File.WriteAllBytes(path, Mutate(new Random(seed), original));
            var started = clock.Elapsed;
            AssertSane(ImportHelpers.Import(path), seed);
            Assert.True(clock.Elapsed - started < TimeSpan.FromSeconds(5), $"seed {seed} took too long");
        }
    }

    [Fact]
    public void BinaryGraphDefMutations()
    {
        var graph = TextFormatParser.Parse<GraphDef>(File.ReadAllText(TextFormatTests.FixturePath), "f", out _)!;
        FuzzFile("g.pb", graph.ToByteArray(), 300, 1000);
    }

    [Fact]
    public void TextGraphDefMutations() =>
        FuzzFile("g.pbtxt", File.ReadAllBytes(TextFormatTests.FixturePath), 300, 2000);

    [Fact]
    public void TfjsModelJsonMutations()
    {
        string json = """
            {"format": "graph-model", "modelTopology": {"node": [
              {"name": "x", "op": "Placeholder", "attr": {"dtype": {"type": "DT_FLOAT"}, "shape": {"shape": {"dim": [{"size": "1"}, {"size": "2"}]}}}},
              {"name": "w", "op": "Const", "attr": {"dtype": {"type": "DT_FLOAT"}, "value": {"tensor": {"dtype": "DT_FLOAT", "tensorShape": {"dim": [{"size": "2"}]}}}}},
              {"name": "q", "op": "Const", "attr": {"dtype": {"type": "DT_FLOAT"}, "value": {"tensor": {"dtype": "DT_FLOAT", "tensorShape": {"dim": [{"size": "2"}]}}}}},
              {"name": "y", "op": "AddV2", "input": ["x", "w"], "attr": {"T": {"type": "DT_FLOAT"}}},
              {"name": "z", "op": "Mul", "input": ["y", "q"], "attr": {"T": {"type": "DT_FLOAT"}}}]},
             "weightsManifest": [{"paths": ["w.bin"], "weights": [{"name": "w", "shape": [2], "dtype": "float32"},
               {"name": "q", "shape": [2], "dtype": "float32", "quantization": {"dtype": "uint8", "scale": 0.1, "min": -1}}]}]}
            """;
        File.WriteAllBytes(Path.Combine(_dir, "w.bin"), new byte[10]);
        FuzzFile("model.json", System.Text.Encoding.UTF8.GetBytes(json), 300, 3000);
    }

    [Fact]
    public void CheckpointIndexMutations()
    {
        string src = Path.Combine(ImportHelpers.SavedModel("saved_model_half_plus_two_tf2_cpu"), "variables");
        var index = File.ReadAllBytes(Path.Combine(src, "variables.index"));
        File.Copy(Path.Combine(src, "variables.data-00000-of-00001"), Path.Combine(_dir, "variables.data-00000-of-00001"));
        string prefix = Path.Combine(_dir, "variables");
        for (int i = 0; i < 400 * Scale; i++)
        {
            File.WriteAllBytes(prefix + ".index", Mutate(new Random((4000 * Scale) + i), index));
            var bundle = TensorBundleReader.Open(prefix, out var issue);
            if (bundle is null)
            {
                Assert.NotNull(issue);
                continue;
            }

            foreach (var key in bundle.Keys)
            {
                var t = bundle.Read(key, out issue);
                Assert.True(t is not null || issue is not null);
            }
        }
    }

    [Fact]
    public void SavedModelProtoMutations()
    {
        string src = ImportHelpers.SavedModel("saved_model_half_plus_two_cpu");
        string dst = Path.Combine(_dir, "sm");
        Directory.CreateDirectory(Path.Combine(dst, "variables"));
        foreach (var f in Directory.GetFiles(Path.Combine(src, "variables")))
        {
            File.Copy(f, Path.Combine(dst, "variables", Path.GetFileName(f)));
        }

        var original = File.ReadAllBytes(Path.Combine(src, "saved_model.pb"));
        for (int i = 0; i < 150 * Scale; i++)
        {
            int seed = (5000 * Scale) + i;
            File.WriteAllBytes(Path.Combine(dst, "saved_model.pb"), Mutate(new Random(seed), original));
            AssertSane(ImportHelpers.Import(dst), seed);
        }
    }

    /// <summary>Property: random well-formed DAGs import, verify, and survive a text-format round trip unchanged.</summary>
    [Fact]
    public void RandomGraphsImportAndRoundTripThroughText()
    {
        string[] unary = ["Relu", "Neg", "Tanh", "Identity", "Sigmoid"];
        string[] binary = ["AddV2", "Mul", "Sub", "Maximum"];
        for (int seed = 0; seed < 60; seed++)
        {
            var rng = new Random(6000 + seed);
            var graph = new GraphDef();
            var shape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dim { Size = rng.Next(1, 4) }, new TensorShapeProto.Types.Dim { Size = 3 } } };
            var x = new NodeDef { Name = "x", Op = "Placeholder" };
            x.Attr["dtype"] = new AttrValue { Type = DataType.DtFloat };
            x.Attr["shape"] = new AttrValue { Shape = shape };
            graph.Node.Add(x);
            int n = rng.Next(1, 30);
            for (int i = 0; i < n; i++)
            {
                var node = new NodeDef { Name = $"n{i}/op" };
                bool two = rng.Next(2) == 0;
                node.Op = two ? binary[rng.Next(binary.Length)] : unary[rng.Next(unary.Length)];
                node.Input.Add(graph.Node[rng.Next(graph.Node.Count)].Name);
                if (two)
                {
                    node.Input.Add(graph.Node[rng.Next(graph.Node.Count)].Name);
                }

                if (rng.Next(4) == 0)
                {
                    node.Input.Add("^" + graph.Node[rng.Next(graph.Node.Count)].Name);
                }

                node.Attr["T"] = new AttrValue { Type = DataType.DtFloat };
                graph.Node.Insert(rng.Next(1, graph.Node.Count + 1), node); // file order need not be topological
            }

            // Text round trip is exact.
            string text = TextFormatPrinter.Print(graph);
            Assert.Equal(graph, TextFormatParser.Parse<GraphDef>(text, "r.pbtxt", out _));

            string path = Path.Combine(_dir, $"r{seed}.pbtxt");
            File.WriteAllText(path, text);
            var r = ImportHelpers.Import(path);
            Assert.True(r.Succeeded, $"seed {seed}: " + string.Join("\n", r.Diagnostics));

            // Every op keeps the static shape of x (elementwise on equal shapes).
            string mlir = ImportHelpers.Generic(r.Module!);
            Assert.DoesNotContain("tensor<*x", mlir);
            Assert.Equal(n, mlir.Split("\"tf.").Length - 1);
        }
    }
}
