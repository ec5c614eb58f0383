using System.Numerics;

namespace MlirBuild.Ir;

/// <summary>How a float format treats the all-ones exponent.</summary>
public enum NonFiniteBehavior
{
    /// <summary>IEEE 754: infinities and NaNs.</summary>
    Ieee,

    /// <summary>No infinities; NaN is all-ones (FN) or negative zero (FNUZ).</summary>
    NanOnly,

    /// <summary>Neither infinities nor NaNs (f6/f4 FN types).</summary>
    FiniteOnly,
}

/// <summary>A decoded float: sign, category and for finite values <c>Significand * 2^Exponent</c>.</summary>
public readonly record struct DecodedFloat(bool Negative, FloatCategory Category, BigInteger Significand, int Exponent);

public enum FloatCategory
{
    Zero,
    Normal,
    Infinity,
    NaN,
}

/// <summary>
/// Bit layout and rounding of one float format, modelled on LLVM's fltSemantics (precision includes the implicit bit;
/// exponents are unbiased). Used to decode raw bits for printing and to round parsed values into the format.
/// </summary>
public sealed class FloatSemantics
{
    private static readonly FloatSemantics[] All = Build();

    private FloatSemantics(int maxExponent, int minExponent, int precision, int totalBits, NonFiniteBehavior nonFinite = NonFiniteBehavior.Ieee, bool nanIsNegativeZero = false, bool hasZeroAndSign = true)
    {
        MaxExponent = maxExponent;
        MinExponent = minExponent;
        Precision = precision;
        TotalBits = totalBits;
        NonFinite = nonFinite;
        NanIsNegativeZero = nanIsNegativeZero;
        HasZeroAndSign = hasZeroAndSign;
    }

    public int MaxExponent { get; }

    public int MinExponent { get; }

    /// <summary>Significand bits including the implicit leading bit.</summary>
    public int Precision { get; }

    public int TotalBits { get; }

    public NonFiniteBehavior NonFinite { get; }

    /// <summary>FNUZ formats: the only NaN is the negative-zero pattern.</summary>
    public bool NanIsNegativeZero { get; }

    /// <summary>False for f8E8M0FNU (no sign bit and no zero).</summary>
    public bool HasZeroAndSign { get; }

    private int MantissaBits => Precision - 1;

    // f80 (x87) stores its integer bit explicitly: 64 significand bits, 15 exponent bits.
    private int ExponentBits => TotalBits == 80 ? 15 : TotalBits - MantissaBits - (HasZeroAndSign ? 1 : 0);

    private int Bias => 1 - MinExponent;

    public static FloatSemantics Of(FloatKind kind) => All[(int)kind];

    private static FloatSemantics[] Build()
    {
        var a = new FloatSemantics[Enum.GetValues<FloatKind>().Length];
        a[(int)FloatKind.F16] = new(15, -14, 11, 16);
        a[(int)FloatKind.BF16] = new(127, -126, 8, 16);
        a[(int)FloatKind.F32] = new(127, -126, 24, 32);
        a[(int)FloatKind.F64] = new(1023, -1022, 53, 64);
        a[(int)FloatKind.F80] = new(16383, -16382, 64, 80);
        a[(int)FloatKind.F128] = new(16383, -16382, 113, 128);
        a[(int)FloatKind.TF32] = new(127, -126, 11, 19);
        a[(int)FloatKind.F8E5M2] = new(15, -14, 3, 8);
        a[(int)FloatKind.F8E4M3] = new(7, -6, 4, 8);
        a[(int)FloatKind.F8E4M3FN] = new(8, -6, 4, 8, NonFiniteBehavior.NanOnly);
        a[(int)FloatKind.F8E5M2FNUZ] = new(15, -15, 3, 8, NonFiniteBehavior.NanOnly, nanIsNegativeZero: true);
        a[(int)FloatKind.F8E4M3FNUZ] = new(7, -7, 4, 8, NonFiniteBehavior.NanOnly, nanIsNegativeZero: true);
        a[(int)FloatKind.F8E4M3B11FNUZ] = new(4, -10, 4, 8, NonFiniteBehavior.NanOnly, nanIsNegativeZero: true);
        a[(int)FloatKind.F8E3M4] = new(3, -2, 5, 8);
        a[(int)FloatKind.F8E8M0FNU] = new(127, -127, 1, 8, NonFiniteBehavior.NanOnly, hasZeroAndSign: false);
        a[(int)FloatKind.F6E2M3FN] = new(2, 0, 4, 6, NonFiniteBehavior.FiniteOnly);
        a[(int)FloatKind.F6E3M2FN] = new(4, -2, 3, 6, NonFiniteBehavior.FiniteOnly);
        a[(int)FloatKind.F4E2M1FN] = new(2, 0, 2, 4, NonFiniteBehavior.FiniteOnly);
        return a;
    }

