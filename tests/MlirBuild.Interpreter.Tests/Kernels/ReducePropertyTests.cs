using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

public sealed class ReducePropertyTests
{
    [Theory]
    [InlineData(21, BinaryOp.Add)]
    [InlineData(22, BinaryOp.Maximum)]
    [InlineData(23, BinaryOp.Add)]
    public void ReduceWindowWithPaddingAndDilationsMatchesLoops(int seed, BinaryOp op)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 40; trial++)
        {
            int[] shape = [random.Next(1, 6), random.Next(1, 6)];
            long[] window = [random.Next(1, 4), random.Next(1, 4)];
            long[] strides = [random.Next(1, 3), random.Next(1, 3)];
            long[] baseDil = [random.Next(1, 3), random.Next(1, 3)];
            long[] winDil = [random.Next(1, 3), random.Next(1, 3)];
            long[] lo = [random.Next(0, 3), random.Next(0, 3)];
            long[] hi = [random.Next(0, 3), random.Next(0, 3)];
            var input = TestTensors.RandomF64(random, shape);
            double initValue = op == BinaryOp.Add ? 0.5 : double.NegativeInfinity;
            var init = ElementCodec.Scalar(ElementType.F64, initValue);

            // generic body path and recognised fast path must agree with the loop
            foreach (var body in new[] { ScalarBody.Binary(op), new ScalarBody(ScalarBody.Binary(op).Call) })
            {
                var result = ReduceKernels.ReduceWindow([input], [init], window, strides, baseDil, winDil, lo, hi, body)[0];
                var x = ElementCodec.ToDoubles(input);
                int[] padded = new int[2];
                int[] outShape = new int[2];
                for (int d = 0; d < 2; d++)
                {
                    padded[d] = (int)(lo[d] + ((shape[d] - 1) * baseDil[d]) + 1 + hi[d]);
                    long span = ((window[d] - 1) * winDil[d]) + 1;
                    outShape[d] = padded[d] < span ? 0 : (int)(((padded[d] - span) / strides[d]) + 1);
                }

                Assert.Equal(outShape, result.Shape);
                var expected = new double[result.ElementCount];
                for (int i = 0; i < outShape[0]; i++)
                {
                    for (int j = 0; j < outShape[1]; j++)
                    {
                        double acc = initValue;
                        for (int a = 0; a < window[0]; a++)
                        {
                            for (int b = 0; b < window[1]; b++)
                            {
                                long pi = (i * strides[0]) + (a * winDil[0]) - lo[0];
                                long pj = (j * strides[1]) + (b * winDil[1]) - lo[1];

                                // padding and base-dilation holes hold the init value
                                double v = initValue;
                                if (pi >= 0 && pj >= 0 && pi % baseDil[0] == 0 && pj % baseDil[1] == 0 && pi / baseDil[0] < shape[0] && pj / baseDil[1] < shape[1])
                                {
                                    v = x[((int)(pi / baseDil[0]) * shape[1]) + (int)(pj / baseDil[1])];
                                }

                                acc = op == BinaryOp.Add ? acc + v : Math.Max(acc, v);
                            }
                        }

                        expected[(i * outShape[1]) + j] = acc;
                    }
                }

                TestTensors.AssertClose(expected, ElementCodec.ToDoubles(result));
            }
        }
    }

    [Fact]
    public void ReduceOverSeveralDimensionsAndVariadicArgmax()
    {
        var x = TestTensors.Ints(ElementType.I32, [2, 3], 1, 9, 3, 7, 2, 9);
        var sum = ReduceKernels.Reduce([x], [ElementCodec.Scalar(ElementType.I32, 0)], [1], ScalarBody.Binary(BinaryOp.Add))[0];
        Assert.Equal(new long[] { 13, 18 }, ElementCodec.ToLongs(sum));
        var all = ReduceKernels.Reduce([x], [ElementCodec.Scalar(ElementType.I32, 0)], [0, 1], ScalarBody.Binary(BinaryOp.Add))[0];
        Assert.Empty(all.Shape);
        Assert.Equal(new long[] { 31 }, ElementCodec.ToLongs(all));

        // argmax over dimension 1 with a two-input body: keep the first index on ties
        var iota = ShapeKernels.Iota(ElementType.I32, [2, 3], 1);
        var body = new ScalarBody(args =>
        {
            long av = ElementCodec.ToLongs(args[0])[0], ai = ElementCodec.ToLongs(args[1])[0];
            long bv = ElementCodec.ToLongs(args[2])[0], bi = ElementCodec.ToLongs(args[3])[0];
            bool takeB = bv > av || (bv == av && bi < ai);
            return [takeB ? args[2] : args[0], takeB ? args[3] : args[1]];
        });
        var results = ReduceKernels.Reduce([x, iota], [ElementCodec.Scalar(ElementType.I32, int.MinValue), ElementCodec.Scalar(ElementType.I32, 0)], [1], body);
        Assert.Equal(new long[] { 9, 9 }, ElementCodec.ToLongs(results[0]));
        Assert.Equal(new long[] { 1, 2 }, ElementCodec.ToLongs(results[1]));
    }

    [Fact]
    public void SelectAndScatterAddsSourceAtEachWindowMaximum()
    {
        // the spec's example: result [[0, 0], [0, 0], [5, 14], [7, 0]]
        var operand = TestTensors.Ints(ElementType.I32, [4, 2], 1, 5, 2, 5, 3, 6, 4, 4);
        var source = TestTensors.Ints(ElementType.I32, [2, 2], 5, 6, 7, 8);
        var ge = new ScalarBody(args => [CompareKernels.Compare(args[0], args[1], ComparisonDirection.GE, ComparisonType.Signed)]);
        var result = ReduceKernels.SelectAndScatter(operand, source, ElementCodec.Scalar(ElementType.I32, 0), [3, 1], [2, 1], [0, 0], [1, 0], ge, ScalarBody.Binary(BinaryOp.Add));
        Assert.Equal(new long[] { 0, 0, 0, 0, 5, 14, 7, 0 }, ElementCodec.ToLongs(result));
    }
}
