using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests;

/// <summary>Every f8 bit pattern against an independent decoder written from the format definitions; encoding against a brute-force nearest search.</summary>
public sealed class FloatFormatTests
{
    /// <summary>Format facts written out by hand: (exponent bits, mantissa bits, bias, has inf, NaN rule).</summary>
    public static TheoryData<string> F8Formats => new()
    {
        "f8E5M2", "f8E4M3", "f8E3M4", "f8E4M3FN", "f8E4M3FNUZ", "f8E5M2FNUZ", "f8E4M3B11FNUZ", "f8E8M0FNU",
    };

    /// <summary>Independent reference: value of an 8-bit pattern straight from the format's definition.</summary>
    private static double Reference(string name, int bits)
    {
        (int e, int m, int bias) = name switch
        {
            "f8E5M2" => (5, 2, 15),
            "f8E4M3" => (4, 3, 7),
            "f8E3M4" => (3, 4, 3),
            "f8E4M3FN" => (4, 3, 7),
            "f8E4M3FNUZ" => (4, 3, 8),
            "f8E5M2FNUZ" => (5, 2, 16),
            "f8E4M3B11FNUZ" => (4, 3, 11),
            _ => (8, 0, 127),
        };
        if (name == "f8E8M0FNU")
        {
            return bits == 0xFF ? double.NaN : Math.Pow(2, bits - 127);
        }

        int sign = bits >> 7;
        int exp = (bits >> m) & ((1 << e) - 1);
        int man = bits & ((1 << m) - 1);
        bool fnuz = name.EndsWith("FNUZ", StringComparison.Ordinal);
        if (fnuz && bits == 0x80)
        {
            return double.NaN;
        }

        if (name == "f8E4M3FN" && (bits & 0x7F) == 0x7F)
        {
            return double.NaN;
        }

        bool ieee = !fnuz && name != "f8E4M3FN";
        if (ieee && exp == (1 << e) - 1)
        {
            return man == 0 ? (sign == 1 ? double.NegativeInfinity : double.PositiveInfinity) : double.NaN;
        }

        double value = exp == 0
            ? man / Math.Pow(2, m) * Math.Pow(2, 1 - bias)
            : (1 + (man / Math.Pow(2, m))) * Math.Pow(2, exp - bias);
        return sign == 1 ? -value : value;
    }

