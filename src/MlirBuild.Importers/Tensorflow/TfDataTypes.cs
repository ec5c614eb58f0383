using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow;

/// <summary>Facts about TensorFlow element types: storage size, names.</summary>
internal static class TfDataTypes
{
    /// <summary>Bytes per element in packed little-endian storage, or 0 for types without a fixed size.</summary>
    public static int ByteSize(DataType t) => Base(t) switch
    {
        DataType.DtFloat or DataType.DtInt32 or DataType.DtUint32 or DataType.DtQint32 => 4,
        DataType.DtDouble or DataType.DtInt64 or DataType.DtUint64 or DataType.DtComplex64 => 8,
        DataType.DtComplex128 => 16,
        DataType.DtInt16 or DataType.DtUint16 or DataType.DtHalf or DataType.DtBfloat16 or DataType.DtQint16 or DataType.DtQuint16 => 2,
        DataType.DtInt8 or DataType.DtUint8 or DataType.DtBool or DataType.DtQint8 or DataType.DtQuint8 => 1,
        DataType.DtFloat8E5M2 or DataType.DtFloat8E4M3Fn or DataType.DtFloat8E4M3Fnuz or DataType.DtFloat8E4M3B11Fnuz or DataType.DtFloat8E5M2Fnuz => 1,
        DataType.DtInt4 or DataType.DtUint4 => 1,
        _ => 0,
    };

    /// <summary>The value type of a reference type (DT_FLOAT_REF -> DT_FLOAT).</summary>
    public static DataType Base(DataType t) => (int)t > 100 ? (DataType)((int)t - 100) : t;

    public static bool IsRef(DataType t) => (int)t > 100;

    /// <summary>Multiplies dimensions, or returns -1 when unknown (negative dims) and -2 on overflow past 2^62.</summary>
    public static long ElementCount(IReadOnlyList<long> shape)
    {
        long n = 1;
        foreach (long d in shape)
        {
            if (d < 0)
            {
                return -1;
            }

            if (d != 0 && n > (1L << 62) / d)
            {
                return -2;
            }

            n *= d;
        }

        return n;
    }

    public static long[] Dims(TensorShapeProto? shape) =>
        shape is null ? [] : shape.Dim.Select(d => d.Size).ToArray();
}
