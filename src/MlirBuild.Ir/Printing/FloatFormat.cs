using System.Globalization;
using System.Numerics;
using System.Text;

namespace MlirBuild.Ir;

/// <summary>
/// Prints float bit patterns exactly as MLIR's printer does: scientific with 6 digits (<c>1.000000e+00</c>) when that
/// reads back to the same bits, else LLVM's shortest natural form when it contains a '.', else hexadecimal bits.
/// The digit generation reproduces LLVM APFloat::toString (including its round-half-up on truncated digits).
/// </summary>
public static class FloatFormat
{
    public static void Print(AsmWriter w, FloatSemantics sem, BigInteger bits) => w.Write(Format(sem, bits));

    [ThreadStatic]
    private static Dictionary<(FloatSemantics, BigInteger), string>? cache;

    /// <summary>Formats a bit pattern; results are memoized per thread (constants repeat a lot in big modules).</summary>
    public static string Format(FloatSemantics sem, BigInteger bits)
    {
        cache ??= new Dictionary<(FloatSemantics, BigInteger), string>();
        if (cache.TryGetValue((sem, bits), out var cached))
        {
            return cached;
        }

        var text = FormatUncached(sem, bits);
        if (cache.Count > 65536)
        {
            cache.Clear();
        }

        cache[(sem, bits)] = text;
        return text;
    }

    private static string FormatUncached(FloatSemantics sem, BigInteger bits)
    {
        var d = sem.Decode(bits);
        if (d.Category is FloatCategory.Zero or FloatCategory.Normal)
        {
            string sci = ToString(d, sem, 6, 0, false);
            if (ParseBack(sem, sci) == bits)
            {
                return sci;
            }

            string natural = ToString(d, sem, 0, 3, true);
            if (natural.Contains('.', StringComparison.Ordinal))
            {
                return natural;
            }
        }

        return HexLiteral(bits);
    }

    /// <summary><c>0x</c> followed by upper-case hex digits without leading zeros (<c>0x0</c> for zero).</summary>
    public static string HexLiteral(BigInteger bits)
    {
        if (bits.IsZero)
        {
            return "0x0";
        }

        string hex = bits.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
        return "0x" + hex;
    }

    /// <summary>The value as a double (NaN/inf preserved; wider formats rounded).</summary>
    public static double ToDouble(FloatSemantics sem, BigInteger bits)
    {
        var d = sem.Decode(bits);
        double v = d.Category switch
        {
            FloatCategory.Zero => 0.0,
            FloatCategory.Infinity => double.PositiveInfinity,
            FloatCategory.NaN => double.NaN,
            _ => ScaleB(d.Significand, d.Exponent),
        };
        return d.Negative ? -v : v;
    }

    private static double ScaleB(BigInteger significand, int exponent)
    {
        long len = (long)significand.GetBitLength();
        if (len > 60)
        {
            int drop = (int)(len - 60);
            significand >>= drop;
            exponent += drop;
        }

        return Math.ScaleB((double)significand, exponent);
    }

    /// <summary>Reads a decimal string back into the format (what the printer uses to test round-tripping).</summary>
    private static BigInteger ParseBack(FloatSemantics sem, string s)
    {
        if (sem.TotalBits == 32 && sem.Precision == 24)
        {
            return BitConverter.SingleToUInt32Bits(float.Parse(s, CultureInfo.InvariantCulture));
        }

        if (sem.TotalBits == 64)
        {
            return new BigInteger((ulong)BitConverter.DoubleToInt64Bits(double.Parse(s, CultureInfo.InvariantCulture)));
        }

        return sem.FromDecimalString(s);
    }