    [Theory]
    [MemberData(nameof(F8Formats))]
    public void EveryPatternDecodesAsTheDefinitionSays(string name)
    {
        var format = FloatFormat.TryGet(name)!;
        for (int bits = 0; bits < 256; bits++)
        {
            double expected = Reference(name, bits);
            double actual = format.Decode((ulong)bits);
            if (double.IsNaN(expected))
            {
                Assert.True(double.IsNaN(actual), $"{name} 0x{bits:X2}");
            }
            else
            {
                Assert.True(expected.Equals(actual), $"{name} 0x{bits:X2}: expected {expected}, got {actual}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(F8Formats))]
    public void EveryFiniteValueEncodesBackToItsPattern(string name)
    {
        var format = FloatFormat.TryGet(name)!;
        for (int bits = 0; bits < 256; bits++)
        {
            double v = Reference(name, bits);
            if (double.IsNaN(v))
            {
                Assert.True(double.IsNaN(format.Decode(format.Encode(v))));
                continue;
            }

            Assert.Equal((ulong)bits, format.Encode(v));
        }
    }

    [Theory]
    [MemberData(nameof(F8Formats))]
    public void EncodingRoundsToNearestTiesToEven(string name)
    {
        var format = FloatFormat.TryGet(name)!;
        var finite = Enumerable.Range(0, 256).Where(b => double.IsFinite(Reference(name, b))).ToArray();
        double max = finite.Max(b => Reference(name, b));
        var random = new Random(1234);
        for (int trial = 0; trial < 4000; trial++)
        {
            // mix of random magnitudes and exact midpoints between neighbours
            double v;
            if (trial % 2 == 0)
            {
                v = (random.NextDouble() * 2 - 1) * max * 1.01;
            }
            else
            {
                var sorted = finite.Select(b => Reference(name, b)).Distinct().Order().ToArray();
                int i = random.Next(sorted.Length - 1);
                v = (sorted[i] + sorted[i + 1]) / 2;
            }

            if (Math.Abs(v) > max)
            {
                continue; // overflow is checked separately
            }

            if (name == "f8E8M0FNU")
            {
                // unsigned with a one-bit significand: only positive values off the midpoints have one nearest value
                v = Math.Abs(v);
                if (trial % 2 == 1)
                {
                    continue;
                }
            }

            // nearest representable; on a tie the even pattern (lowest bit clear) wins
            int best = -1;
            double bestDistance = double.PositiveInfinity;
            foreach (int b in finite)
            {
                double d = Math.Abs(Reference(name, b) - v);
                if (d < bestDistance || (d == bestDistance && (b & 1) == 0 && Reference(name, b) != Reference(name, best)))
                {
                    best = b;
                    bestDistance = d;
                }
            }

            double actual = format.Decode(format.Encode(v));
            Assert.True(Reference(name, best) == actual, $"{name}: {v:R} -> {actual:R}, expected {Reference(name, best):R}");
        }
    }

    [Fact]
    public void OverflowFollowsEachFormatsRules()
    {
        Assert.Equal(double.PositiveInfinity, FloatFormat.F8E5M2.Decode(FloatFormat.F8E5M2.Encode(1e6)));
        Assert.True(double.IsNaN(FloatFormat.F8E4M3FN.Decode(FloatFormat.F8E4M3FN.Encode(1e6))));
        Assert.True(double.IsNaN(FloatFormat.F8E4M3FNUZ.Decode(FloatFormat.F8E4M3FNUZ.Encode(-1e6))));

        // 464 is the midpoint between 448 (max) and the missing 480: ties to even keeps 448
        Assert.Equal(448.0, FloatFormat.F8E4M3FN.Decode(FloatFormat.F8E4M3FN.Encode(464)));
        Assert.True(double.IsNaN(FloatFormat.F8E4M3FN.Decode(FloatFormat.F8E4M3FN.Encode(465))));

        // FNUZ formats have no negative zero
        Assert.Equal(0UL, FloatFormat.F8E4M3FNUZ.Encode(-0.0));
        Assert.Equal(0UL, FloatFormat.F8E5M2FNUZ.Encode(-1e-30));
        Assert.Equal(0x80UL, FloatFormat.F8E4M3FN.Encode(-0.0));
    }

    [Fact]
    public void Bf16MatchesTheTopHalfOfF32()
    {
        for (int bits = 0; bits < 65536; bits++)
        {
            float expected = BitConverter.UInt32BitsToSingle((uint)bits << 16);
            double actual = FloatFormat.BF16.Decode((ulong)bits);
            Assert.True(float.IsNaN(expected) ? double.IsNaN(actual) : expected == actual);
            if (!float.IsNaN(expected))
            {
                Assert.Equal((ulong)bits, FloatFormat.BF16.Encode(expected));
            }
        }
    }

    [Fact]
    public void Bf16AndF16EncodingAgreeWithIndependentRounding()
    {
        var random = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            float f = BitConverter.UInt32BitsToSingle((uint)random.NextInt64(0, 1L << 32));
            if (float.IsNaN(f))
            {
                continue;
            }

            // bf16: round the low 16 bits of the f32 pattern to nearest, ties to even, by integer arithmetic
            uint b = BitConverter.SingleToUInt32Bits(f);
            uint low = b & 0xFFFF;
            uint high = b >> 16;
            if (low > 0x8000 || (low == 0x8000 && (high & 1) == 1))
            {
                high++;
            }

            Assert.Equal((ulong)high, FloatFormat.BF16.Encode(f));
            Assert.Equal(high, FloatFormat.FloatToBf16(f));

            // f16 through System.Half as the independent implementation
            Assert.Equal((ulong)BitConverter.HalfToUInt16Bits((Half)f), FloatFormat.F16.Encode(f));
        }
    }

    [Fact]
    public void ElementTypesParseAndPrint()
    {
        foreach (var text in new[] { "i1", "i2", "i4", "i8", "i64", "ui2", "ui64", "f16", "bf16", "f32", "f64", "f8E4M3FN", "f8E8M0FNU", "complex<f32>", "complex<f64>" })
        {
            Assert.Equal(text, ElementType.TryParse(text)!.Value.ToString());
        }

        Assert.Null(ElementType.TryParse("i3"));
        Assert.Null(ElementType.TryParse("complex<i32>"));
        Assert.Equal(-2, ElementType.SignedInt(2).Wrap(2));
        Assert.Equal(3, ElementType.UnsignedInt(2).Wrap(-1));
    }
}
