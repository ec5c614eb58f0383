using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>Decodes SequenceProto, OptionalProto and MapProto values (and tensors inside them) with the tensor checks.</summary>
internal static class OnnxValueDecoder
{
    /// <summary>Nesting beyond this is refused (protobuf's own recursion limit is reached far earlier anyway).</summary>
    private const int MaxDepth = 32;

    public static OnnxValue? Sequence(SequenceProto proto, string? baseDirectory, OnnxReport report, string where, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            report.Error(where, "values are nested too deeply");
            return null;
        }

        var elements = new List<OnnxValue>();
        var ok = true;
        void Add(OnnxValue? v)
        {
            ok &= v is not null;
            if (v is not null)
            {
                elements.Add(v);
            }
        }

        var kinds = (proto.TensorValues.Count > 0 ? 1 : 0) + (proto.SparseTensorValues.Count > 0 ? 1 : 0) +
            (proto.SequenceValues.Count > 0 ? 1 : 0) + (proto.MapValues.Count > 0 ? 1 : 0) + (proto.OptionalValues.Count > 0 ? 1 : 0);
        if (kinds > 1)
        {
            report.Error(where, "sequence mixes element kinds");
            return null;
        }

        if (proto.SparseTensorValues.Count > 0)
        {
            report.Error(where, "sequences of sparse tensors are not supported");
            return null;
        }

        for (var i = 0; i < proto.TensorValues.Count; i++)
        {
            Add(Tensor(proto.TensorValues[i], baseDirectory, report, $"{where}[{i}]"));
        }

        for (var i = 0; i < proto.SequenceValues.Count; i++)
        {
            Add(Sequence(proto.SequenceValues[i], baseDirectory, report, $"{where}[{i}]", depth + 1));
        }

        for (var i = 0; i < proto.MapValues.Count; i++)
        {
            Add(Map(proto.MapValues[i], baseDirectory, report, $"{where}[{i}]", depth + 1));
        }

        for (var i = 0; i < proto.OptionalValues.Count; i++)
        {
            Add(Optional(proto.OptionalValues[i], baseDirectory, report, $"{where}[{i}]", depth + 1));
        }

        return ok ? new OnnxSequenceValue(proto.Name, elements) : null;
    }

    public static OnnxValue? Optional(OptionalProto proto, string? baseDirectory, OnnxReport report, string where, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            report.Error(where, "values are nested too deeply");
            return null;
        }

        // An absent sub-message means an empty optional (None).
        var (present, decode) = proto.ElemType switch
        {
            (int)OptionalProto.Types.DataType.Undefined => (false, (Func<OnnxValue?>?)null),
            (int)OptionalProto.Types.DataType.Tensor => (proto.TensorValue is not null, () => Tensor(proto.TensorValue!, baseDirectory, report, where)),
            (int)OptionalProto.Types.DataType.Sequence => (proto.SequenceValue is not null, () => Sequence(proto.SequenceValue!, baseDirectory, report, where, depth + 1)),
            (int)OptionalProto.Types.DataType.Map => (proto.MapValue is not null, () => Map(proto.MapValue!, baseDirectory, report, where, depth + 1)),
            (int)OptionalProto.Types.DataType.Optional => (proto.OptionalValue is not null, () => Optional(proto.OptionalValue!, baseDirectory, report, where, depth + 1)),
            _ => (false, null),
        };
        if (decode is null && proto.ElemType != (int)OptionalProto.Types.DataType.Undefined)
        {
            report.Error(where, $"optional element type {proto.ElemType} is not supported");
            return null;
        }

        if (!present)
        {
            return new OnnxOptionalValue(proto.Name, null);
        }

        var element = decode!();
        return element is null ? null : new OnnxOptionalValue(proto.Name, element);
    }

    public static OnnxValue? Map(MapProto proto, string? baseDirectory, OnnxReport report, string where, int depth = 0)
    {
        var stringKeys = proto.KeyType == (int)OnnxDataType.String;
        var keyCount = stringKeys ? proto.StringKeys.Count : proto.Keys.Count;
        var values = proto.Values is null ? new OnnxSequenceValue("", []) : Sequence(proto.Values, baseDirectory, report, where + " values", depth + 1) as OnnxSequenceValue;
        if (values is null)
        {
            return null;
        }

        if (values.Elements.Count != keyCount)
        {
            report.Error(where, $"map has {keyCount} keys but {values.Elements.Count} values");
            return null;
        }

        OnnxTensor keys;
        if (stringKeys)
        {
            keys = new OnnxTensor("keys", OnnxDataType.String, [keyCount], ReadOnlyMemory<byte>.Empty, [.. proto.StringKeys.Select(k => k.Memory)]);
        }
        else if (OnnxDataTypes.IsKnown(proto.KeyType) && OnnxDataTypes.BitWidth((OnnxDataType)proto.KeyType) is 8 or 16 or 32 or 64)
        {
            var type = (OnnxDataType)proto.KeyType;
            var width = OnnxDataTypes.BitWidth(type) / 8;
            var raw = new byte[keyCount * width];
            Span<byte> full = stackalloc byte[8];
            for (var i = 0; i < keyCount; i++)
            {
                // Little-endian truncation of the int64 key to the key type's width.
                System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(full, proto.Keys[i]);
                full[..width].CopyTo(raw.AsSpan(i * width));
            }

            keys = new OnnxTensor("keys", type, [keyCount], raw);
        }
        else
        {
            report.Error(where, $"map key type {proto.KeyType} is not supported");
            return null;
        }

        return new OnnxMapValue(proto.Name, keys, values);
    }

    private static OnnxValue? Tensor(TensorProto proto, string? baseDirectory, OnnxReport report, string where) =>
        OnnxTensorDecoder.Decode(proto, baseDirectory, report, where) is { } t ? new OnnxTensorValue(t) : null;
}
