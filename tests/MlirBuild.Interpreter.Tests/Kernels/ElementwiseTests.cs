using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

/// <summary>Integer corner cases, NaN rules and conversions as the StableHLO spec and XLA define them.</summary>
public sealed class ElementwiseTests
{
    private static long[] Bin(BinaryOp op, ElementType t, long[] a, long[] b) =>
        ElementCodec.ToLongs(BinaryKernels.Apply(op, TestTensors.Ints(t, [a.Length], a), TestTensors.Ints(t, [b.Length], b)));

    [Fact]
    public void IntegerArithmeticWrapsAtTheWidth()
    {
        Assert.Equal(new long[] { 0, 1, 0, -1 }, Bin(BinaryOp.Add, ElementType.SignedInt(2), [1, 0, -1, -2], [-1, 1, 1, 1]));
        Assert.Equal(new long[] { 1, 3 }, Bin(BinaryOp.Add, ElementType.UnsignedInt(2), [0, 2], [1, 1]));
        Assert.Equal(new long[] { -128 }, Bin(BinaryOp.Add, ElementType.I8, [127], [1]));
        Assert.Equal(new long[] { -1 }, Bin(BinaryOp.Multiply, ElementType.U64, [-1], [1]));
    }

    [Fact]
    public void DivisionAndRemainderEdgeCases()
    {
        Assert.Equal(new long[] { 5, -5, -5, 5, -1, -128 }, Bin(BinaryOp.Divide, ElementType.I8, [17, -17, 17, -17, 3, -128], [3, 3, -3, -3, 0, -1]));
        Assert.Equal(new long[] { 2, -2, 2, -2, 3, 0 }, Bin(BinaryOp.Remainder, ElementType.I8, [17, -17, 17, -17, 3, -128], [3, 3, -3, -3, 0, -1]));
        Assert.Equal(new long[] { 127 }, Bin(BinaryOp.Divide, ElementType.U8, [255], [2]));
        Assert.Equal(new long[] { -1 }, Bin(BinaryOp.Divide, ElementType.U64, [-1], [1])); // 2^64-1 as unsigned
    }

    [Fact]
    public void ShiftsPastTheWidth()
    {
        Assert.Equal(new long[] { 4, 0, 0 }, Bin(BinaryOp.ShiftLeft, ElementType.I8, [1, 1, 1], [2, 8, -1]));
        Assert.Equal(new long[] { 127, 0 }, Bin(BinaryOp.ShiftRightLogical, ElementType.I8, [-1, -1], [1, 8]));
        Assert.Equal(new long[] { -1, -1, 0 }, Bin(BinaryOp.ShiftRightArithmetic, ElementType.I8, [-1, -128, 64], [1, 9, 9]));
    }

    [Fact]
    public void BooleanArithmeticIsLogical()
    {
        Assert.Equal(new long[] { 0, 1, 1, 1 }, Bin(BinaryOp.Add, ElementType.I1, [0, 0, 1, 1], [0, 1, 0, 1]));
        Assert.Equal(new long[] { 0, 0, 0, 1 }, Bin(BinaryOp.Multiply, ElementType.I1, [0, 0, 1, 1], [0, 1, 0, 1]));
    }

    [Fact]
    public void MinMaxPropagateNaNAndOrderZeros()
    {
        foreach (var type in new[] { ElementType.F32, ElementType.F64, ElementType.BF16 })
        {
            var a = TestTensors.Doubles(type, [3], double.NaN, -0.0, 1);
            var b = TestTensors.Doubles(type, [3], 1, 0.0, double.NaN);
            var max = ElementCodec.ToDoubles(BinaryKernels.Apply(BinaryOp.Maximum, a, b));
            var min = ElementCodec.ToDoubles(BinaryKernels.Apply(BinaryOp.Minimum, a, b));
            Assert.True(double.IsNaN(max[0]) && double.IsNaN(max[2]) && double.IsNaN(min[0]) && double.IsNaN(min[2]));
            Assert.False(double.IsNegative(max[1]));
            Assert.True(double.IsNegative(min[1]));
        }
    }

    [Fact]
    public void UnaryIntegerOps()
    {
        var x = TestTensors.Ints(ElementType.I8, [4], -128, -1, 0, 16);
        Assert.Equal(new long[] { -128, 1, 0, 16 }, ElementCodec.ToLongs(UnaryKernels.Apply(UnaryOp.Abs, x)));
        Assert.Equal(new long[] { 1, 8, 0, 1 }, ElementCodec.ToLongs(UnaryKernels.Apply(UnaryOp.Popcnt, x)));
        Assert.Equal(new long[] { 0, 0, 8, 3 }, ElementCodec.ToLongs(UnaryKernels.Apply(UnaryOp.CountLeadingZeros, x)));
        Assert.Equal(new long[] { -1, -1, 0, 1 }, ElementCodec.ToLongs(UnaryKernels.Apply(UnaryOp.Sign, x)));
        Assert.Equal(new long[] { 127, 0, -1, -17 }, ElementCodec.ToLongs(UnaryKernels.Apply(UnaryOp.Not, x)));
    }