    /// <summary>LLVM APFloat::toString for a finite value.</summary>
    private static string ToString(DecodedFloat d, FloatSemantics sem, int formatPrecision, int formatMaxPadding, bool truncateZero)
    {
        var str = new StringBuilder();
        if (d.Category == FloatCategory.Zero)
        {
            if (d.Negative)
            {
                str.Append('-');
            }

            if (formatMaxPadding == 0)
            {
                if (truncateZero)
                {
                    str.Append("0.0E+0");
                }
                else
                {
                    str.Append("0.0");
                    if (formatPrecision > 1)
                    {
                        str.Append('0', formatPrecision - 1);
                    }

                    str.Append("e+00");
                }
            }
            else
            {
                str.Append('0');
            }

            return str.ToString();
        }

        if (d.Negative)
        {
            str.Append('-');
        }

        int exp = d.Exponent;
        BigInteger significand = d.Significand;
        if (formatPrecision == 0)
        {
            formatPrecision = 2 + (sem.Precision * 59 / 196);
        }

        // Ignore trailing binary zeros.
        int trailingZeros = TrailingZeroBits(significand);
        exp += trailingZeros;
        significand >>= trailingZeros;

        // Change the exponent from 2^e to 10^e.
        if (exp > 0)
        {
            significand <<= exp;
            exp = 0;
        }
        else if (exp < 0)
        {
            significand *= BigInteger.Pow(5, -exp);
        }

        // Drop digits that are more precise than needed (truncating), as LLVM does.
        long bits = (long)significand.GetBitLength();
        long bitsRequired = ((long)formatPrecision * 196 + 58) / 59;
        if (bits > bitsRequired)
        {
            int tensRemovable = (int)((bits - bitsRequired) * 59 / 196);
            if (tensRemovable > 0)
            {
                exp += tensRemovable;
                significand /= BigInteger.Pow(10, tensRemovable);
            }
        }

        // Decimal digits, least significant first, trailing zeros dropped.
        string digitsMsbFirst = significand.ToString(CultureInfo.InvariantCulture);
        int end = digitsMsbFirst.Length;
        while (end > 1 && digitsMsbFirst[end - 1] == '0')
        {
            end--;
            exp++;
        }

        var buffer = new List<char>(end);
        for (int i = end - 1; i >= 0; i--)
        {
            buffer.Add(digitsMsbFirst[i]);
        }

        int nDigits = buffer.Count;

        // Round to formatPrecision digits (half up on the first dropped digit).
        if (nDigits > formatPrecision)
        {
            int firstSignificant = nDigits - formatPrecision;
            if (buffer[firstSignificant - 1] < '5')
            {
                while (firstSignificant < nDigits && buffer[firstSignificant] == '0')
                {
                    firstSignificant++;
                }

                exp += firstSignificant;
                buffer.RemoveRange(0, firstSignificant);
            }
            else
            {
                int i;
                for (i = firstSignificant; i != nDigits; i++)
                {
                    if (buffer[i] == '9')
                    {
                        firstSignificant++;
                    }
                    else
                    {
                        buffer[i]++;
                        break;
                    }
                }

                if (firstSignificant == nDigits)
                {
                    exp += firstSignificant;
                    buffer.Clear();
                    buffer.Add('1');
                }
                else
                {
                    exp += firstSignificant;
                    buffer.RemoveRange(0, firstSignificant);
                }
            }

            nDigits = buffer.Count;
        }

        bool scientific;
        if (formatMaxPadding == 0)
        {
            scientific = true;
        }
        else if (exp >= 0)
        {
            scientific = exp > formatMaxPadding || nDigits + exp > formatPrecision;
        }
        else
        {
            int msd = exp + (nDigits - 1);
            scientific = msd < 0 && -msd > formatMaxPadding;
        }

        if (scientific)
        {
            exp += nDigits - 1;
            str.Append(buffer[nDigits - 1]).Append('.');
            if (nDigits == 1 && truncateZero)
            {
                str.Append('0');
            }
            else
            {
                for (int i = 1; i != nDigits; i++)
                {
                    str.Append(buffer[nDigits - 1 - i]);
                }
            }

            if (!truncateZero && formatPrecision > nDigits - 1)
            {
                str.Append('0', formatPrecision - nDigits + 1);
            }

            str.Append(truncateZero ? 'E' : 'e');
            str.Append(exp >= 0 ? '+' : '-');
            string e = Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
            if (!truncateZero && e.Length < 2)
            {
                str.Append('0');
            }

            str.Append(e);
            return str.ToString();
        }

        if (exp >= 0)
        {
            for (int i = 0; i != nDigits; i++)
            {
                str.Append(buffer[nDigits - 1 - i]);
            }

            str.Append('0', exp);
            return str.ToString();
        }

        int nWholeDigits = exp + nDigits;
        int k = 0;
        if (nWholeDigits > 0)
        {
            for (; k != nWholeDigits; k++)
            {
                str.Append(buffer[nDigits - k - 1]);
            }

            str.Append('.');
        }
        else
        {
            str.Append("0.");
            str.Append('0', -nWholeDigits);
        }

        for (; k != nDigits; k++)
        {
            str.Append(buffer[nDigits - k - 1]);
        }

        return str.ToString();
    }

    private static int TrailingZeroBits(BigInteger v)
    {
        if (v.IsZero)
        {
            return 0;
        }

        return (int)BigInteger.TrailingZeroCount(v);
    }
}
