using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

public sealed class GatherScatterPropertyTests
{
    /// <summary>The spec's gather example (operand_batching_dims, start_indices_batching_dims, clamping).</summary>
    [Fact]
    public void GatherSpecExampleWithBatchingDims()
    {
        var operand = ShapeKernels.Iota(ElementType.I32, [2, 3, 4, 2], 2);
        var values = Enumerable.Range(0, 48).Select(i => (long)i).ToArray();
        operand = TestTensors.Ints(ElementType.I32, [2, 3, 4, 2], values);
        var indices = TestTensors.Ints(ElementType.I64, [2, 2, 3, 2],
            0, 0, 1, 0, 2, 1,
            1, 1, 0, 0, 9, 0,
            0, 0, 2, 1, 2, 2,
            1, 2, 0, 1, 1, 0);
        var dn = new GatherDimensionNumbers([3, 4], [1], [0], [1], [2, 1], 3);
        var result = GatherScatterKernels.Gather(operand, indices, dn, [1, 1, 2, 2]);
        Assert.Equal(new[] { 2, 2, 3, 2, 2 }, result.Shape);

        // reference loop written straight from the definition
        var expected = new long[result.ElementCount];
        for (int i0 = 0; i0 < 2; i0++)
        for (int i1 = 0; i1 < 2; i1++)
        for (int i2 = 0; i2 < 3; i2++)
        for (int o0 = 0; o0 < 2; o0++)
        for (int o1 = 0; o1 < 2; o1++)
        {
            long s0 = values[0]; // placeholder to keep analyzers quiet
            long start2 = ElementCodec.ToLongs(indices)[TestTensors.Flat([2, 2, 3, 2], i0, i1, i2, 0)];
            long start1 = ElementCodec.ToLongs(indices)[TestTensors.Flat([2, 2, 3, 2], i0, i1, i2, 1)];
            start2 = Math.Clamp(start2, 0, 4 - 2);
            start1 = Math.Clamp(start1, 0, 3 - 1);
            int batch = i1; // operand dim 0 is batched with start_indices dim 1
            int d0 = batch;
            int d1 = (int)start1;
            int d2 = (int)start2 + o0;
            int d3 = o1;
            _ = s0;
            expected[TestTensors.Flat(result.Shape, i0, i1, i2, o0, o1)] = values[TestTensors.Flat([2, 3, 4, 2], d0, d1, d2, d3)];
        }

        Assert.Equal(expected, ElementCodec.ToLongs(result));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void ScatterWithBatchingDimsEqualsPerBatchScatter(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 20; trial++)
        {
            int batch = random.Next(1, 4);
            int rows = random.Next(2, 6);
            int cols = random.Next(1, 4);
            int updatesPerBatch = random.Next(1, 5);
            var operand = TestTensors.RandomF64(random, batch, rows, cols);
            var idx = new long[batch * updatesPerBatch];
            for (int i = 0; i < idx.Length; i++)
            {
                idx[i] = random.Next(-1, rows + 1); // some out of bounds: those updates are dropped
            }

            var indices = TestTensors.Ints(ElementType.I32, [batch, updatesPerBatch, 1], idx);
            var updates = TestTensors.RandomF64(random, batch, updatesPerBatch, cols);

            // operand [B, R, C]; one index per (b, u) selects row R; window = C; batch dim 0 <-> indices dim 0
            var dn = new ScatterDimensionNumbers([2], [1], [0], [0], [1], 2);
            var result = GatherScatterKernels.Scatter([operand], indices, [updates], dn, ScalarBody.Binary(BinaryOp.Add))[0];

            var expected = ElementCodec.ToDoubles(operand);
            var u = ElementCodec.ToDoubles(updates);
            for (int b = 0; b < batch; b++)
            {
                for (int k = 0; k < updatesPerBatch; k++)
                {
                    long row = idx[(b * updatesPerBatch) + k];
                    if (row < 0 || row >= rows)
                    {
                        continue;
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        expected[TestTensors.Flat([batch, rows, cols], b, (int)row, c)] += u[TestTensors.Flat([batch, updatesPerBatch, cols], b, k, c)];
                    }
                }
            }

            TestTensors.AssertClose(expected, ElementCodec.ToDoubles(result));

            // the same through the generic (per element) body path
            var generic = GatherScatterKernels.Scatter([operand], indices, [updates], dn, new ScalarBody(ScalarBody.Binary(BinaryOp.Add).Call))[0];
            TestTensors.AssertClose(expected, ElementCodec.ToDoubles(generic));
        }
    }

    [Fact]
    public void ScatterSetKeepsTheLastUpdate()
    {
        var operand = TestTensors.Ints(ElementType.I32, [4], 0, 0, 0, 0);
        var indices = TestTensors.Ints(ElementType.I32, [3, 1], 1, 3, 1);
        var updates = TestTensors.Ints(ElementType.I32, [3], 5, 6, 7);
        var dn = new ScatterDimensionNumbers([], [0], [], [], [0], 1);
        var set = new ScalarBody(args => [args[1]], returnsArgument: 1);
        Assert.Equal(new long[] { 0, 7, 0, 6 }, ElementCodec.ToLongs(GatherScatterKernels.Scatter([operand], indices, [updates], dn, set)[0]));
    }
}
