using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// ONNX element and value types as MLIR types. Tensors are builtin tensors (signed ints signless, unsigned ints
/// ui*, bool i1); strings, sequences, optionals and maps are onnx dialect types (!onnx.string, !onnx.seq&lt;T&gt;,
/// !onnx.opt&lt;T&gt;, !onnx.map&lt;K, V&gt;), matching the generated OnnxOps.td. A value whose type the model does not
/// state is !onnx.unknown until type inference runs.
/// </summary>
public static class OnnxTypeMapper
{
    public static readonly OpaqueType StringElement = new("onnx", "onnx.string");

    public static readonly OpaqueType Unknown = new("onnx", "onnx.unknown");

    /// <summary>The MLIR element type of an ONNX data type, or null for undefined/unknown values.</summary>
    public static MlirType? ElementType(OnnxDataType type) => type switch
    {
        OnnxDataType.Float => FloatType.F32,
        OnnxDataType.Double => FloatType.F64,
        OnnxDataType.Float16 => FloatType.F16,
        OnnxDataType.BFloat16 => FloatType.BF16,
        OnnxDataType.Int8 => IntegerType.I8,
        OnnxDataType.Int16 => IntegerType.I16,
        OnnxDataType.Int32 => IntegerType.I32,
        OnnxDataType.Int64 => IntegerType.I64,
        OnnxDataType.Int4 => new IntegerType(4),
        OnnxDataType.UInt8 => new IntegerType(8, Signedness.Unsigned),
        OnnxDataType.UInt16 => new IntegerType(16, Signedness.Unsigned),
        OnnxDataType.UInt32 => new IntegerType(32, Signedness.Unsigned),
        OnnxDataType.UInt64 => new IntegerType(64, Signedness.Unsigned),
        OnnxDataType.UInt4 => new IntegerType(4, Signedness.Unsigned),
        OnnxDataType.Bool => IntegerType.I1,
        OnnxDataType.Complex64 => new ComplexType(FloatType.F32),
        OnnxDataType.Complex128 => new ComplexType(FloatType.F64),
        OnnxDataType.String => StringElement,
        OnnxDataType.Float8E4M3FN => new FloatType(FloatKind.F8E4M3FN),
        OnnxDataType.Float8E4M3FNUZ => new FloatType(FloatKind.F8E4M3FNUZ),
        OnnxDataType.Float8E5M2 => new FloatType(FloatKind.F8E5M2),
        OnnxDataType.Float8E5M2FNUZ => new FloatType(FloatKind.F8E5M2FNUZ),
        OnnxDataType.Float4E2M1 => new FloatType(FloatKind.F4E2M1FN),
        _ => null,
    };

    /// <summary>The static tensor type of a decoded tensor.</summary>
    public static RankedTensorType? TensorType(OnnxTensor tensor) =>
        ElementType(tensor.DataType) is { } element ? new RankedTensorType(tensor.Dims.ToArray(), element) : null;

    /// <summary>Maps a TypeProto; reports (and returns null for) element types that cannot be represented.</summary>
    internal static MlirType? Map(TypeProto? type, OnnxReport report, string where)
    {
        if (type is null)
        {
            return Unknown;
        }

        switch (type.ValueCase)
        {
            case TypeProto.ValueOneofCase.TensorType:
                return MapTensor(type.TensorType.ElemType, type.TensorType.Shape, report, where);
            case TypeProto.ValueOneofCase.SparseTensorType:
                var dense = MapTensor(type.SparseTensorType.ElemType, type.SparseTensorType.Shape, report, where);
                return dense is null ? null : new OpaqueType("onnx", "onnx.sparse_tensor<" + dense + ">");
            case TypeProto.ValueOneofCase.SequenceType:
                return Wrap("seq", Map(type.SequenceType.ElemType, report, where));
            case TypeProto.ValueOneofCase.OptionalType:
                return Wrap("opt", Map(type.OptionalType.ElemType, report, where));
            case TypeProto.ValueOneofCase.MapType:
                var key = ElementOf(type.MapType.KeyType, report, where);
                var value = Map(type.MapType.ValueType, report, where);
                return key is null || value is null ? null : new OpaqueType("onnx", $"onnx.map<{key}, {value}>");
            case TypeProto.ValueOneofCase.OpaqueType:
                return new OpaqueType("onnx", "onnx.opaque<" + Quote(type.OpaqueType.Domain) + ", " + Quote(type.OpaqueType.Name) + ">");
            default:
                return Unknown;
        }
    }

    private static MlirType? Wrap(string kind, MlirType? inner) =>
        inner is null ? null : new OpaqueType("onnx", "onnx." + kind + "<" + inner + ">");

    private static MlirType? ElementOf(int elemType, OnnxReport report, string where)
    {
        if (elemType == 0)
        {
            return Unknown;
        }

        var element = OnnxDataTypes.IsKnown(elemType) ? ElementType((OnnxDataType)elemType) : null;
        if (element is null)
        {
            report.Error(where, $"element type {elemType} cannot be represented (not an ONNX data type this importer knows)");
        }

        return element;
    }

    private static MlirType? MapTensor(int elemType, TensorShapeProto? shape, OnnxReport report, string where)
    {
        var element = ElementOf(elemType, report, where);
        if (element is null)
        {
            return null;
        }

        if (shape is null)
        {
            return new UnrankedTensorType(element);
        }

        var dims = new long[shape.Dim.Count];
        for (var i = 0; i < dims.Length; i++)
        {
            var d = shape.Dim[i];
            if (d.ValueCase == TensorShapeProto.Types.Dimension.ValueOneofCase.DimValue)
            {
                if (d.DimValue < 0)
                {
                    report.Error(where, $"dimension {i} is negative ({d.DimValue})");
                    return null;
                }

                dims[i] = d.DimValue;
            }
            else
            {
                dims[i] = ShapedType.DynamicSize;
            }
        }

        return new RankedTensorType(dims, element);
    }

    private static string Quote(string s)
    {
        var b = new System.Text.StringBuilder("\"");
        foreach (var c in s)
        {
            b.Append(c is '"' or '\\' ? "\\" + c : c < ' ' ? "\\" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        return b.Append('"').ToString();
    }
}
