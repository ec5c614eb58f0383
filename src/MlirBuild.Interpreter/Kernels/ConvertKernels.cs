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

    /// <summary>
    /// Reinterprets the bits; a narrower result gains a trailing dimension, a wider one loses it. Elements are
    /// concatenated least significant bit first (little-endian, as the reference interpreter does, so i1 x 64 -> i64
    /// takes element 0 as bit 0).
    /// </summary>
    public static Tensor BitcastConvert(Tensor x, ElementType target, int[] resultShape)
    {
        int sourceBits = x.ElementType.Bits;
        if ((long)ShapeMath.Count(resultShape) * target.Bits != (long)x.ElementCount * sourceBits)
        {
            throw new InterpreterException($"bitcast_convert: {x} does not fit {target} x {ShapeMath.Format(resultShape)}");
        }

        if (sourceBits % 8 == 0 && target.Bits % 8 == 0 && x.ElementType.Kind != ElementKind.Bool && target.Kind != ElementKind.Bool)
        {
            return new Tensor(target, resultShape, x.Data); // whole bytes: the little-endian buffers already agree
        }

        // sub-byte or i1 elements are stored one per byte: go through a bit stream
        var source = x.Bytes;
        var result = Tensor.Create(target, resultShape, out var buffer);
        int count = ShapeMath.Count(resultShape);
        int sourceIndex = 0;
        ulong current = 0;
        int available = 0;
        for (int i = 0; i < count; i++)
        {
            ulong value = 0;
            for (int got = 0; got < target.Bits;)
            {
                if (available == 0)
                {
                    current = ElementCodec.ReadBits(x.ElementType, source, sourceIndex++) & Mask(sourceBits);
                    available = sourceBits;
                }

                int take = Math.Min(available, target.Bits - got);
                value |= (current & Mask(take)) << got;
                current = take == 64 ? 0 : current >> take;
                available -= take;
                got += take;
            }

            WriteBits(target, buffer, i, value);
        }

        return result;
    }

    private static ulong Mask(int bits) => bits >= 64 ? ulong.MaxValue : (1UL << bits) - 1;

    private static void WriteBits(ElementType type, Span<byte> data, int index, ulong bits)
    {
        switch (type.ByteSize)
        {
            case 1: data[index] = (byte)bits; break;
            case 2: System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(data[(index * 2)..], (ushort)bits); break;
            case 4: System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(data[(index * 4)..], (uint)bits); break;
            default: System.Buffers.Binary.BinaryPrimitives.WriteUInt64LittleEndian(data[(index * 8)..], bits); break;
        }
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
        if (double.IsNaN(value) && mantissaBits == 0)
        {
            // no mantissa bit is left to mark a NaN: it becomes an infinity of its sign (XLA, the reference interpreter)
            return double.IsNegative(value) ? double.NegativeInfinity : double.PositiveInfinity;
        }

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
