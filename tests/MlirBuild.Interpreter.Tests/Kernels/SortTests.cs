using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

public sealed class SortTests
{
    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    public void SortIsStableAlongTheDimension(int seed)
    {
        var random = new Random(seed);
        int rows = 3;
        int length = random.Next(1, 60);
        var keys = Enumerable.Range(0, rows * length).Select(_ => (long)random.Next(0, 5)).ToArray();
        var payload = Enumerable.Range(0, rows * length).Select(i => (long)i).ToArray();
        var keyT = TestTensors.Ints(ElementType.I32, [rows, length], keys);
        var payloadT = TestTensors.Ints(ElementType.I32, [rows, length], payload);
        var sorted = SortKernel.Sort([keyT, payloadT], 1, args => ElementCodec.ToLongs(args[0])[0] < ElementCodec.ToLongs(args[1])[0]);
        var sortedPayload = ElementCodec.ToLongs(sorted[1]);
        for (int r = 0; r < rows; r++)
        {
            // LINQ's OrderBy is stable: the independent reference
            var expected = Enumerable.Range(0, length).OrderBy(i => keys[(r * length) + i]).Select(i => payload[(r * length) + i]);
            Assert.Equal(expected, sortedPayload.Skip(r * length).Take(length));
        }
    }

    [Fact]
    public void SortsAlongTheFirstDimensionWithTotalOrderFloats()
    {
        var x = TestTensors.Doubles(ElementType.F32, [4, 1], TestTensors.PositiveNaN, 1, double.NegativeInfinity, -0.0);
        var sorted = SortKernel.Sort([x], 0, args => CompareKernels.Compare(args[0], args[1], ComparisonDirection.LT, ComparisonType.TotalOrder).Bytes[0] != 0);
        var v = ElementCodec.ToDoubles(sorted[0]);
        Assert.Equal(double.NegativeInfinity, v[0]);
        Assert.True(double.IsNegative(v[1]) && v[1] == 0);
        Assert.Equal(1, v[2]);
        Assert.True(double.IsNaN(v[3]));
    }
}
