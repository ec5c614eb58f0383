using System.Globalization;

namespace MlirBuild.Interpreter.Tensors;

/// <summary>Broad family of a tensor element type; decides which compute domain a kernel uses.</summary>
public enum ElementKind
{
    /// <summary>i1, stored as one byte holding 0 or 1.</summary>
    Bool,

    /// <summary>Signless or signed integers (i2..i64, si2..si64): two's complement, sign-extended in storage.</summary>
    SignedInt,

    /// <summary>ui2..ui64: zero-extended in storage.</summary>
    UnsignedInt,

    /// <summary>Floating point of any format (see <see cref="FloatFormat"/>).</summary>
    Float,

    /// <summary>complex&lt;f32&gt; or complex&lt;f64&gt; (two parts, real first).</summary>
    Complex,
}

/// <summary>
/// A tensor element type: kind, bit width and, for floats, the exact format. Storage is always whole bytes:
/// sub-byte integers take one byte (like MLIR's dense raw data), i1 one byte, complex two parts.
/// </summary>
public readonly record struct ElementType(ElementKind Kind, int Bits, FloatFormat? Format = null)
{
    public static readonly ElementType I1 = new(ElementKind.Bool, 1);
    public static readonly ElementType I8 = new(ElementKind.SignedInt, 8);
    public static readonly ElementType I16 = new(ElementKind.SignedInt, 16);
    public static readonly ElementType I32 = new(ElementKind.SignedInt, 32);
    public static readonly ElementType I64 = new(ElementKind.SignedInt, 64);
    public static readonly ElementType U8 = new(ElementKind.UnsignedInt, 8);
    public static readonly ElementType U16 = new(ElementKind.UnsignedInt, 16);
    public static readonly ElementType U32 = new(ElementKind.UnsignedInt, 32);
    public static readonly ElementType U64 = new(ElementKind.UnsignedInt, 64);
    public static readonly ElementType F16 = Float(FloatFormat.F16);
    public static readonly ElementType BF16 = Float(FloatFormat.BF16);
    public static readonly ElementType F32 = Float(FloatFormat.F32);
    public static readonly ElementType F64 = Float(FloatFormat.F64);
    public static readonly ElementType C64 = new(ElementKind.Complex, 64, FloatFormat.F32);
    public static readonly ElementType C128 = new(ElementKind.Complex, 128, FloatFormat.F64);

    public static ElementType Float(FloatFormat format) => new(ElementKind.Float, format.TotalBits, format);

    public static ElementType SignedInt(int bits) => bits == 1 ? I1 : new(ElementKind.SignedInt, bits);

    public static ElementType UnsignedInt(int bits) => new(ElementKind.UnsignedInt, bits);

    /// <summary>Bytes one element takes in a buffer.</summary>
    public int ByteSize => Kind switch
    {
        ElementKind.Bool => 1,
        ElementKind.Complex => Bits / 8,
        _ => Bits <= 8 ? 1 : Bits / 8,
    };

    public bool IsInteger => Kind is ElementKind.SignedInt or ElementKind.UnsignedInt;

    public bool IsIntegerOrBool => Kind is ElementKind.SignedInt or ElementKind.UnsignedInt or ElementKind.Bool;

    public bool IsFloat => Kind == ElementKind.Float;

    public bool IsComplex => Kind == ElementKind.Complex;

    /// <summary>Unsigned integers and i1 compare and divide as unsigned values.</summary>
    public bool IsUnsigned => Kind is ElementKind.UnsignedInt or ElementKind.Bool;

    /// <summary>The part type of a complex type (f32 or f64).</summary>
    public ElementType ComplexPart => Bits == 64 ? F32 : F64;

    public static ElementType ComplexOf(ElementType part) => part.Bits == 32 ? C64 : C128;

    /// <summary>MLIR spelling: i32, ui8, f32, bf16, f8E4M3FN, complex&lt;f32&gt;.</summary>
    public override string ToString() => Kind switch
    {
        ElementKind.Bool => "i1",
        ElementKind.SignedInt => "i" + Bits.ToString(CultureInfo.InvariantCulture),
        ElementKind.UnsignedInt => "ui" + Bits.ToString(CultureInfo.InvariantCulture),
        ElementKind.Float => Format!.Name,
        _ => "complex<" + ComplexPart.Format!.Name + ">",
    };

    /// <summary>Parses an MLIR element type spelling; null when it is not one we execute.</summary>
    public static ElementType? TryParse(string text)
    {
        text = text.Trim();
        if (text.StartsWith("complex<", StringComparison.Ordinal) && text.EndsWith('>'))
        {
            var part = TryParse(text[8..^1]);
            return part is { Kind: ElementKind.Float, Bits: 32 or 64 } p ? ComplexOf(p) : null;
        }

        var format = FloatFormat.TryGet(text);
        if (format is not null)
        {
            return Float(format);
        }

        int prefix = text.StartsWith("ui", StringComparison.Ordinal) ? 2 : text.StartsWith("si", StringComparison.Ordinal) ? 2 : text.StartsWith('i') ? 1 : 0;
        if (prefix == 0 || !int.TryParse(text.AsSpan(prefix), NumberStyles.None, CultureInfo.InvariantCulture, out int bits) || bits < 1 || bits > 64)
        {
            return null;
        }

        if (bits is not (1 or 2 or 4 or 8 or 16 or 32 or 64))
        {
            return null;
        }

        return text[0] == 'u' ? (bits == 1 ? I1 : UnsignedInt(bits)) : SignedInt(bits);
    }

    /// <summary>Smallest and largest value of an integer type as 64-bit patterns (unsigned ones as ulong bits).</summary>
    public long IntMin => Kind switch
    {
        ElementKind.SignedInt => Bits == 64 ? long.MinValue : -(1L << (Bits - 1)),
        _ => 0,
    };

    public long IntMax => Kind switch
    {
        ElementKind.SignedInt => Bits == 64 ? long.MaxValue : (1L << (Bits - 1)) - 1,
        ElementKind.Bool => 1,
        _ => Bits == 64 ? -1L : (long)((1UL << Bits) - 1),
    };

    /// <summary>Wraps a 64-bit value to this integer type (two's complement truncation, then sign/zero extension).</summary>
    public long Wrap(long value)
    {
        if (Bits >= 64)
        {
            return value;
        }

        if (Kind == ElementKind.SignedInt)
        {
            int shift = 64 - Bits;
            return (value << shift) >> shift;
        }

        return (long)((ulong)value & ((1UL << Bits) - 1));
    }
}
