using System.Runtime.InteropServices;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>convert, bitcast_convert and reduce_precision.</summary>
public static class ConvertKernels
{
    public static Tensor Convert(Tensor x, ElementType target)
    {
        var source = x.ElementType;
        if (source == target)
        {
            return x;
        }

        int n = x.ElementCount;
        var result = Tensor.Create(target, x.Shape, out var buffer);
        var src = x.Bytes;
        if (target.IsComplex)
        {
            for (int i = 0; i < n; i++)
            {
                ElementCodec.WriteComplex(target, buffer, i, ElementCodec.ReadComplex(source, src, i));
            }

            return result;
        }

        if (source.IsIntegerOrBool && target.IsIntegerOrBool)
        {
            for (int i = 0; i < n; i++)
            {
                long v = ElementCodec.ReadLong(source, src, i);
                ElementCodec.WriteLong(target, buffer, i, target.Kind == ElementKind.Bool ? (v != 0 ? 1 : 0) : v);
            }

            return result;
        }

        if (source is { Kind: ElementKind.Float, Bits: 32 } && target == ElementType.BF16)
        {
            var f = x.Span<float>();
            var dst = MemoryMarshal.Cast<byte, ushort>(buffer.AsSpan());
            for (int i = 0; i < n; i++)
            {
                dst[i] = FloatFormat.FloatToBf16(f[i]);
            }

            return result;
        }

        if (source.IsIntegerOrBool && target.IsFloat)
        {
            for (int i = 0; i < n; i++)
            {
                long v = ElementCodec.ReadLong(source, src, i);
                double d = source.IsUnsigned ? (ulong)v : v;
                if (target.Bits == 32)
                {
                    // long -> float rounds once, correctly; going through double could round twice.
                    float f = source.IsUnsigned ? (ulong)v : v;
                    MemoryMarshal.Cast<byte, float>(buffer.AsSpan())[i] = f;
                }
                else
                {
                    ElementCodec.WriteDouble(target, buffer, i, d);
                }
            }

            return result;
        }

        if (source.IsComplex)
        {
            for (int i = 0; i < n; i++)
            {
                ElementCodec.WriteDouble(target, buffer, i, ElementCodec.ReadComplex(source, src, i).Real);
            }

            return result;
        }

        // float -> float or float -> integer: exact decode to double, one rounding on encode.
        for (int i = 0; i < n; i++)
        {
            double v = ElementCodec.ReadDouble(source, src, i);
            if (target.IsIntegerOrBool)
            {
                ElementCodec.WriteLong(target, buffer, i, ElementCodec.FloatToInt(target, v));
            }
            else
            {
                ElementCodec.WriteDouble(target, buffer, i, v);
            }
        }

        return result;
    }

    /// <summary>Reinterprets the bits; a narrower result gains a trailing dimension, a wider one loses it.</summary>
    public static Tensor BitcastConvert(Tensor x, ElementType target, int[] resultShape)
    {
        if ((long)ShapeMath.Count(resultShape) * target.ByteSize != x.Bytes.Length)
        {
            throw new InterpreterException($"bitcast_convert: {x} does not fit {target} x {ShapeMath.Format(resultShape)}");
        }

        if (target.Kind == ElementKind.Bool || x.ElementType.Kind == ElementKind.Bool || target.Bits < 8)
        {
            // normalise sub-byte storage through the integer path
            var longs = new long[x.ElementCount];
            for (int i = 0; i < longs.Length; i++)
            {
                longs[i] = (long)ElementCodec.ReadBits(x.ElementType, x.Bytes, i);
            }

            return ElementCodec.FromLongs(target, resultShape, longs);
        }

        return new Tensor(target, resultShape, x.Data);
    }

    /// <summary>Rounds to a float with the given exponent and mantissa widths (ties to even), then back to the type.</summary>
    public static Tensor ReducePrecision(Tensor x, int exponentBits, int mantissaBits)
    {
        var values = ElementCodec.ToDoubles(x);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ReducePrecision(values[i], exponentBits, mantissaBits);
        }

        return ElementCodec.FromDoubles(x.ElementType, x.Shape, values);
    }

    public static double ReducePrecision(double value, int exponentBits, int mantissaBits)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        ulong bits = BitConverter.DoubleToUInt64Bits(value);
        if (mantissaBits < 52)
        {
            int drop = 52 - mantissaBits;
            ulong lastKept = (bits >> drop) & 1;
            ulong bias = (1UL << (drop - 1)) - 1 + lastKept;
            bits = (bits + bias) & ~((1UL << drop) - 1);
        }

        double rounded = BitConverter.UInt64BitsToDouble(bits);
        if (exponentBits < 11 && rounded != 0 && !double.IsInfinity(rounded))
        {
            int maxExponent = (1 << (exponentBits - 1)) - 1;
            int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
            if (exponent > maxExponent)
            {
                return double.CopySign(double.PositiveInfinity, value);
            }

            if (exponent < 1 - maxExponent)
            {
                return double.CopySign(0.0, value);
            }
        }

        return rounded;
    }
}
