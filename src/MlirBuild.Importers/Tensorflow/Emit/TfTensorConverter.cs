using System.Buffers.Binary;
using Google.Protobuf;
using MlirBuild.Importers.Tensorflow.Graph;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow.Emit;

/// <summary>
/// TensorProto → dense elements attribute. <c>tensor_content</c> is used as raw bytes without copying; typed value
/// lists are packed once into one buffer (a single value becomes a splat; a shorter list repeats its last value, as
/// TensorFlow does). Sizes are checked before any allocation.
/// </summary>
internal static class TfTensorConverter
{
    /// <summary>Largest constant built from typed value lists (tensor_content is already in memory, so unbounded).</summary>
    private const long MaxExpandedBytes = 1L << 31;

    public static MlirAttribute Convert(TensorProto tensor, out string? error)
    {
        error = null;
        if (tensor.TensorShape?.UnknownRank == true || (tensor.TensorShape?.Dim.Any(d => d.Size < 0) ?? false))
        {
            error = "constant tensor has an unknown or negative dimension";
            return UnitAttr.Instance;
        }

        var dims = TfDataTypes.Dims(tensor.TensorShape);
        long count = TfDataTypes.ElementCount(dims);
        if (count < 0)
        {
            error = $"constant shape [{string.Join(",", dims)}] overflows";
            return UnitAttr.Instance;
        }

        var valueType = new TfValueType(tensor.Dtype, dims);
        var type = (ShapedType)TfMlirTypes.Tensor(valueType);
        if (tensor.Dtype == DataType.DtString)
        {
            return Strings(type, tensor, count, out error);
        }

        int size = DenseElementsAttr.ElementStorageBytesOf(type.ElementType);
        if (size == 0 || TfDataTypes.ByteSize(tensor.Dtype) != size)
        {
            // Resource, variant and quantized constants keep their serialized proto, as the tf dialect does.
            return new OpaqueAttr("tf_type", $"tf_type.tensor_proto<\"0x{Convert(tensor.ToByteArray())}\">");
        }

        if (count > long.MaxValue / 16)
        {
            error = $"constant shape [{string.Join(",", dims)}] overflows";
            return UnitAttr.Instance;
        }

        long bytes = count * size;
        if (!tensor.TensorContent.IsEmpty)
        {
            if (tensor.TensorContent.Length != bytes)
            {
                error = $"tensor_content has {tensor.TensorContent.Length} bytes but shape [{string.Join(",", dims)}] of {tensor.Dtype} needs {bytes}";
                return UnitAttr.Instance;
            }

            return DenseElementsAttr.Create(type, tensor.TensorContent.Memory);
        }

        var values = ValueBytes(tensor, size, out int valueCount);
        if (count == 0)
        {
            return new DenseElementsAttr(type, ReadOnlyMemory<byte>.Empty, false);
        }

        if (valueCount > count)
        {
            error = $"constant has {valueCount} values for {count} elements";
            return UnitAttr.Instance;
        }

        if (valueCount <= 1)
        {
            return new DenseElementsAttr(type, valueCount == 0 ? new byte[size] : values, true);
        }

        if (bytes > MaxExpandedBytes)
        {
            error = $"constant of {bytes} bytes is too large";
            return UnitAttr.Instance;
        }

        if (valueCount == count)
        {
            return DenseElementsAttr.Create(type, values);
        }

        var full = new byte[bytes];
        values.CopyTo(full);
        var last = values.AsSpan((valueCount - 1) * size, size);
        for (long i = valueCount; i < count; i++)
        {
            last.CopyTo(full.AsSpan((int)(i * size)));
        }

        return DenseElementsAttr.Create(type, full);
    }

    /// <summary>Integer values of a constant (int32/int64), or null if it is not a small integer tensor.</summary>
    public static long[]? Ints(TensorProto tensor)
    {
        long count = TfDataTypes.ElementCount(TfDataTypes.Dims(tensor.TensorShape));
        if (count < 0 || count > 1024 || tensor.Dtype is not (DataType.DtInt32 or DataType.DtInt64))
        {
            return null;
        }

        int size = tensor.Dtype == DataType.DtInt32 ? 4 : 8;
        var result = new long[count];
        if (!tensor.TensorContent.IsEmpty)
        {
            if (tensor.TensorContent.Length != count * size)
            {
                return null;
            }

            var span = tensor.TensorContent.Span;
            for (int i = 0; i < count; i++)
            {
                result[i] = size == 4 ? BinaryPrimitives.ReadInt32LittleEndian(span[(i * 4)..]) : BinaryPrimitives.ReadInt64LittleEndian(span[(i * 8)..]);
            }

            return result;
        }

        IReadOnlyList<long> values = size == 4 ? tensor.IntVal.Select(v => (long)v).ToList() : tensor.Int64Val;
        if (values.Count > count || (values.Count == 0 && count > 0))
        {
            return values.Count == 0 ? result : null;
        }

        for (int i = 0; i < count; i++)
        {
            result[i] = values[Math.Min(i, values.Count - 1)];
        }

        return result;
    }

