using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace MlirBuild.Interpreter.Tensors;

/// <summary>
/// Moves tensor elements between storage and the three compute domains kernels work in: double (all real floats and,
/// for mixed work, integers), long (integers, unsigned as bit patterns) and Complex. f32 and f64 kernels read the
/// typed spans directly instead; these are the general paths.
/// </summary>
public static class ElementCodec
{
    public static long ReadLong(ElementType type, ReadOnlySpan<byte> data, int index)
    {
        long raw = type.ByteSize switch
        {
            1 => data[index],
            2 => BinaryPrimitives.ReadUInt16LittleEndian(data[(index * 2)..]),
            4 => BinaryPrimitives.ReadUInt32LittleEndian(data[(index * 4)..]),
            _ => BinaryPrimitives.ReadInt64LittleEndian(data[(index * 8)..]),
        };
        return type.Kind == ElementKind.Bool ? (raw != 0 ? 1 : 0) : type.Wrap(raw);
    }

    public static void WriteLong(ElementType type, Span<byte> data, int index, long value)
    {
        value = type.Kind == ElementKind.Bool ? (value != 0 ? 1 : 0) : type.Wrap(value);
        switch (type.ByteSize)
        {
            case 1:
                data[index] = (byte)(type.Bits < 8 ? value & ((1L << type.Bits) - 1) : value);
                break;
            case 2:
                BinaryPrimitives.WriteInt16LittleEndian(data[(index * 2)..], (short)value);
                break;
            case 4:
                BinaryPrimitives.WriteInt32LittleEndian(data[(index * 4)..], (int)value);
                break;
            default:
                BinaryPrimitives.WriteInt64LittleEndian(data[(index * 8)..], value);
                break;
        }
    }

    public static ulong ReadBits(ElementType type, ReadOnlySpan<byte> data, int index) => type.ByteSize switch
    {
        1 => data[index],
        2 => BinaryPrimitives.ReadUInt16LittleEndian(data[(index * 2)..]),
        4 => BinaryPrimitives.ReadUInt32LittleEndian(data[(index * 4)..]),
        _ => BinaryPrimitives.ReadUInt64LittleEndian(data[(index * 8)..]),
    };

    public static double ReadDouble(ElementType type, ReadOnlySpan<byte> data, int index)
    {
        switch (type.Kind)
        {
            case ElementKind.Float:
                return type.Format!.Decode(ReadBits(type, data, index));
            case ElementKind.Complex:
                return type.Bits == 64 ? MemoryMarshal.Cast<byte, float>(data)[index * 2] : MemoryMarshal.Cast<byte, double>(data)[index * 2];
            case ElementKind.UnsignedInt:
                return (ulong)ReadLong(type, data, index);
            default:
                return ReadLong(type, data, index);
        }
    }

    public static void WriteDouble(ElementType type, Span<byte> data, int index, double value)
    {
        switch (type.Kind)
        {
            case ElementKind.Float:
                ulong bits = type.Format!.Encode(value);
                switch (type.ByteSize)
                {
                    case 1: data[index] = (byte)bits; break;
                    case 2: BinaryPrimitives.WriteUInt16LittleEndian(data[(index * 2)..], (ushort)bits); break;
                    case 4: BinaryPrimitives.WriteUInt32LittleEndian(data[(index * 4)..], (uint)bits); break;
                    default: BinaryPrimitives.WriteUInt64LittleEndian(data[(index * 8)..], bits); break;
                }

                break;
            case ElementKind.Complex:
                WriteComplex(type, data, index, new Complex(value, 0));
                break;
            default:
                WriteLong(type, data, index, FloatToInt(type, value));
                break;
        }
    }

    /// <summary>Float to integer as StableHLO's convert does it: truncation toward zero, saturating, NaN to 0.</summary>
    public static long FloatToInt(ElementType type, double value)
    {
        if (type.Kind == ElementKind.Bool)
        {
            return value != 0 ? 1 : 0;
        }

        if (double.IsNaN(value))
        {
            return 0;
        }

        value = Math.Truncate(value);
        if (type.IsUnsigned)
        {
            if (value <= 0)
            {
                return 0;
            }

            double max = type.Bits == 64 ? 18446744073709551615.0 : (double)(ulong)type.IntMax;
            return value >= max ? type.IntMax : (long)(ulong)value;
        }

        if (value <= type.IntMin)
        {
            return type.IntMin;
        }

        return value >= type.IntMax ? type.IntMax : (long)value;
    }