    /// <summary>Splits raw bits (low <see cref="TotalBits"/> bits of <paramref name="bits"/>) into sign, category, significand, exponent.</summary>
    public DecodedFloat Decode(BigInteger bits)
    {
        if (!HasZeroAndSign)
        {
            // f8E8M0FNU: pure power of two, 0xFF is NaN.
            int e = (int)(bits & 0xFF);
            return e == 0xFF ? new(false, FloatCategory.NaN, 0, 0) : new(false, FloatCategory.Normal, BigInteger.One, e - 127);
        }

        bool explicitIntegerBit = TotalBits == 80;
        int mantBits = explicitIntegerBit ? 64 : MantissaBits;
        BigInteger mantMask = (BigInteger.One << mantBits) - 1;
        BigInteger mant = bits & mantMask;
        int expField = (int)((bits >> mantBits) & ((1 << ExponentBits) - 1));
        bool negative = !((bits >> (TotalBits - 1)) & 1).IsZero;
        int expAllOnes = (1 << ExponentBits) - 1;

        if (NanIsNegativeZero && negative && expField == 0 && mant.IsZero)
        {
            return new(false, FloatCategory.NaN, 0, 0);
        }

        if (expField == expAllOnes)
        {
            if (NonFinite == NonFiniteBehavior.Ieee)
            {
                bool isInf = explicitIntegerBit ? (mant & ((BigInteger.One << 63) - 1)).IsZero : mant.IsZero;
                return new(negative, isInf ? FloatCategory.Infinity : FloatCategory.NaN, 0, 0);
            }

            if (NonFinite == NonFiniteBehavior.NanOnly && !NanIsNegativeZero && mant == mantMask)
            {
                return new(negative, FloatCategory.NaN, 0, 0);
            }
        }

        if (explicitIntegerBit)
        {
            if (mant.IsZero)
            {
                return new(negative, FloatCategory.Zero, 0, 0);
            }

            int e80 = expField == 0 ? MinExponent : expField - Bias;
            return new(negative, FloatCategory.Normal, mant, e80 - 63);
        }

        if (expField == 0)
        {
            return mant.IsZero
                ? new(negative, FloatCategory.Zero, 0, 0)
                : new(negative, FloatCategory.Normal, mant, MinExponent - MantissaBits);
        }

        return new(negative, FloatCategory.Normal, mant | (BigInteger.One << MantissaBits), expField - Bias - MantissaBits);
    }

    /// <summary>The bit pattern of a quiet NaN (what the parser produces for <c>nan</c>).</summary>
    public BigInteger QuietNaN
    {
        get
        {
            if (!HasZeroAndSign)
            {
                return 0xFF;
            }

            if (NanIsNegativeZero)
            {
                return BigInteger.One << (TotalBits - 1);
            }

            if (NonFinite == NonFiniteBehavior.NanOnly)
            {
                return (BigInteger.One << (TotalBits - 1)) - 1;
            }

            int mantBits = TotalBits == 80 ? 64 : MantissaBits;
            BigInteger exp = ((BigInteger.One << ExponentBits) - 1) << mantBits;
            BigInteger quiet = BigInteger.One << (mantBits - 1 - (TotalBits == 80 ? 1 : 0));
            if (TotalBits == 80)
            {
                quiet |= BigInteger.One << 63;
            }

            return exp | quiet;
        }
    }

