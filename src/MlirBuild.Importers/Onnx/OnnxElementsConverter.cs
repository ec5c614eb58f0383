using MlirBuild.Ir;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// Decoded tensors as MLIR dense elements attributes. Bytes are shared with the tensor where the layouts agree;
/// bool is normalized to 0/1 and the packed 4-bit types are unpacked to one byte per element (MLIR's storage).
/// </summary>
public static class OnnxElementsConverter
{
    /// <summary>The attribute for a tensor, or null when its element type has no MLIR representation.</summary>
    public static MlirAttribute? ToAttribute(OnnxTensor tensor)
    {
        var type = OnnxTypeMapper.TensorType(tensor);
        if (type is null)
        {
            return null;
        }

        if (tensor.DataType == OnnxDataType.String)
        {
            var elements = new EquatableArray<byte>[tensor.Strings.Count];
            for (var i = 0; i < elements.Length; i++)
            {
                elements[i] = new EquatableArray<byte>(tensor.Strings[i].ToArray());
            }

            var splat = elements.Length > 1 && elements.All(e => e.Equals(elements[0]));
            return new DenseStringElementsAttr(type, splat ? new EquatableArray<EquatableArray<byte>>([elements[0]]) : new EquatableArray<EquatableArray<byte>>(elements), splat);
        }

        return DenseElementsAttr.Create(type, StorageBytes(tensor));
    }

    /// <summary>The tensor's elements in MLIR's dense storage layout.</summary>
    public static ReadOnlyMemory<byte> StorageBytes(OnnxTensor tensor)
    {
        var raw = tensor.RawData;
        switch (tensor.DataType)
        {
            case OnnxDataType.Bool:
                if (raw.Span.IndexOfAnyExcept((byte)0, (byte)1) < 0)
                {
                    return raw;
                }

                var bools = raw.ToArray();
                for (var i = 0; i < bools.Length; i++)
                {
                    bools[i] = bools[i] != 0 ? (byte)1 : (byte)0;
                }

                return bools;
            case OnnxDataType.Int4 or OnnxDataType.UInt4 or OnnxDataType.Float4E2M1:
                return Unpack4(raw.Span, tensor.ElementCount);
            default:
                return raw;
        }
    }

    private static byte[] Unpack4(ReadOnlySpan<byte> packed, long count)
    {
        var result = new byte[count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (byte)((packed[i / 2] >> (i % 2 * 4)) & 0xF);
        }

        return result;
    }
}
