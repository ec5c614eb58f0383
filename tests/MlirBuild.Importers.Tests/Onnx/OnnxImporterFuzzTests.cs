using System.Diagnostics;
using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;
using static MlirBuild.Importers.Tests.Onnx.OnnxModels;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Seeded, bounded fuzzing of the reader and property tests of graph ordering.</summary>
public class OnnxImporterFuzzTests
{
    private static readonly string[] Seeds =
    [
        "test_if", "test_loop11", "test_scan9_sum", "test_adam", "test_clip_default_inbounds", "test_gru_defaults",
        "test_identity_opt", "test_strnormalizer_export_monday_casesensintive_lower", "test_constant",
        "test_layer_normalization_3d_axis_negative_3_epsilon_expanded", "test_range_float_type_positive_delta_expanded",
        "test_cast_FLOAT_to_STRING", "test_sequence_map_add_2_sequences_expanded",
    ];

    [Fact]
    public void MutatedModelsNeverThrowAndFailCleanly()
    {
        var random = new Random(20261125);
        var originals = Seeds.Select(s => File.ReadAllBytes(TestData("node", s))).ToArray();
        var clock = Stopwatch.StartNew();
        int succeeded = 0, failed = 0;
        for (var i = 0; i < 3000; i++)
        {
            var bytes = Mutate(originals[random.Next(originals.Length)], random);
            var before = GC.GetAllocatedBytesForCurrentThread();
            OnnxImportResult result;
            try
            {
                result = OnnxImporter.Import(bytes, "fuzz.onnx", null);
            }
            catch (Exception e)
            {
                Assert.Fail($"iteration {i}: {e}\ninput: {Convert.ToHexString(bytes)}");
                return;
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 64L << 20, $"iteration {i} allocated {allocated} bytes");
            if (result.Succeeded)
            {
                succeeded++;
                Assert.DoesNotContain(result.Problems, p => p.IsError);
            }
            else
            {
                failed++;
                Assert.Contains(result.Problems, p => p.IsError && p.File == "fuzz.onnx" && p.Message.Length > 0);
            }
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"fuzzing took {clock.Elapsed}");
        Assert.True(succeeded > 0 && failed > 0, $"{succeeded} succeeded, {failed} failed: mutations should produce both");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)];
            case 1:
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case 2:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 3:
                // Inflate a varint (a length or a dim) to something huge.
                var at = random.Next(bytes.Length - 5);
                bytes[at] = 0xFF;
                bytes[at + 1] = 0xFF;
                bytes[at + 2] = 0xFF;
                bytes[at + 3] = 0x7F;
                return bytes;
            default:
                var start = random.Next(bytes.Length);
                var len = random.Next(1, Math.Min(64, bytes.Length - start) + 1);
                return [.. bytes[..start], .. bytes.AsSpan(start, len).ToArray(), .. bytes[start..]];
        }
    }

    [Fact]
    public void ShuffledRandomDagsImportInDependencyOrder()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var (model, nodeCount) = RandomDag(random, random.Next(1, 40));
            var r = Import(model);
            Assert.True(r.Succeeded, Problems(r));
            var ops = BodyOps(MainFunc(r.Module!));
            Assert.Equal(nodeCount + 1, ops.Count);
            var defined = new HashSet<Value>(MainFunc(r.Module!).Regions[0].EntryBlock!.Arguments);
            foreach (var op in ops)
            {
                Assert.All(op.Operands, v => Assert.Contains(v, defined));
                defined.UnionWith(op.Results);
            }
        }
    }

    [Fact]
    public void RandomDagsWithABackEdgeReportACycle()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 100; trial++)
        {
            var (model, nodeCount) = RandomDag(random, random.Next(2, 30), shuffle: false);
            // Make an early node consume the last node's output: the last node depends on it transitively or directly.
            var nodes = model.Graph.Node;
            var last = nodes[nodeCount - 1];
            var victim = nodes[0];
            last.Input[0] = victim.Output[0];
            victim.Input[0] = last.Output[0];
            var r = Import(model);
            Assert.False(r.Succeeded);
            Assert.Contains(r.Problems, p => p.IsError && p.Message.Contains("cycle"));
        }
    }

    /// <summary>A random DAG of binary Add nodes over 2 inputs; every value feeds the single output through a Sum.</summary>
    private static (ModelProto Model, int NodeCount) RandomDag(Random random, int n, bool shuffle = true)
    {
        var values = new List<string> { "in0", "in1" };
        var nodes = new List<NodeProto>();
        for (var i = 0; i < n; i++)
        {
            var a = values[random.Next(values.Count)];
            var b = values[random.Next(values.Count)];
            var name = "v" + i;
            nodes.Add(Node("Add", [a, b], [name], "n" + i));
            values.Add(name);
        }

        nodes.Add(Node("Sum", [.. values], ["out"], "sum"));
        var ordered = shuffle ? [.. nodes.OrderBy(_ => random.Next())] : nodes;
        var g = Graph("dag", [Tensor("in0", OnnxDataType.Float, 2), Tensor("in1", OnnxDataType.Float, 2)], [Tensor("out", OnnxDataType.Float, 2)], [.. ordered]);
        return (Model(g), nodes.Count);
    }
}
