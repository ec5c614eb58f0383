using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

public sealed class DotGeneralPropertyTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void BatchedContractionMatchesLoops(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 20; trial++)
        {
            int b = random.Next(1, 4);
            int m = random.Next(1, 40);
            int k = random.Next(1, 20);
            int n = random.Next(1, 40);

            // lhs [K, B, M], rhs [N, K, B]: contraction and batch dims in unusual places
            var lhs = TestTensors.RandomF32(random, k, b, m);
            var rhs = TestTensors.RandomF32(random, n, k, b);
            var result = DotGeneralKernel.DotGeneral(lhs, rhs, [1], [2], [0], [1], ElementType.F32);
            Assert.Equal(new[] { b, m, n }, result.Shape);
            var x = ElementCodec.ToDoubles(lhs);
            var y = ElementCodec.ToDoubles(rhs);
            var expected = new double[b * m * n];
            for (int bi = 0; bi < b; bi++)
            {
                for (int i = 0; i < m; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        double sum = 0;
                        for (int p = 0; p < k; p++)
                        {
                            sum += x[TestTensors.Flat([k, b, m], p, bi, i)] * y[TestTensors.Flat([n, k, b], j, p, bi)];
                        }

                        expected[TestTensors.Flat([b, m, n], bi, i, j)] = sum;
                    }
                }
            }

            TestTensors.AssertClose(expected, ElementCodec.ToDoubles(result));
        }
    }

    [Fact]
    public void LargeFloat32ProductRunsInParallelAndAgrees()
    {
        var random = new Random(5);
        var lhs = TestTensors.RandomF32(random, 130, 70);
        var rhs = TestTensors.RandomF32(random, 70, 150);
        var single = DotGeneralKernel.DotGeneral(lhs, rhs, [], [], [1], [0], ElementType.F32);
        var dbl = DotGeneralKernel.DotGeneral(ConvertKernels.Convert(lhs, ElementType.F64), ConvertKernels.Convert(rhs, ElementType.F64), [], [], [1], [0], ElementType.F64);
        TestTensors.AssertClose(ElementCodec.ToDoubles(dbl), ElementCodec.ToDoubles(single), 1e-6);
    }

    [Fact]
    public void IntegerAndMixedResultTypes()
    {
        var lhs = TestTensors.Ints(ElementType.I8, [2, 2], 100, 2, 3, 4);
        var rhs = TestTensors.Ints(ElementType.I8, [2, 2], 5, 6, 7, 8);
        var wide = DotGeneralKernel.DotGeneral(lhs, rhs, [], [], [1], [0], ElementType.I32);
        Assert.Equal(new long[] { 514, 616, 43, 50 }, ElementCodec.ToLongs(wide));
        var f16 = TestTensors.Doubles(ElementType.F16, [1, 2], 1.5, 2);
        var f16r = TestTensors.Doubles(ElementType.F16, [2, 1], 2, 0.25);
        Assert.Equal(new[] { 3.5 }, ElementCodec.ToDoubles(DotGeneralKernel.DotGeneral(f16, f16r, [], [], [1], [0], ElementType.F32)));
    }
}