    [Fact]
    public void RoundingModes()
    {
        var x = TestTensors.Doubles(ElementType.F32, [4], -2.5, 0.5, 1.5, 2.5);
        Assert.Equal(new double[] { -3, 1, 2, 3 }, ElementCodec.ToDoubles(UnaryKernels.Apply(UnaryOp.RoundNearestAfz, x)));
        Assert.Equal(new double[] { -2, 0, 2, 2 }, ElementCodec.ToDoubles(UnaryKernels.Apply(UnaryOp.RoundNearestEven, x)));
    }

    [Fact]
    public void CompareTotalOrderSeparatesZerosAndNaNs()
    {
        var a = TestTensors.Doubles(ElementType.F32, [3], -0.0, TestTensors.PositiveNaN, 1);
        var b = TestTensors.Doubles(ElementType.F32, [3], 0.0, TestTensors.PositiveNaN, TestTensors.PositiveNaN);
        var lt = CompareKernels.Compare(a, b, ComparisonDirection.LT, ComparisonType.TotalOrder).Bytes.ToArray();
        var eq = CompareKernels.Compare(a, b, ComparisonDirection.EQ, ComparisonType.TotalOrder).Bytes.ToArray();
        Assert.Equal(new byte[] { 1, 0, 1 }, lt);
        Assert.Equal(new byte[] { 0, 1, 0 }, eq);
        var ieee = CompareKernels.Compare(a, b, ComparisonDirection.EQ, ComparisonType.Float).Bytes.ToArray();
        Assert.Equal(new byte[] { 1, 0, 0 }, ieee);
        var u = CompareKernels.Compare(TestTensors.Ints(ElementType.U8, [1], 200), TestTensors.Ints(ElementType.U8, [1], 100), ComparisonDirection.GT, ComparisonType.Unsigned);
        Assert.Equal(1, u.Bytes[0]);
    }

    [Fact]
    public void ConvertSaturatesTruncatesAndRounds()
    {
        var f = TestTensors.Doubles(ElementType.F32, [5], 300.7, -300, double.NaN, -1.9, 1.5);
        Assert.Equal(new long[] { 127, -128, 0, -1, 1 }, ElementCodec.ToLongs(ConvertKernels.Convert(f, ElementType.I8)));
        Assert.Equal(new long[] { 255, 0, 0, 0, 1 }, ElementCodec.ToLongs(ConvertKernels.Convert(f, ElementType.U8)));
        var big = TestTensors.Ints(ElementType.I64, [1], 16777217);
        Assert.Equal(16777216.0, ElementCodec.ToDoubles(ConvertKernels.Convert(big, ElementType.F32))[0]);
        var toF8 = ConvertKernels.Convert(TestTensors.Doubles(ElementType.F32, [2], 0.3, 1000), ElementType.Float(FloatFormat.F8E4M3FN));
        var back = ElementCodec.ToDoubles(toF8);
        Assert.Equal(0.3125, back[0]);
        Assert.True(double.IsNaN(back[1]));
        var c = ConvertKernels.Convert(TestTensors.Doubles(ElementType.F64, [1], 2.5), ElementType.C64);
        Assert.Equal(new System.Numerics.Complex(2.5, 0), ElementCodec.ToComplex(c)[0]);
    }

    [Fact]
    public void ReducePrecisionRoundsAndFlushes()
    {
        var x = TestTensors.Doubles(ElementType.F32, [4], 1.0 + (1.0 / 1024) + (1.0 / 4096), 70000, 1e-10, double.NaN);
        var r = ElementCodec.ToDoubles(ConvertKernels.ReducePrecision(x, 5, 10)); // f16 precision and range
        Assert.Equal((double)(float)(double)(Half)(1.0 + (1.0 / 1024) + (1.0 / 4096)), r[0]);
        Assert.Equal(double.PositiveInfinity, r[1]);
        Assert.Equal(0, r[2]);
        Assert.True(double.IsNaN(r[3]));
    }

    [Fact]
    public void PadWithNegativeAndInteriorPaddingMatchesLoop()
    {
        var random = new Random(3);
        for (int trial = 0; trial < 50; trial++)
        {
            int[] shape = [random.Next(1, 5), random.Next(1, 5)];
            long[] lo = [random.Next(-2, 3), random.Next(-2, 3)];
            long[] hi = [random.Next(-2, 3), random.Next(-2, 3)];
            long[] interior = [random.Next(0, 3), random.Next(0, 3)];
            int[] outShape = new int[2];
            bool valid = true;
            for (int d = 0; d < 2; d++)
            {
                long size = lo[d] + ((shape[d] - 1) * (interior[d] + 1)) + 1 + hi[d];
                valid &= size >= 0;
                outShape[d] = (int)Math.Max(size, 0);
            }

            if (!valid)
            {
                continue;
            }

            var x = TestTensors.RandomF64(random, shape);
            var result = ShapeKernels.Pad(x, ElementCodec.Scalar(ElementType.F64, 9), lo, hi, interior);
            Assert.Equal(outShape, result.Shape);
            var xv = ElementCodec.ToDoubles(x);
            var expected = Enumerable.Repeat(9.0, result.ElementCount).ToArray();
            for (int i = 0; i < shape[0]; i++)
            {
                for (int j = 0; j < shape[1]; j++)
                {
                    long oi = lo[0] + (i * (interior[0] + 1));
                    long oj = lo[1] + (j * (interior[1] + 1));
                    if (oi >= 0 && oj >= 0 && oi < outShape[0] && oj < outShape[1])
                    {
                        expected[(oi * outShape[1]) + oj] = xv[(i * shape[1]) + j];
                    }
                }
            }

            Assert.Equal(expected, ElementCodec.ToDoubles(result));
        }
    }