    private static byte[] ValueBytes(TensorProto t, int size, out int count)
    {
        switch (t.Dtype)
        {
            case DataType.DtFloat:
                count = t.FloatVal.Count;
                return Pack(t.FloatVal, 4, (s, v) => BinaryPrimitives.WriteSingleLittleEndian(s, v));
            case DataType.DtDouble:
                count = t.DoubleVal.Count;
                return Pack(t.DoubleVal, 8, (s, v) => BinaryPrimitives.WriteDoubleLittleEndian(s, v));
            case DataType.DtHalf or DataType.DtBfloat16:
                count = t.HalfVal.Count;
                return Pack(t.HalfVal, 2, (s, v) => BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)v));
            case DataType.DtInt64:
                count = t.Int64Val.Count;
                return Pack(t.Int64Val, 8, (s, v) => BinaryPrimitives.WriteInt64LittleEndian(s, v));
            case DataType.DtUint32:
                count = t.Uint32Val.Count;
                return Pack(t.Uint32Val, 4, (s, v) => BinaryPrimitives.WriteUInt32LittleEndian(s, v));
            case DataType.DtUint64:
                count = t.Uint64Val.Count;
                return Pack(t.Uint64Val, 8, (s, v) => BinaryPrimitives.WriteUInt64LittleEndian(s, v));
            case DataType.DtBool:
                count = t.BoolVal.Count;
                return Pack(t.BoolVal, 1, (s, v) => s[0] = v ? (byte)1 : (byte)0);
            case DataType.DtComplex64:
                count = t.ScomplexVal.Count / 2;
                return Pack(t.ScomplexVal.Take(count * 2).ToList(), 4, (s, v) => BinaryPrimitives.WriteSingleLittleEndian(s, v));
            case DataType.DtComplex128:
                count = t.DcomplexVal.Count / 2;
                return Pack(t.DcomplexVal.Take(count * 2).ToList(), 8, (s, v) => BinaryPrimitives.WriteDoubleLittleEndian(s, v));
            case DataType.DtFloat8E5M2 or DataType.DtFloat8E4M3Fn or DataType.DtFloat8E4M3Fnuz or DataType.DtFloat8E4M3B11Fnuz or DataType.DtFloat8E5M2Fnuz:
                count = t.Float8Val.Length;
                return t.Float8Val.ToByteArray();
            default:
                // int8/16/32, uint8/16 travel in int_val.
                count = t.IntVal.Count;
                return Pack(t.IntVal, size, (s, v) =>
                {
                    Span<byte> four = stackalloc byte[4];
                    BinaryPrimitives.WriteInt32LittleEndian(four, v);
                    four[..s.Length].CopyTo(s);
                });
        }
    }

    private delegate void Writer<T>(Span<byte> destination, T value);

    private static byte[] Pack<T>(IReadOnlyList<T> values, int size, Writer<T> write)
    {
        var buffer = new byte[values.Count * size];
        for (int i = 0; i < values.Count; i++)
        {
            write(buffer.AsSpan(i * size, size), values[i]);
        }

        return buffer;
    }

    private static MlirAttribute Strings(ShapedType type, TensorProto tensor, long count, out string? error)
    {
        error = null;
        if (tensor.StringVal.Count > count)
        {
            error = $"constant has {tensor.StringVal.Count} strings for {count} elements";
            return UnitAttr.Instance;
        }

        if (tensor.StringVal.Count <= 1 && count > 0)
        {
            var one = tensor.StringVal.Count == 0 ? ByteString.Empty : tensor.StringVal[0];
            return new DenseStringElementsAttr(type, new EquatableArray<byte>[] { one.ToByteArray() }, true);
        }

        if (count > 1_000_000)
        {
            error = $"string constant with {count} elements is too large";
            return UnitAttr.Instance;
        }

        var items = new EquatableArray<byte>[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = tensor.StringVal[Math.Min(i, tensor.StringVal.Count - 1)].ToByteArray();
        }

        return new DenseStringElementsAttr(type, items, false);
    }

    private static string Convert(byte[] bytes) => System.Convert.ToHexString(bytes);
}
