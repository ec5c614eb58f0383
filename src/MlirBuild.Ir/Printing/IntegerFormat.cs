using System.Numerics;

namespace MlirBuild.Ir;

/// <summary>Two's-complement helpers for fixed-width integers held as BigInteger.</summary>
public static class IntegerFormat
{
    /// <summary>Truncates to <paramref name="width"/> bits and reads them signed or unsigned.</summary>
    public static BigInteger Normalize(BigInteger value, int width, bool signed)
    {
        BigInteger mod = BigInteger.One << width;
        BigInteger v = value % mod;
        if (v.Sign < 0)
        {
            v += mod;
        }

        if (signed && width > 0 && v >= (mod >> 1))
        {
            v -= mod;
        }

        return v;
    }

    /// <summary>Writes a decimal integer (fast path for 64-bit values).</summary>
    public static void Write(AsmWriter w, BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            w.Write((long)value);
        }
        else
        {
            w.Write(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>True when <paramref name="value"/> fits in <paramref name="width"/> bits signed or unsigned.</summary>
    public static bool FitsSignedOrUnsigned(BigInteger value, int width)
    {
        BigInteger mod = BigInteger.One << width;
        return value >= -(mod >> 1) && value < mod;
    }
}