    [Fact]
    public void TransposeBroadcastSliceReverseConcatenate()
    {
        var x = TestTensors.Ints(ElementType.I16, [2, 3], 1, 2, 3, 4, 5, 6);
        Assert.Equal(new long[] { 1, 4, 2, 5, 3, 6 }, ElementCodec.ToLongs(ShapeKernels.Transpose(x, [1, 0])));
        Assert.Equal(new long[] { 6, 5, 4, 3, 2, 1 }, ElementCodec.ToLongs(ShapeKernels.Reverse(x, [0, 1])));
        Assert.Equal(new long[] { 2, 5 }, ElementCodec.ToLongs(ShapeKernels.Slice(x, [0, 1], [2, 3], [1, 2])));
        var row = TestTensors.Ints(ElementType.I16, [3], 7, 8, 9);
        Assert.Equal(new long[] { 7, 8, 9, 7, 8, 9 }, ElementCodec.ToLongs(ShapeKernels.BroadcastInDim(row, [2, 3], [1])));
        Assert.Equal(new long[] { 1, 2, 3, 7, 4, 5, 6, 7 }, ElementCodec.ToLongs(ShapeKernels.Concatenate([x, TestTensors.Ints(ElementType.I16, [2, 1], 7, 7)], 1)));
        Assert.Equal(new long[] { 5, 6 }, ElementCodec.ToLongs(ShapeKernels.DynamicSlice(x, [5, 1], [1, 2])));
        Assert.Equal(new long[] { 1, 2, 3, 4, 0, 0 }, ElementCodec.ToLongs(ShapeKernels.DynamicUpdateSlice(x, TestTensors.Ints(ElementType.I16, [1, 2], 0, 0), [9, 9])));
    }

    [Fact]
    public void LinalgSolvesAndFactorises()
    {
        var a = TestTensors.Doubles(ElementType.F64, [3, 3], 4, 12, -16, 12, 37, -43, -16, -43, 98);
        var l = ElementCodec.ToDoubles(LinalgKernels.Cholesky(a, lower: true));
        Assert.Equal(new double[] { 2, 0, 0, 6, 1, 0, -8, 5, 3 }, l);
        var lower = TestTensors.Doubles(ElementType.F64, [2, 2], 2, 0, 1, 4);
        var b = TestTensors.Doubles(ElementType.F64, [2, 1], 4, 10);
        Assert.Equal(new double[] { 2, 2 }, ElementCodec.ToDoubles(LinalgKernels.TriangularSolve(lower, b, true, true, false, TransposeKind.NoTranspose)));

        // x A^T = b with A lower: A^T = [[2,1],[0,4]]; x = [1, 2] gives b = [2, 9]
        var bRow = TestTensors.Doubles(ElementType.F64, [1, 2], 2, 9);
        Assert.Equal(new double[] { 1, 2 }, ElementCodec.ToDoubles(LinalgKernels.TriangularSolve(lower, bRow, false, true, false, TransposeKind.Transpose)));
    }

    [Fact]
    public void FftRoundTripsAndMatchesDft()
    {
        var x = TestTensors.Doubles(ElementType.F32, [4], 1, 2, 3, 4);
        var spectrum = FftKernel.Fft(x, FftType.Rfft, [4], ElementType.C64, [3]);
        var s = ElementCodec.ToComplex(spectrum);
        Assert.Equal(10, s[0].Real, 5);
        Assert.Equal(-2, s[1].Real, 5);
        Assert.Equal(2, s[1].Imaginary, 5);
        var back = FftKernel.Fft(spectrum, FftType.Irfft, [4], ElementType.F32, [4]);
        TestTensors.AssertClose([1, 2, 3, 4], ElementCodec.ToDoubles(back), 1e-6);
    }

    [Fact]
    public void BatchNormTrainingNormalises()
    {
        var x = TestTensors.Doubles(ElementType.F32, [2, 2], 1, 10, 3, 30);
        var scale = TestTensors.Doubles(ElementType.F32, [2], 1, 2);
        var offset = TestTensors.Doubles(ElementType.F32, [2], 0, 1);
        var r = BatchNormKernels.Training(x, scale, offset, 0, 1);
        Assert.Equal(new double[] { 2, 20 }, ElementCodec.ToDoubles(r[1]));
        Assert.Equal(new double[] { 1, 100 }, ElementCodec.ToDoubles(r[2]));
        Assert.Equal(new double[] { -1, -1, 1, 3 }, ElementCodec.ToDoubles(r[0]));
    }
}
