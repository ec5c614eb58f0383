using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests;

/// <summary>Seeded random tensors and flat index helpers for the reference loops.</summary>
internal static class TestTensors
{
    /// <summary>A quiet NaN with the sign bit clear (double.NaN has it set on .NET).</summary>
    public static readonly double PositiveNaN = BitConverter.UInt64BitsToDouble(0x7FF8000000000000);

    public static Tensor RandomF64(Random random, params int[] shape)
    {
        var values = new double[ShapeMath.Count(shape)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Round((random.NextDouble() * 4) - 2, 3);
        }

        return ElementCodec.FromDoubles(ElementType.F64, shape, values);
    }

    public static Tensor RandomF32(Random random, params int[] shape)
    {
        var values = new double[ShapeMath.Count(shape)];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.Next(-8, 9) / 4.0; // exact in f32, so sums are exact too
        }

        return ElementCodec.FromDoubles(ElementType.F32, shape, values);
    }

    public static Tensor Ints(ElementType type, int[] shape, params long[] values) => ElementCodec.FromLongs(type, shape, values);

    public static Tensor Doubles(ElementType type, int[] shape, params double[] values) => ElementCodec.FromDoubles(type, shape, values);

    public static int Flat(int[] shape, params int[] index)
    {
        int flat = 0;
        for (int i = 0; i < shape.Length; i++)
        {
            flat = (flat * shape[i]) + index[i];
        }

        return flat;
    }

    public static void AssertClose(double[] expected, double[] actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i].Equals(actual[i]))
            {
                continue;
            }

            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])), $"element {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