    public static Complex ReadComplex(ElementType type, ReadOnlySpan<byte> data, int index)
    {
        if (type.Kind != ElementKind.Complex)
        {
            return new Complex(ReadDouble(type, data, index), 0);
        }

        if (type.Bits == 64)
        {
            var f = MemoryMarshal.Cast<byte, float>(data);
            return new Complex(f[index * 2], f[(index * 2) + 1]);
        }

        var d = MemoryMarshal.Cast<byte, double>(data);
        return new Complex(d[index * 2], d[(index * 2) + 1]);
    }

    public static void WriteComplex(ElementType type, Span<byte> data, int index, Complex value)
    {
        if (type.Bits == 64)
        {
            var f = MemoryMarshal.Cast<byte, float>(data);
            f[index * 2] = (float)value.Real;
            f[(index * 2) + 1] = (float)value.Imaginary;
        }
        else
        {
            var d = MemoryMarshal.Cast<byte, double>(data);
            d[index * 2] = value.Real;
            d[(index * 2) + 1] = value.Imaginary;
        }
    }

    public static double[] ToDoubles(Tensor t)
    {
        var result = new double[t.ElementCount];
        var data = t.Bytes;
        switch (t.ElementType)
        {
            case { Kind: ElementKind.Float, Bits: 32 }:
                var f = t.Span<float>();
                for (int i = 0; i < f.Length; i++)
                {
                    result[i] = f[i];
                }

                return result;
            case { Kind: ElementKind.Float, Bits: 64 }:
                t.Span<double>().CopyTo(result);
                return result;
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] = ReadDouble(t.ElementType, data, i);
        }

        return result;
    }

    public static Tensor FromDoubles(ElementType type, int[] shape, ReadOnlySpan<double> values)
    {
        var result = Tensor.Create(type, shape, out var buffer);
        if (type is { Kind: ElementKind.Float, Bits: 64 })
        {
            values.CopyTo(MemoryMarshal.Cast<byte, double>(buffer.AsSpan()));
            return result;
        }

        if (type is { Kind: ElementKind.Float, Bits: 32 })
        {
            var f = MemoryMarshal.Cast<byte, float>(buffer.AsSpan());
            for (int i = 0; i < values.Length; i++)
            {
                f[i] = (float)values[i];
            }

            return result;
        }

        for (int i = 0; i < values.Length; i++)
        {
            WriteDouble(type, buffer, i, values[i]);
        }

        return result;
    }

    public static long[] ToLongs(Tensor t)
    {
        var result = new long[t.ElementCount];
        var data = t.Bytes;
        if (t.ElementType.IsFloat)
        {
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (long)ReadDouble(t.ElementType, data, i);
            }

            return result;
        }

        for (int i = 0; i < result.Length; i++)
        {
            result[i] = ReadLong(t.ElementType, data, i);
        }

        return result;
    }

    public static Tensor FromLongs(ElementType type, int[] shape, ReadOnlySpan<long> values)
    {
        var result = Tensor.Create(type, shape, out var buffer);
        for (int i = 0; i < values.Length; i++)
        {
            WriteLong(type, buffer, i, values[i]);
        }

        return result;
    }

    public static Complex[] ToComplex(Tensor t)
    {
        var result = new Complex[t.ElementCount];
        var data = t.Bytes;
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = ReadComplex(t.ElementType, data, i);
        }

        return result;
    }

    public static Tensor FromComplex(ElementType type, int[] shape, ReadOnlySpan<Complex> values)
    {
        var result = Tensor.Create(type, shape, out var buffer);
        for (int i = 0; i < values.Length; i++)
        {
            WriteComplex(type, buffer, i, values[i]);
        }

        return result;
    }

    /// <summary>A 0-d tensor holding one value, handy for scalars and tests.</summary>
    public static Tensor Scalar(ElementType type, double value) => type.IsIntegerOrBool
        ? FromLongs(type, [], [(long)value])
        : FromDoubles(type, [], [value]);
}
