namespace MlirBuild.Interpreter.Tensors;

/// <summary>How a float format spends its special encodings.</summary>
public enum NonFiniteBehavior
{
    /// <summary>IEEE 754: all-ones exponent holds infinities (zero mantissa) and NaNs.</summary>
    Ieee,

    /// <summary>"FN": no infinities; only the all-ones exponent and mantissa pattern is NaN (both signs).</summary>
    NanOnlyAllOnes,

    /// <summary>"FNUZ": no infinities, no negative zero; the negative-zero pattern (sign bit only) is the one NaN.</summary>
    NanOnlyNegativeZero,

    /// <summary>f8E8M0FNU: unsigned, exponent only, all-ones is NaN, no zero.</summary>
    ExponentOnly,

    /// <summary>The MX formats f4E2M1FN, f6E2M3FN, f6E3M2FN: every pattern is finite; overflow saturates to the largest
    /// finite value (APFloat's FiniteOnly); NaN has no encoding and becomes zero.</summary>
    FiniteOnly,
}

/// <summary>
/// A binary floating-point format of at most 64 bits, with exact conversion to and from double
/// (round to nearest, ties to even; overflow to infinity or, for formats without one, to NaN — the APFloat rules).
/// </summary>
public sealed class FloatFormat
{
    public static readonly FloatFormat F64 = new("f64", 11, 52, 1023, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat F32 = new("f32", 8, 23, 127, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat F16 = new("f16", 5, 10, 15, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat BF16 = new("bf16", 8, 7, 127, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat F8E5M2 = new("f8E5M2", 5, 2, 15, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat F8E4M3 = new("f8E4M3", 4, 3, 7, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat F8E3M4 = new("f8E3M4", 3, 4, 3, NonFiniteBehavior.Ieee);
    public static readonly FloatFormat F8E4M3FN = new("f8E4M3FN", 4, 3, 7, NonFiniteBehavior.NanOnlyAllOnes);
    public static readonly FloatFormat F8E4M3FNUZ = new("f8E4M3FNUZ", 4, 3, 8, NonFiniteBehavior.NanOnlyNegativeZero);
    public static readonly FloatFormat F8E5M2FNUZ = new("f8E5M2FNUZ", 5, 2, 16, NonFiniteBehavior.NanOnlyNegativeZero);
    public static readonly FloatFormat F8E4M3B11FNUZ = new("f8E4M3B11FNUZ", 4, 3, 11, NonFiniteBehavior.NanOnlyNegativeZero);
    public static readonly FloatFormat F8E8M0FNU = new("f8E8M0FNU", 8, 0, 127, NonFiniteBehavior.ExponentOnly);
    public static readonly FloatFormat F4E2M1FN = new("f4E2M1FN", 2, 1, 1, NonFiniteBehavior.FiniteOnly);
    public static readonly FloatFormat F6E2M3FN = new("f6E2M3FN", 2, 3, 1, NonFiniteBehavior.FiniteOnly);
    public static readonly FloatFormat F6E3M2FN = new("f6E3M2FN", 3, 2, 3, NonFiniteBehavior.FiniteOnly);
    public static readonly FloatFormat TF32 = new("tf32", 8, 10, 127, NonFiniteBehavior.Ieee);

    public static readonly IReadOnlyList<FloatFormat> All =
    [
        F64, F32, F16, BF16, F8E5M2, F8E4M3, F8E3M4, F8E4M3FN, F8E4M3FNUZ, F8E5M2FNUZ, F8E4M3B11FNUZ, F8E8M0FNU,
        F4E2M1FN, F6E2M3FN, F6E3M2FN,
    ];

    private readonly double[]? _table;

    private FloatFormat(string name, int exponentBits, int mantissaBits, int bias, NonFiniteBehavior behavior)
    {
        Name = name;
        ExponentBits = exponentBits;
        MantissaBits = mantissaBits;
        Bias = bias;
        Behavior = behavior;
        HasSign = behavior != NonFiniteBehavior.ExponentOnly;
        TotalBits = (HasSign ? 1 : 0) + exponentBits + mantissaBits;
        if (name == "tf32")
        {
            TotalBits = 32; // stored like f32 (low mantissa bits zero)
        }

        if (TotalBits <= 8)
        {
            _table = new double[256];
            for (int bits = 0; bits < 256; bits++)
            {
                _table[bits] = DecodeSlow((ulong)bits);
            }
        }

        int maxExpField = (1 << exponentBits) - 1;
        MaxFinite = behavior switch
        {
            NonFiniteBehavior.Ieee => Math.ScaleB(2 - Math.ScaleB(1, -mantissaBits), maxExpField - 1 - bias),
            NonFiniteBehavior.NanOnlyAllOnes => Math.ScaleB(2 - Math.ScaleB(2, -mantissaBits), maxExpField - bias),
            NonFiniteBehavior.NanOnlyNegativeZero or NonFiniteBehavior.FiniteOnly => Math.ScaleB(2 - Math.ScaleB(1, -mantissaBits), maxExpField - bias),
            _ => Math.ScaleB(1, maxExpField - 1 - bias),
        };
    }

    public string Name { get; }

    public int ExponentBits { get; }

    public int MantissaBits { get; }

    public int Bias { get; }

    public NonFiniteBehavior Behavior { get; }

    public bool HasSign { get; }

    public int TotalBits { get; }

    public double MaxFinite { get; }

    public bool HasInfinity => Behavior == NonFiniteBehavior.Ieee;

    public override string ToString() => Name;

    public static FloatFormat? TryGet(string name)
    {
        foreach (var format in All)
        {
            if (format.Name == name)
            {
                return format;
            }
        }

        return name == "tf32" ? TF32 : null;
    }

    /// <summary>Value of a bit pattern (the low <see cref="TotalBits"/> bits of <paramref name="bits"/>).</summary>
    public double Decode(ulong bits)
    {
        if (_table is not null)
        {
            return _table[bits & 0xFF];
        }

        return Name switch
        {
            "f64" => BitConverter.UInt64BitsToDouble(bits),
            "f32" or "tf32" => BitConverter.UInt32BitsToSingle((uint)bits),
            "f16" => (double)BitConverter.UInt16BitsToHalf((ushort)bits),
            "bf16" => BitConverter.UInt32BitsToSingle((uint)(ushort)bits << 16),
            _ => DecodeSlow(bits),
        };
    }

    private double DecodeSlow(ulong bits)
    {
        int signShift = ExponentBits + MantissaBits;
        bool negative = HasSign && ((bits >> signShift) & 1) != 0;
        int expField = (int)((bits >> MantissaBits) & ((1UL << ExponentBits) - 1));
        ulong mantissa = bits & ((1UL << MantissaBits) - 1);
        int maxExpField = (1 << ExponentBits) - 1;
        switch (Behavior)
        {
            case NonFiniteBehavior.ExponentOnly:
                return expField == maxExpField ? double.NaN : Math.ScaleB(1.0, expField - Bias);
            case NonFiniteBehavior.Ieee when expField == maxExpField:
                return mantissa == 0 ? (negative ? double.NegativeInfinity : double.PositiveInfinity) : double.NaN;
            case NonFiniteBehavior.NanOnlyAllOnes when expField == maxExpField && mantissa == (1UL << MantissaBits) - 1:
                return double.NaN;
            case NonFiniteBehavior.NanOnlyNegativeZero when negative && expField == 0 && mantissa == 0:
                return double.NaN;
        }

        double magnitude = expField == 0
            ? Math.ScaleB((double)mantissa, 1 - Bias - MantissaBits)
            : Math.ScaleB((double)((1UL << MantissaBits) | mantissa), expField - Bias - MantissaBits);
        return negative ? -magnitude : magnitude;
    }

    /// <summary>Bit pattern of the nearest value (ties to even) to <paramref name="value"/>.</summary>
    public ulong Encode(double value)
    {
        switch (Name)
        {
            case "f64":
                return BitConverter.DoubleToUInt64Bits(value);
            case "f32":
                return BitConverter.SingleToUInt32Bits((float)value);
            case "f16":
                return BitConverter.HalfToUInt16Bits((Half)value);
        }

        return EncodeGeneric(value);
    }

    /// <summary>Fast, exact f32 to bf16 (ties to even, NaN kept quiet).</summary>
    public static ushort FloatToBf16(float value)
    {
        uint bits = BitConverter.SingleToUInt32Bits(value);
        if (float.IsNaN(value))
        {
            return (ushort)((bits >> 16) | 0x40);
        }

        uint rounding = 0x7FFF + ((bits >> 16) & 1);
        return (ushort)((bits + rounding) >> 16);
    }

    private ulong EncodeGeneric(double value)
    {
        ulong signBit = HasSign ? 1UL << (ExponentBits + MantissaBits) : 0;
        int maxExpField = (1 << ExponentBits) - 1;
        bool negative = double.IsNegative(value);
        if (double.IsNaN(value))
        {
            return Behavior switch
            {
                NonFiniteBehavior.Ieee => (negative ? signBit : 0) | ((ulong)maxExpField << MantissaBits) | (1UL << (MantissaBits - 1)),
                NonFiniteBehavior.NanOnlyAllOnes => (negative ? signBit : 0) | ((ulong)maxExpField << MantissaBits) | ((1UL << MantissaBits) - 1),
                NonFiniteBehavior.NanOnlyNegativeZero => signBit,
                NonFiniteBehavior.FiniteOnly => 0,
                _ => (ulong)maxExpField,
            };
        }

        if (Behavior == NonFiniteBehavior.ExponentOnly && (negative && value != 0))
        {
            return (ulong)maxExpField;
        }

        ulong sign = negative && HasSign ? signBit : 0;
        if (double.IsInfinity(value))
        {
            return Overflow(sign);
        }

        if (value == 0)
        {
            return Behavior switch
            {
                NonFiniteBehavior.NanOnlyNegativeZero => 0,
                NonFiniteBehavior.ExponentOnly => 0, // no zero: the smallest value 2^-127 (APFloat does the same)
                _ => sign,
            };
        }

        // |value| = m * 2^q exactly, m a 53-bit integer.
        ulong dbits = BitConverter.DoubleToUInt64Bits(Math.Abs(value));
        int dexp = (int)(dbits >> 52);
        ulong m = dbits & ((1UL << 52) - 1);
        int q;
        if (dexp == 0)
        {
            q = -1074;
        }
        else
        {
            m |= 1UL << 52;
            q = dexp - 1075;
        }

        int p = MantissaBits + 1; // precision including the implicit bit
        int top = 63 - System.Numerics.BitOperations.LeadingZeroCount(m) + q; // floor(log2 |value|)
        bool hasSubnormals = Behavior != NonFiniteBehavior.ExponentOnly;
        int emin = hasSubnormals ? 1 - Bias : -Bias;
        int e = Math.Max(top, emin);
        int quantum = e - (p - 1);
        int shift = quantum - q;
        ulong n;
        if (shift <= 0)
        {
            n = m << -shift;
        }
        else if (shift >= 64)
        {
            n = 0;
            if (shift == 64 && m > (1UL << 63))
            {
                n = 1;
            }
        }
        else
        {
            n = m >> shift;
            ulong rest = m & ((1UL << shift) - 1);
            ulong half = 1UL << (shift - 1);
            if (rest > half || (rest == half && (n & 1) == 1))
            {
                n++;
            }
        }

        if (n == 1UL << p)
        {
            n >>= 1;
            quantum++;
        }

        if (n == 0)
        {
            return Behavior switch
            {
                NonFiniteBehavior.NanOnlyNegativeZero => 0,
                NonFiniteBehavior.ExponentOnly => 0,
                _ => sign,
            };
        }

        ulong expField;
        ulong mantissa;
        if (n < 1UL << (p - 1))
        {
            if (!hasSubnormals)
            {
                return 0;
            }

            expField = 0;
            mantissa = n;
        }
        else
        {
            long ef = quantum + (p - 1) + Bias;
            expField = (ulong)ef;
            mantissa = n - (1UL << (p - 1));
        }

        bool overflow = Behavior switch
        {
            NonFiniteBehavior.Ieee => expField >= (ulong)maxExpField,
            NonFiniteBehavior.NanOnlyAllOnes => expField > (ulong)maxExpField || (expField == (ulong)maxExpField && mantissa == (1UL << MantissaBits) - 1),
            NonFiniteBehavior.NanOnlyNegativeZero or NonFiniteBehavior.FiniteOnly => expField > (ulong)maxExpField,
            _ => expField >= (ulong)maxExpField,
        };
        if (overflow)
        {
            return Overflow(sign);
        }

        return sign | (expField << MantissaBits) | mantissa;
    }

    private ulong Overflow(ulong sign)
    {
        int maxExpField = (1 << ExponentBits) - 1;
        return Behavior switch
        {
            NonFiniteBehavior.Ieee => sign | ((ulong)maxExpField << MantissaBits),
            NonFiniteBehavior.NanOnlyAllOnes => sign | ((ulong)maxExpField << MantissaBits) | ((1UL << MantissaBits) - 1),
            NonFiniteBehavior.NanOnlyNegativeZero => 1UL << (ExponentBits + MantissaBits),
            NonFiniteBehavior.FiniteOnly => sign | ((ulong)maxExpField << MantissaBits) | ((1UL << MantissaBits) - 1),
            _ => (ulong)maxExpField,
        };
    }
}
