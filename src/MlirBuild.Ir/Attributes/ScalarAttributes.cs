using System.Numerics;

namespace MlirBuild.Ir;

/// <summary><c>42 : i32</c>; <see cref="Value"/> is signed for signless/signed types and unsigned for unsigned ones.</summary>
public sealed record IntegerAttr(MlirType Type, BigInteger Value) : MlirAttribute
{
    public static IntegerAttr I64(long v) => new(IntegerType.I64, v);

    public static IntegerAttr I32(long v) => new(IntegerType.I32, v);

    public static IntegerAttr Index(long v) => new(IndexType.Instance, v);

    /// <summary>Builds the attribute from raw two's-complement bits, interpreting them as the type dictates.</summary>
    public static IntegerAttr FromBits(MlirType type, BigInteger bits)
    {
        int width = type is IntegerType it ? it.Width : 64;
        bool unsigned = type is IntegerType { IsUnsigned: true };
        return new IntegerAttr(type, IntegerFormat.Normalize(bits, width, !unsigned));
    }

    public override void PrintBody(AsmWriter w)
    {
        IntegerFormat.Write(w, Value);
        w.Write(" : ").Write(Type);
    }
}

/// <summary><c>true</c> / <c>false</c> (an i1 integer attribute in MLIR).</summary>
public sealed record BoolAttr(bool Value) : MlirAttribute
{
    public static readonly BoolAttr True = new(true);
    public static readonly BoolAttr False = new(false);

    public override void PrintBody(AsmWriter w) => w.Write(Value ? "true" : "false");
}

/// <summary>A float attribute holding the exact bit pattern of <see cref="Type"/>.</summary>
public sealed record FloatAttr(FloatType Type, BigInteger Bits) : MlirAttribute
{
    /// <summary>Rounds <paramref name="value"/> into <paramref name="type"/> (nearest, ties to even).</summary>
    public static FloatAttr Get(FloatType type, double value) => new(type, type.Semantics.FromDouble(value));

    /// <summary>The value as a double (exact for f64 and narrower formats).</summary>
    public double Value => FloatFormat.ToDouble(Type.Semantics, Bits);

    public override void PrintBody(AsmWriter w)
    {
        FloatFormat.Print(w, Type.Semantics, Bits);
        w.Write(" : ").Write(Type);
    }
}

/// <summary>A string attribute. MLIR strings are byte strings; <see cref="Bytes"/> keeps them exactly.</summary>
public sealed record StringAttr(EquatableArray<byte> Bytes, MlirType? Type = null) : MlirAttribute
{
    public StringAttr(string value)
        : this(System.Text.Encoding.UTF8.GetBytes(value))
    {
    }

    public string Value => System.Text.Encoding.UTF8.GetString(Bytes.AsSpan());

    public override void PrintBody(AsmWriter w)
    {
        StringFormat.WriteQuoted(w, Bytes.AsSpan());
        if (Type is not null)
        {
            w.Write(" : ").Write(Type);
        }
    }
}

/// <summary>The unit attribute (a present flag); prints as <c>unit</c>, or as a bare name in dictionaries.</summary>
public sealed record UnitAttr : MlirAttribute
{
    public static readonly UnitAttr Instance = new();

    public override void PrintBody(AsmWriter w) => w.Write("unit");
}

/// <summary><c>[a, b]</c>.</summary>
public sealed record ArrayAttr(EquatableArray<MlirAttribute> Elements) : MlirAttribute
{
    public override void PrintBody(AsmWriter w) => w.Write('[').WriteList(Elements, (x, a) => x.WriteMayElideType(a)).Write(']');
}

/// <summary>A type used as an attribute.</summary>
public sealed record TypeAttr(MlirType Value) : MlirAttribute
{
    public override void PrintBody(AsmWriter w) => w.Write(Value);
}

/// <summary><c>@root::@nested::@leaf</c>.</summary>
public sealed record SymbolRefAttr(string Root, EquatableArray<string> Nested = default) : MlirAttribute
{
    /// <summary>The last name in the path.</summary>
    public string Leaf => Nested.Count == 0 ? Root : Nested[Nested.Count - 1];

    public override void PrintBody(AsmWriter w)
    {
        StringFormat.WriteSymbolName(w, Root);
        foreach (var n in Nested)
        {
            w.Write("::");
            StringFormat.WriteSymbolName(w, n);
        }
    }
}

/// <summary>
/// An attribute of a dialect we do not model, kept verbatim: <see cref="Body"/> is everything after <c>#</c>, e.g.
/// <c>foo.bar&lt;1&gt;</c> or <c>foo&lt;"x"&gt;</c>.
/// </summary>
public sealed record OpaqueAttr(string Dialect, string Body) : MlirAttribute
{
    public override void PrintBody(AsmWriter w) => w.Write('#').Write(Body);
}

/// <summary><c>strided&lt;[s0, s1], offset: o&gt;</c>, a memref layout; dynamic values are <see cref="ShapedType.DynamicSize"/>.</summary>
public sealed record StridedLayoutAttr(long Offset, EquatableArray<long> Strides) : MlirAttribute
{
    public override void PrintBody(AsmWriter w)
    {
        w.Write("strided<[");
        w.WriteList(Strides, (x, s) => WriteDim(x, s));
        w.Write(']');
        if (Offset != 0)
        {
            w.Write(", offset: ");
            WriteDim(w, Offset);
        }

        w.Write('>');
    }

    private static void WriteDim(AsmWriter w, long v)
    {
        if (v == ShapedType.DynamicSize)
        {
            w.Write('?');
        }
        else
        {
            w.Write(v);
        }
    }
}
