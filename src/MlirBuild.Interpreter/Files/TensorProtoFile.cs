using System.Buffers.Binary;
using Google.Protobuf;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Files;

/// <summary>
/// ONNX TensorProto (.pb) files: the few fields a tensor needs (dims, data_type, name, raw_data and the typed
/// repeated fields), read with protobuf's CodedInputStream; written with raw_data.
/// </summary>
public static class TensorProtoFile
{
    // onnx.TensorProto.DataType values
    private static ElementType? TypeOf(int dataType) => dataType switch
    {
        1 => ElementType.F32,
        2 => ElementType.U8,
        3 => ElementType.I8,
        4 => ElementType.U16,
        5 => ElementType.I16,
        6 => ElementType.I32,
        7 => ElementType.I64,
        9 => ElementType.I1,
        10 => ElementType.F16,
        11 => ElementType.F64,
        12 => ElementType.U32,
        13 => ElementType.U64,
        14 => ElementType.C64,
        15 => ElementType.C128,
        16 => ElementType.BF16,
        17 => ElementType.Float(FloatFormat.F8E4M3FN),
        18 => ElementType.Float(FloatFormat.F8E4M3FNUZ),
        19 => ElementType.Float(FloatFormat.F8E5M2),
        20 => ElementType.Float(FloatFormat.F8E5M2FNUZ),
        _ => null,
    };

    private static int DataTypeOf(ElementType type)
    {
        for (int i = 1; i <= 20; i++)
        {
            if (TypeOf(i) == type)
            {
                return i;
            }
        }

        throw new TensorFileException($"{type} has no ONNX data type");
    }

    public static NamedTensor Read(byte[] bytes, string file)
    {
        var dims = new List<long>();
        int dataType = 0;
        string name = string.Empty;
        byte[]? raw = null;
        var floats = new List<float>();
        var ints = new List<long>();
        var doubles = new List<double>();
        var uints = new List<ulong>();
        try
        {
            var input = new CodedInputStream(bytes);
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                int field = WireFormat.GetTagFieldNumber(tag);
                var wire = WireFormat.GetTagWireType(tag);
                bool packed = wire == WireFormat.WireType.LengthDelimited;
                switch (field)
                {
                    case 1: ReadRepeated(input, packed, () => dims.Add(input.ReadInt64())); break;
                    case 2: dataType = input.ReadInt32(); break;
                    case 4: ReadRepeated(input, packed, () => floats.Add(input.ReadFloat())); break;
                    case 5: ReadRepeated(input, packed, () => ints.Add(input.ReadInt32())); break;
                    case 7: ReadRepeated(input, packed, () => ints.Add(input.ReadInt64())); break;
                    case 8: name = input.ReadString(); break;
                    case 9: raw = input.ReadBytes().ToByteArray(); break;
                    case 10: ReadRepeated(input, packed, () => doubles.Add(input.ReadDouble())); break;
                    case 11: ReadRepeated(input, packed, () => uints.Add(input.ReadUInt64())); break;
                    case 14:
                        if (input.ReadInt32() != 0)
                        {
                            throw new TensorFileException($"{file}: external tensor data is not supported");
                        }

                        break;
                    default: input.SkipLastField(); break;
                }
            }
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new TensorFileException($"{file}: not a TensorProto ({e.Message})");
        }

        var type = TypeOf(dataType) ?? throw new TensorFileException($"{file}: ONNX data type {dataType} is not supported");
        if (dims.Any(d => d < 0 || d > int.MaxValue))
        {
            throw new TensorFileException($"{file}: bad dimensions [{string.Join(", ", dims)}]");
        }

        var shape = dims.Select(d => (int)d).ToArray();
        int count = ShapeMath.Count(shape);
        if (raw is not null)
        {
            if (raw.Length != (long)count * type.ByteSize)
            {
                throw new TensorFileException($"{file}: raw_data of {raw.Length} bytes does not hold {type} {ShapeMath.Format(shape)}");
            }

            return new NamedTensor(name, new Tensor(type, shape, raw));
        }

        var result = Tensor.Create(type, shape, out var buffer);
        int parts = type.IsComplex ? 2 : 1;
        int available = floats.Count + ints.Count + doubles.Count + uints.Count;
        if (available != count * parts)
        {
            throw new TensorFileException($"{file}: {available} values for {count} elements of {type}");
        }

        for (int i = 0; i < count * parts; i++)
        {
            if (floats.Count > 0)
            {
                BinaryPrimitives.WriteSingleLittleEndian(buffer.AsSpan(i * 4), floats[i]);
            }
            else if (doubles.Count > 0)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(i * 8), doubles[i]);
            }
            else if (uints.Count > 0)
            {
                ElementCodec.WriteLong(type, buffer, i, (long)uints[i]);
            }
            else
            {
                // int32_data carries f16/bf16/f8 as their bit patterns, the integer types as values
                ElementCodec.WriteLong(type.IsFloat ? ElementType.UnsignedInt(type.Bits) : type, buffer, i, ints[i]);
            }
        }

        return new NamedTensor(name, result);
    }

    private static void ReadRepeated(CodedInputStream input, bool packed, Action readOne)
    {
        if (!packed)
        {
            readOne();
            return;
        }

        int length = input.ReadLength();
        int end = (int)input.Position + length;
        while (input.Position < end)
        {
            readOne();
        }
    }

    public static byte[] Write(NamedTensor named)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        foreach (int d in named.Tensor.Shape)
        {
            output.WriteTag(1, WireFormat.WireType.Varint);
            output.WriteInt64(d);
        }

        output.WriteTag(2, WireFormat.WireType.Varint);
        output.WriteInt32(DataTypeOf(named.Tensor.ElementType));
        if (named.Name.Length > 0)
        {
            output.WriteTag(8, WireFormat.WireType.LengthDelimited);
            output.WriteString(named.Name);
        }

        output.WriteTag(9, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(named.Tensor.Bytes));
        output.Flush();
        return stream.ToArray();
    }
}
