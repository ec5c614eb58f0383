using System.Buffers.Binary;
using System.Runtime.InteropServices;
using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>
/// Turns TF.js weight bytes into TensorFlow tensor bytes: plain weights are sliced without copying; quantized
/// ones (uint8/uint16 with scale and min, or float16) are expanded into one new buffer per weight.
/// </summary>
internal static class TfjsWeightDecoder
{
    public static DataType? DataTypeOf(string dtype) => dtype switch
    {
        "float32" => DataType.DtFloat,
        "int32" => DataType.DtInt32,
        "bool" => DataType.DtBool,
        "uint8" => DataType.DtUint8,
        "int8" => DataType.DtInt8,
        "int16" => DataType.DtInt16,
        "uint16" => DataType.DtUint16,
        "int64" => DataType.DtInt64,
        "float16" => DataType.DtHalf,
        "complex64" => DataType.DtComplex64,
        "string" => DataType.DtString,
        _ => null,
    };

    /// <summary>Stored bytes per element of a quantization dtype, or 0 if unknown.</summary>
    public static int QuantizedSize(string dtype) => dtype switch
    {
        "uint8" => 1,
        "uint16" => 2,
        "float16" => 2,
        _ => 0,
    };

    /// <summary>Dequantizes <paramref name="stored"/> into little-endian values of <paramref name="target"/>.</summary>
    public static byte[] Dequantize(ReadOnlySpan<byte> stored, string quantDtype, double scale, double min, DataType target, long count)
    {
        var output = new byte[checked((int)(count * TfDataTypes.ByteSize(target)))];
        if (target == DataType.DtFloat)
        {
            var dst = MemoryMarshal.Cast<byte, float>(output.AsSpan());
            switch (quantDtype)
            {
                case "uint8":
                    for (int i = 0; i < dst.Length; i++)
                    {
                        dst[i] = (float)((stored[i] * scale) + min);
                    }

                    break;
                case "uint16":
                    var u16 = MemoryMarshal.Cast<byte, ushort>(stored);
                    for (int i = 0; i < dst.Length; i++)
                    {
                        dst[i] = (float)((u16[i] * scale) + min);
                    }

                    break;
                default: // float16, converted with SIMD
                    System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(MemoryMarshal.Cast<byte, Half>(stored), dst);
                    break;
            }

            if (!BitConverter.IsLittleEndian)
            {
                throw new PlatformNotSupportedException("big-endian hosts");
            }

            return output;
        }

        // Integer weights quantized as integers round to the nearest value, as TF.js does.
        for (long i = 0; i < count; i++)
        {
            double v = quantDtype switch
            {
                "uint8" => (stored[(int)i] * scale) + min,
                "uint16" => (BinaryPrimitives.ReadUInt16LittleEndian(stored[(int)(i * 2)..]) * scale) + min,
                _ => (double)BinaryPrimitives.ReadHalfLittleEndian(stored[(int)(i * 2)..]),
            };
            BinaryPrimitives.WriteInt32LittleEndian(output.AsSpan((int)(i * 4)), (int)Math.Round(v));
        }

        return output;
    }
}
