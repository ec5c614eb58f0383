namespace MlirBuild.Importers.Onnx;

/// <summary>ONNX TensorProto.DataType values (the element types of tensors), as numbered by the format.</summary>
public enum OnnxDataType
{
    Undefined = 0,
    Float = 1,
    UInt8 = 2,
    Int8 = 3,
    UInt16 = 4,
    Int16 = 5,
    Int32 = 6,
    Int64 = 7,
    String = 8,
    Bool = 9,
    Float16 = 10,
    Double = 11,
    UInt32 = 12,
    UInt64 = 13,
    Complex64 = 14,
    Complex128 = 15,
    BFloat16 = 16,
    Float8E4M3FN = 17,
    Float8E4M3FNUZ = 18,
    Float8E5M2 = 19,
    Float8E5M2FNUZ = 20,
    UInt4 = 21,
    Int4 = 22,
    Float4E2M1 = 23,
}

/// <summary>Facts about element types: storage width and the ONNX spelling used in messages.</summary>
public static class OnnxDataTypes
{
    /// <summary>Bits per element in raw_data (4 for the packed sub-byte types); 0 for strings and unknown values.</summary>
    public static int BitWidth(OnnxDataType type) => type switch
    {
        OnnxDataType.Bool or OnnxDataType.UInt8 or OnnxDataType.Int8 => 8,
        OnnxDataType.Float8E4M3FN or OnnxDataType.Float8E4M3FNUZ => 8,
        OnnxDataType.Float8E5M2 or OnnxDataType.Float8E5M2FNUZ => 8,
        OnnxDataType.UInt16 or OnnxDataType.Int16 or OnnxDataType.Float16 or OnnxDataType.BFloat16 => 16,
        OnnxDataType.Float or OnnxDataType.Int32 or OnnxDataType.UInt32 => 32,
        OnnxDataType.Double or OnnxDataType.Int64 or OnnxDataType.UInt64 or OnnxDataType.Complex64 => 64,
        OnnxDataType.Complex128 => 128,
        OnnxDataType.UInt4 or OnnxDataType.Int4 or OnnxDataType.Float4E2M1 => 4,
        _ => 0,
    };

    /// <summary>Whether the value names an element type this importer knows (strings included).</summary>
    public static bool IsKnown(int value) => value is > 0 and <= (int)OnnxDataType.Float4E2M1;

    /// <summary>The ONNX type-string spelling (tensor(float) says "float").</summary>
    public static string Name(OnnxDataType type) => type switch
    {
        OnnxDataType.Float => "float",
        OnnxDataType.UInt8 => "uint8",
        OnnxDataType.Int8 => "int8",
        OnnxDataType.UInt16 => "uint16",
        OnnxDataType.Int16 => "int16",
        OnnxDataType.Int32 => "int32",
        OnnxDataType.Int64 => "int64",
        OnnxDataType.String => "string",
        OnnxDataType.Bool => "bool",
        OnnxDataType.Float16 => "float16",
        OnnxDataType.Double => "double",
        OnnxDataType.UInt32 => "uint32",
        OnnxDataType.UInt64 => "uint64",
        OnnxDataType.Complex64 => "complex64",
        OnnxDataType.Complex128 => "complex128",
        OnnxDataType.BFloat16 => "bfloat16",
        OnnxDataType.Float8E4M3FN => "float8e4m3fn",
        OnnxDataType.Float8E4M3FNUZ => "float8e4m3fnuz",
        OnnxDataType.Float8E5M2 => "float8e5m2",
        OnnxDataType.Float8E5M2FNUZ => "float8e5m2fnuz",
        OnnxDataType.UInt4 => "uint4",
        OnnxDataType.Int4 => "int4",
        OnnxDataType.Float4E2M1 => "float4e2m1",
        _ => "undefined(" + ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
    };
}
