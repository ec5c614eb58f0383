using System.Numerics;
using System.Runtime.InteropServices;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>Which C# number type a kernel computes in for a given element type.</summary>
internal enum Domain { Float32, Float64, Int64, Complex }

/// <summary>Moves tensors into and out of typed arrays for generic numeric kernels (GEMM, convolution).</summary>
internal static class ComputeDomain
{
    /// <summary>f32 stays f32 (fast path); other floats compute in double; integers in long; complex in Complex.</summary>
    public static Domain For(ElementType operand, ElementType result) =>
        operand.IsComplex || result.IsComplex ? Domain.Complex
        : operand.IsIntegerOrBool && result.IsIntegerOrBool ? Domain.Int64
        : operand is { Kind: ElementKind.Float, Bits: 32 } && result is { Kind: ElementKind.Float, Bits: 32 } ? Domain.Float32
        : Domain.Float64;

    public static T[] ToArray<T>(Tensor t)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            if (t.ElementType is { Kind: ElementKind.Float, Bits: 32 })
            {
                return (T[])(object)t.Span<float>().ToArray();
            }

            var d = ElementCodec.ToDoubles(t);
            var f = new float[d.Length];
            for (int i = 0; i < d.Length; i++)
            {
                f[i] = (float)d[i];
            }

            return (T[])(object)f;
        }

        if (typeof(T) == typeof(double))
        {
            return (T[])(object)ElementCodec.ToDoubles(t);
        }

        if (typeof(T) == typeof(long))
        {
            return (T[])(object)ElementCodec.ToLongs(t);
        }

        return (T[])(object)ElementCodec.ToComplex(t);
    }

    public static Tensor FromArray<T>(ElementType type, int[] shape, T[] values)
        where T : unmanaged
    {
        if (typeof(T) == typeof(float))
        {
            var f = (float[])(object)values;
            if (type is { Kind: ElementKind.Float, Bits: 32 })
            {
                return new Tensor(type, shape, MemoryMarshal.AsBytes(f.AsSpan()).ToArray());
            }

            var d = new double[f.Length];
            for (int i = 0; i < f.Length; i++)
            {
                d[i] = f[i];
            }

            return ElementCodec.FromDoubles(type, shape, d);
        }

        if (typeof(T) == typeof(double))
        {
            return ElementCodec.FromDoubles(type, shape, (double[])(object)values);
        }

        if (typeof(T) == typeof(long))
        {
            var longs = (long[])(object)values;
            if (type.Kind == ElementKind.Bool)
            {
                for (int i = 0; i < longs.Length; i++)
                {
                    longs[i] = longs[i] != 0 ? 1 : 0;
                }
            }

            return ElementCodec.FromLongs(type, shape, longs);
        }

        return type.IsComplex
            ? ElementCodec.FromComplex(type, shape, (Complex[])(object)values)
            : ElementCodec.FromDoubles(type, shape, ((Complex[])(object)values).Select(c => c.Real).ToArray());
    }
}
