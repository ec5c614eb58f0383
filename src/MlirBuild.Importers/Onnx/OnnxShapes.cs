namespace MlirBuild.Importers.Onnx;

/// <summary>Overflow-checked arithmetic on tensor shapes.</summary>
public static class OnnxShapes
{
    /// <summary>Largest tensor payload we hold in one managed array.</summary>
    public const long MaxTensorBytes = 0x7FFF_FFC7;

    /// <summary>Product of the dims; false when a dim is negative or the product overflows a long.</summary>
    public static bool TryElementCount(IReadOnlyList<long> dims, out long count)
    {
        count = 1;
        foreach (var d in dims)
        {
            if (d < 0)
            {
                count = -1;
                return false;
            }

            if (d != 0 && count > long.MaxValue / d)
            {
                count = -1;
                return false;
            }

            count *= d;
        }

        return true;
    }

    /// <summary>Bytes needed for <paramref name="count"/> elements of <paramref name="bitWidth"/> bits; -1 on overflow.</summary>
    public static long ByteSize(long count, int bitWidth)
    {
        if (count < 0 || bitWidth <= 0)
        {
            return -1;
        }

        if (bitWidth < 8)
        {
            return (count + 1) / 2;
        }

        var bytes = bitWidth / 8;
        return count > long.MaxValue / bytes ? -1 : count * bytes;
    }

    public static string Format(IReadOnlyList<long> dims) =>
        dims.Count == 0 ? "scalar" : string.Join("x", dims.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
