using MlirBuild.Importers.Tensorflow.Graph;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow.Emit;

/// <summary>
/// TensorFlow element types as MLIR types, spelled as the tf dialect does: builtin types where one exists, else
/// <c>!tf_type.*</c> opaque types (string, resource, variant, quantized and reference types).
/// </summary>
internal static class TfMlirTypes
{
    public static MlirType Element(DataType t) => t switch
    {
        DataType.DtFloat => FloatType.F32,
        DataType.DtDouble => FloatType.F64,
        DataType.DtHalf => FloatType.F16,
        DataType.DtBfloat16 => FloatType.BF16,
        DataType.DtInt8 => IntegerType.I8,
        DataType.DtInt16 => IntegerType.I16,
        DataType.DtInt32 => IntegerType.I32,
        DataType.DtInt64 => IntegerType.I64,
        DataType.DtUint8 => new IntegerType(8, Signedness.Unsigned),
        DataType.DtUint16 => new IntegerType(16, Signedness.Unsigned),
        DataType.DtUint32 => new IntegerType(32, Signedness.Unsigned),
        DataType.DtUint64 => new IntegerType(64, Signedness.Unsigned),
        DataType.DtInt4 => new IntegerType(4),
        DataType.DtUint4 => new IntegerType(4, Signedness.Unsigned),
        DataType.DtBool => IntegerType.I1,
        DataType.DtComplex64 => new ComplexType(FloatType.F32),
        DataType.DtComplex128 => new ComplexType(FloatType.F64),
        DataType.DtFloat8E5M2 => new FloatType(FloatKind.F8E5M2),
        DataType.DtFloat8E4M3Fn => new FloatType(FloatKind.F8E4M3FN),
        DataType.DtFloat8E4M3Fnuz => new FloatType(FloatKind.F8E4M3FNUZ),
        DataType.DtFloat8E4M3B11Fnuz => new FloatType(FloatKind.F8E4M3B11FNUZ),
        DataType.DtFloat8E5M2Fnuz => new FloatType(FloatKind.F8E5M2FNUZ),
        DataType.DtString => Opaque("string"),
        DataType.DtResource => Opaque("resource"),
        DataType.DtVariant => Opaque("variant"),
        DataType.DtQint8 => Opaque("qint8"),
        DataType.DtQuint8 => Opaque("quint8"),
        DataType.DtQint16 => Opaque("qint16"),
        DataType.DtQuint16 => Opaque("quint16"),
        DataType.DtQint32 => Opaque("qint32"),
        _ when TfDataTypes.IsRef(t) => Opaque(RefName(TfDataTypes.Base(t))),
        _ => Opaque("unknown"),
    };

    public static MlirType Tensor(TfValueType t)
    {
        var element = Element(t.Dtype);
        return t.Shape is null
            ? new UnrankedTensorType(element)
            : RankedTensorType.Get(t.Shape.Select(d => d < 0 ? ShapedType.DynamicSize : d).ToArray(), element);
    }

    /// <summary>Shape attribute spelling of the tf dialect: <c>#tf_type.shape&lt;1x?x3&gt;</c>, <c>&lt;*&gt;</c> unranked.</summary>
    public static MlirAttribute ShapeAttr(TensorShapeProto shape)
    {
        string body = shape.UnknownRank ? "*"
            : string.Join("x", shape.Dim.Select(d => d.Size < 0 ? "?" : d.Size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new OpaqueAttr("tf_type", $"tf_type.shape<{body}>");
    }

    private static OpaqueType Opaque(string name) => new("tf_type", "tf_type." + name);

    private static string RefName(DataType t) => t switch
    {
        DataType.DtFloat => "f32ref",
        DataType.DtDouble => "f64ref",
        DataType.DtHalf => "f16ref",
        DataType.DtBfloat16 => "bf16ref",
        DataType.DtInt8 => "int8ref",
        DataType.DtInt16 => "int16ref",
        DataType.DtInt32 => "int32ref",
        DataType.DtInt64 => "int64ref",
        DataType.DtUint8 => "uint8ref",
        DataType.DtUint16 => "uint16ref",
        DataType.DtUint32 => "uint32ref",
        DataType.DtUint64 => "uint64ref",
        DataType.DtBool => "boolref",
        DataType.DtString => "stringref",
        DataType.DtResource => "resourceref",
        DataType.DtVariant => "variantref",
        DataType.DtComplex64 => "complex64ref",
        DataType.DtComplex128 => "complex128ref",
        _ => "unknownref",
    };
}
