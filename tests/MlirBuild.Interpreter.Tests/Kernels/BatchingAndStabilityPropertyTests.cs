using CsCheck;
using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

/// <summary>
/// CsCheck properties for the ops the corpus covers thinly: gather with operand/start-indices batching dimensions
/// (batch dimension first or in the middle, out-of-range starts clamped) and sort stability with several operands,
/// each against a loop written from the spec's definition.
/// </summary>
public sealed class BatchingAndStabilityPropertyTests
{
    private static readonly Gen<(int B, int K, int N, int M, int W, bool BatchInMiddle, long[] Starts, int Seed)> GatherCases =
        from b in Gen.Int[1, 3]
        from k in Gen.Int[1, 4]
        from n in Gen.Int[1, 5]
        from m in Gen.Int[1, 4]
        from w in Gen.Int[1, m]
        from middle in Gen.Bool
        from starts in Gen.Long[-2, 7].Array[b * k]
        from seed in Gen.Int
        select (b, k, n, m, w, middle, starts, seed);

    [Fact]
    public void GatherWithBatchingDimsMatchesTheDefinition()
    {
        GatherCases.Sample(c =>
        {
            // batch first: operand [B, N, M], indices [B, K, 1] -> result [B, K, W]
            // batch in the middle: operand [N, B, M], indices [K, B, 1] -> result [K, B, W]
            int[] operandShape = c.BatchInMiddle ? [c.N, c.B, c.M] : [c.B, c.N, c.M];
            int[] indexShape = c.BatchInMiddle ? [c.K, c.B, 1] : [c.B, c.K, 1];
            var random = new Random(c.Seed);
            var values = Enumerable.Range(0, c.B * c.N * c.M).Select(_ => (long)random.Next(-100, 100)).ToArray();
            var operand = TestTensors.Ints(ElementType.I32, operandShape, values);
            var indices = TestTensors.Ints(ElementType.I64, indexShape, c.Starts);
            var dn = c.BatchInMiddle
                ? new GatherDimensionNumbers([2], [0], [1], [1], [0], 2)
                : new GatherDimensionNumbers([2], [1], [0], [0], [1], 2);
            var result = GatherScatterKernels.Gather(operand, indices, dn, c.BatchInMiddle ? [1, 1, c.W] : [1, 1, c.W]);

            var expected = new List<long>();
            for (int outer = 0; outer < (c.BatchInMiddle ? c.K : c.B); outer++)
            {
                for (int inner = 0; inner < (c.BatchInMiddle ? c.B : c.K); inner++)
                {
                    int batch = c.BatchInMiddle ? inner : outer;
                    long start = Math.Clamp(c.Starts[(outer * indexShape[1]) + inner], 0, c.N - 1);
                    for (int w = 0; w < c.W; w++)
                    {
                        int[] at = c.BatchInMiddle ? [(int)start, batch, w] : [batch, (int)start, w];
                        expected.Add(values[TestTensors.Flat(operandShape, at)]);
                    }
                }
            }

            Assert.Equal(c.BatchInMiddle ? new[] { c.K, c.B, c.W } : new[] { c.B, c.K, c.W }, result.Shape);
            Assert.Equal(expected, ElementCodec.ToLongs(result));
        }, iter: 200);
    }

    [Fact]
    public void SortOnAKeyWithManyTiesKeepsEveryOperandsOriginalOrder()
    {
        var cases =
            from rows in Gen.Int[1, 3]
            from length in Gen.Int[0, 40]
            from keys in Gen.Long[0, 3].Array[rows * length]
            select (rows, length, keys);
        cases.Sample(c =>
        {
            var payload = Enumerable.Range(0, c.rows * c.length).Select(i => (long)(i * 7 % 101)).ToArray();
            var second = Enumerable.Range(0, c.rows * c.length).Select(i => (double)i / 2).ToArray();
            var sorted = SortKernel.Sort(
                [
                    TestTensors.Ints(ElementType.I16, [c.rows, c.length], c.keys),
                    TestTensors.Ints(ElementType.I64, [c.rows, c.length], payload),
                    TestTensors.Doubles(ElementType.F32, [c.rows, c.length], second),
                ],
                1,
                args => ElementCodec.ToLongs(args[0])[0] < ElementCodec.ToLongs(args[1])[0]); // (lhs key, rhs key)
            var keys = ElementCodec.ToLongs(sorted[0]);
            var p = ElementCodec.ToLongs(sorted[1]);
            var s = ElementCodec.ToDoubles(sorted[2]);
            for (int r = 0; r < c.rows; r++)
            {
                // LINQ's OrderBy is a stable sort: the independent reference
                var order = Enumerable.Range(0, c.length).OrderBy(i => c.keys[(r * c.length) + i]).ToArray();
                Assert.Equal(order.Select(i => c.keys[(r * c.length) + i]), keys.Skip(r * c.length).Take(c.length));
                Assert.Equal(order.Select(i => payload[(r * c.length) + i]), p.Skip(r * c.length).Take(c.length));
                Assert.Equal(order.Select(i => second[(r * c.length) + i]), s.Skip(r * c.length).Take(c.length));
            }
        }, iter: 200);
    }
}