    /// <summary>Rounds a double into this format (round to nearest, ties to even), as MLIR's parser converts literals.</summary>
    public BigInteger FromDouble(double value)
    {
        if (TotalBits == 64)
        {
            return new BigInteger((ulong)BitConverter.DoubleToInt64Bits(value));
        }

        if (TotalBits == 32 && Precision == 24)
        {
            return new BigInteger(BitConverter.SingleToUInt32Bits((float)value));
        }

        bool negative = double.IsNegative(value);
        if (double.IsNaN(value))
        {
            return QuietNaN;
        }

        if (double.IsInfinity(value))
        {
            return Overflow(negative);
        }

        if (value == 0)
        {
            return ZeroBits(negative);
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        int expField = (int)((bits >> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        int exp2;
        if (expField == 0)
        {
            exp2 = -1074;
        }
        else
        {
            mant |= 1L << 52;
            exp2 = expField - 1075;
        }

        return Round(negative, new BigInteger(mant), exp2);
    }

    /// <summary>Rounds a decimal literal (<c>[-]digits[.digits][e[+-]digits]</c>) exactly into this format (as APFloat's string constructor).</summary>
    public BigInteger FromDecimalString(string text)
    {
        bool negative = text.StartsWith('-');
        string s = negative ? text[1..] : text;
        int e = s.IndexOfAny(new[] { 'e', 'E' });
        int exp10 = 0;
        if (e >= 0)
        {
            exp10 = int.Parse(s[(e + 1)..], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
            s = s[..e];
        }

        int dot = s.IndexOf('.');
        if (dot >= 0)
        {
            exp10 -= s.Length - dot - 1;
            s = s.Remove(dot, 1);
        }

        var mant = BigInteger.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        if (mant.IsZero)
        {
            return ZeroBits(negative);
        }

        if (exp10 >= 0)
        {
            return Round(negative, mant * BigInteger.Pow(10, exp10), 0);
        }

        // mant / 10^-exp10: scale so the quotient has enough bits, keep a sticky bit for exact rounding.
        BigInteger den = BigInteger.Pow(10, -exp10);
        int k = Math.Max(0, (int)(den.GetBitLength() - mant.GetBitLength()) + Precision + 3);
        BigInteger q = BigInteger.DivRem(mant << k, den, out BigInteger rem);
        q = (q << 1) | (rem.IsZero ? BigInteger.Zero : BigInteger.One);
        return Round(negative, q, -k - 1);
    }

    /// <summary>Rounds <c>±mant * 2^exp2</c> (mant &gt; 0) into this format.</summary>
    public BigInteger Round(bool negative, BigInteger mant, int exp2)
    {
        if (!HasZeroAndSign)
        {
            // Nearest power of two; ties to the larger exponent.
            double v = Math.Log2((double)mant) + exp2;
            int e = (int)Math.Round(v, MidpointRounding.AwayFromZero);
            e = Math.Clamp(e, -127, 127);
            return e + 127;
        }

        long bitLength = (long)mant.GetBitLength();
        int leadExp = (int)Math.Clamp(exp2 + bitLength - 1, int.MinValue / 2, int.MaxValue / 2);
        int quantumExp = Math.Max(leadExp, MinExponent) - MantissaBits;
        int shift = quantumExp - exp2;
        BigInteger q = shift <= 0 ? mant << -shift : ShiftRightNearestEven(mant, shift);
        if (q.IsZero)
        {
            return ZeroBits(negative);
        }

        if (q.GetBitLength() > Precision)
        {
            q >>= 1;
            quantumExp++;
        }

        int resultLeadExp = quantumExp + (int)q.GetBitLength() - 1;
        if (resultLeadExp > MaxExponent)
        {
            return Overflow(negative);
        }

        BigInteger mantField = q & ((BigInteger.One << MantissaBits) - 1);
        int expField = q.GetBitLength() == Precision ? resultLeadExp + Bias : 0;
        BigInteger result = TotalBits == 80
            ? ((BigInteger)expField << 64) | q
            : ((BigInteger)expField << MantissaBits) | mantField;
        if (NonFinite == NonFiniteBehavior.NanOnly && !NanIsNegativeZero && result == (BigInteger.One << (TotalBits - 1)) - 1)
        {
            return Overflow(negative);
        }

        if (negative)
        {
            result |= BigInteger.One << (TotalBits - 1);
        }

        return result;
    }

    private BigInteger ZeroBits(bool negative) => negative && !NanIsNegativeZero ? BigInteger.One << (TotalBits - 1) : BigInteger.Zero;

    private BigInteger Overflow(bool negative)
    {
        BigInteger sign = negative ? BigInteger.One << (TotalBits - 1) : BigInteger.Zero;
        switch (NonFinite)
        {
            case NonFiniteBehavior.Ieee:
                return sign | (((BigInteger.One << ExponentBits) - 1) << MantissaBits);
            case NonFiniteBehavior.NanOnly:
                return QuietNaN;
            default:
                return sign | ((BigInteger.One << (TotalBits - 1)) - 1);
        }
    }

    private static BigInteger ShiftRightNearestEven(BigInteger v, int shift)
    {
        if (shift > v.GetBitLength() + 1)
        {
            return BigInteger.Zero;
        }

        BigInteger q = v >> shift;
        BigInteger rem = v - (q << shift);
        BigInteger half = BigInteger.One << (shift - 1);
        if (rem > half || (rem == half && !q.IsEven))
        {
            q += 1;
        }

        return q;
    }
}
