using System.Buffers.Binary;
using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// Turns a TensorProto into an <see cref="OnnxTensor"/>: checks the shape (no negative dims, no overflow), finds
/// the one data source (raw_data, a typed field, or external data), and checks its size against the shape before
/// allocating anything, so a tiny file cannot declare a huge tensor.
/// </summary>
internal static class OnnxTensorDecoder
{
    public static OnnxTensor? Decode(TensorProto proto, string? baseDirectory, OnnxReport report, string where)
    {
        var dims = proto.Dims.ToArray();
        if (!OnnxDataTypes.IsKnown(proto.DataType))
        {
            report.Error(where, $"unsupported tensor element type {proto.DataType}");
            return null;
        }

        var type = (OnnxDataType)proto.DataType;
        if (dims.Any(d => d < 0))
        {
            report.Error(where, $"negative dimension in shape [{string.Join(", ", dims)}]");
            return null;
        }

        if (!OnnxShapes.TryElementCount(dims, out var count))
        {
            report.Error(where, $"element count of shape [{string.Join(", ", dims)}] overflows");
            return null;
        }

        if (proto.Segment is not null)
        {
            report.Error(where, "segmented tensors (TensorProto.segment) are not supported");
            return null;
        }

        var external = proto.HasDataLocation && proto.DataLocation == TensorProto.Types.DataLocation.External;
        var sources = CountSources(proto, external);
        if (sources > 1)
        {
            report.Error(where, "tensor has more than one data source (raw_data, typed data fields, external data)");
            return null;
        }

        if (type == OnnxDataType.String)
        {
            return DecodeStrings(proto, dims, count, external, report, where);
        }

        var bytes = OnnxShapes.ByteSize(count, OnnxDataTypes.BitWidth(type));
        if (bytes < 0 || bytes > OnnxShapes.MaxTensorBytes)
        {
            report.Error(where, $"{OnnxDataTypes.Name(type)} tensor of shape {OnnxShapes.Format(dims)} is too large ({count} elements)");
            return null;
        }

        if (external)
        {
            var data = OnnxExternalData.Read(proto, baseDirectory, bytes, report, where);
            return data is null ? null : new OnnxTensor(proto.Name, type, dims, data);
        }

        if (proto.HasRawData)
        {
            if (proto.RawData.Length != bytes)
            {
                report.Error(where, $"raw_data has {proto.RawData.Length} bytes but a {OnnxDataTypes.Name(type)} tensor of shape {OnnxShapes.Format(dims)} needs {bytes}");
                return null;
            }

            return new OnnxTensor(proto.Name, type, dims, proto.RawData.Memory);
        }

        var raw = DecodeTypedFields(proto, type, count, (int)bytes, report, where);
        return raw is null ? null : new OnnxTensor(proto.Name, type, dims, raw);
    }

    private static int CountSources(TensorProto p, bool external)
    {
        var n = 0;
        n += p.HasRawData ? 1 : 0;
        n += external ? 1 : 0;
        n += p.FloatData.Count > 0 ? 1 : 0;
        n += p.Int32Data.Count > 0 ? 1 : 0;
        n += p.StringData.Count > 0 ? 1 : 0;
        n += p.Int64Data.Count > 0 ? 1 : 0;
        n += p.DoubleData.Count > 0 ? 1 : 0;
        n += p.Uint64Data.Count > 0 ? 1 : 0;
        return n;
    }

    private static OnnxTensor? DecodeStrings(TensorProto proto, long[] dims, long count, bool external, OnnxReport report, string where)
    {
        if (external || proto.HasRawData)
        {
            report.Error(where, "string tensors must use string_data (raw_data and external data cannot hold strings)");
            return null;
        }

        if (proto.StringData.Count != count)
        {
            report.Error(where, $"string_data has {proto.StringData.Count} elements but shape {OnnxShapes.Format(dims)} needs {count}");
            return null;
        }

        var strings = new ReadOnlyMemory<byte>[proto.StringData.Count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = proto.StringData[i].Memory;
        }

        return new OnnxTensor(proto.Name, OnnxDataType.String, dims, ReadOnlyMemory<byte>.Empty, strings);
    }

    /// <summary>Packs the typed repeated field that ONNX uses for this element type into little-endian bytes.</summary>
    private static byte[]? DecodeTypedFields(TensorProto p, OnnxDataType type, long count, int bytes, OnnxReport report, string where)
    {
        var (field, values) = type switch
        {
            OnnxDataType.Float => ("float_data", p.FloatData.Count),
            OnnxDataType.Complex64 => ("float_data", p.FloatData.Count),
            OnnxDataType.Double or OnnxDataType.Complex128 => ("double_data", p.DoubleData.Count),
            OnnxDataType.Int64 => ("int64_data", p.Int64Data.Count),
            OnnxDataType.UInt32 or OnnxDataType.UInt64 => ("uint64_data", p.Uint64Data.Count),
            OnnxDataType.UInt4 or OnnxDataType.Int4 or OnnxDataType.Float4E2M1 => ("int32_data", p.Int32Data.Count),
            _ => ("int32_data", p.Int32Data.Count),
        };
        var expected = type is OnnxDataType.Complex64 or OnnxDataType.Complex128 ? count * 2 : count;
        if (type is OnnxDataType.UInt4 or OnnxDataType.Int4 or OnnxDataType.Float4E2M1)
        {
            // Two 4-bit values per int32_data entry, as in raw_data.
            expected = (count + 1) / 2;
        }

        if (values != expected)
        {
            var what = values == 0 && CountSources(p, false) == 0 ? "tensor has no data" : $"{field} has {values} values";
            report.Error(where, $"{what} but a {OnnxDataTypes.Name(type)} tensor of shape {OnnxShapes.Format(p.Dims.ToArray())} needs {expected} in {field}");
            return null;
        }

        var result = new byte[bytes];
        var span = result.AsSpan();
        switch (type)
        {
            case OnnxDataType.Float or OnnxDataType.Complex64:
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(span[(i * 4)..], p.FloatData[i]);
                }

                break;
            case OnnxDataType.Double or OnnxDataType.Complex128:
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(span[(i * 8)..], p.DoubleData[i]);
                }

                break;
            case OnnxDataType.Int64:
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteInt64LittleEndian(span[(i * 8)..], p.Int64Data[i]);
                }

                break;
            case OnnxDataType.UInt64:
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteUInt64LittleEndian(span[(i * 8)..], p.Uint64Data[i]);
                }

                break;
            case OnnxDataType.UInt32:
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(span[(i * 4)..], unchecked((uint)p.Uint64Data[i]));
                }

                break;
            case OnnxDataType.Int32:
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(span[(i * 4)..], p.Int32Data[i]);
                }

                break;
            case OnnxDataType.Int16 or OnnxDataType.UInt16 or OnnxDataType.Float16 or OnnxDataType.BFloat16:
                // float16/bfloat16 are stored as their bit patterns in the low 16 bits.
                for (var i = 0; i < values; i++)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(span[(i * 2)..], unchecked((ushort)p.Int32Data[i]));
                }

                break;
            case OnnxDataType.Bool:
                for (var i = 0; i < values; i++)
                {
                    result[i] = p.Int32Data[i] != 0 ? (byte)1 : (byte)0;
                }

                break;
            default:
                // int8, uint8, the float8 kinds (bit patterns) and the packed 4-bit types: one byte each.
                for (var i = 0; i < values; i++)
                {
                    result[i] = unchecked((byte)p.Int32Data[i]);
                }

                break;
        }

        return result;
    }
}
