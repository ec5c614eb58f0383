using System.Buffers.Binary;
using System.Numerics;

namespace MlirBuild.Ir;

/// <summary>
/// <c>dense&lt;...&gt; : tensor&lt;...&gt;</c> for int, index, float and complex elements. <see cref="Raw"/> holds the
/// elements as little-endian bytes, <see cref="ElementStorageBytes"/> bytes each (i1: one byte 0/1; complex: real then
/// imaginary); a splat holds one element. Never one object per element.
/// </summary>
public sealed record DenseElementsAttr : MlirAttribute
{
    /// <summary>Above this many elements mlir-opt prints non-splat data as a hex string.</summary>
    public const long HexThreshold = 100;

    public DenseElementsAttr(ShapedType type, ReadOnlyMemory<byte> raw, bool isSplat)
    {
        Type = type;
        Raw = raw;
        IsSplat = isSplat;
        int eb = ElementStorageBytesOf(type.ElementType);
        long expected = isSplat ? eb : type.NumElements * eb;
        if (eb <= 0 || raw.Length != expected)
        {
            throw new ArgumentException($"raw data of {raw.Length} bytes does not fit {type}", nameof(raw));
        }
    }

    public ShapedType Type { get; }

    public ReadOnlyMemory<byte> Raw { get; }

    public bool IsSplat { get; }

    public int ElementStorageBytes => ElementStorageBytesOf(Type.ElementType);

    /// <summary>Bytes per element in raw storage, or 0 when the element type cannot be dense data.</summary>
    public static int ElementStorageBytesOf(MlirType elementType) => elementType switch
    {
        IntegerType it => it.StorageBytes,
        IndexType => 8,
        FloatType ft => ft.StorageBytes,
        ComplexType { ElementType: var e } when e is IntegerType or FloatType => 2 * ElementStorageBytesOf(e),
        _ => 0,
    };

    /// <summary>Builds the attribute, turning data whose elements are all equal into a splat (as MLIR does).</summary>
    public static DenseElementsAttr Create(ShapedType type, ReadOnlyMemory<byte> raw)
    {
        int eb = ElementStorageBytesOf(type.ElementType);
        var span = raw.Span;
        if (span.Length == eb)
        {
            return new DenseElementsAttr(type, raw, true);
        }

        if (span.Length > eb && IsAllSame(span, eb))
        {
            return new DenseElementsAttr(type, raw[..eb], true);
        }

        return new DenseElementsAttr(type, raw, false);
    }

    private static bool IsAllSame(ReadOnlySpan<byte> span, int eb)
    {
        var first = span[..eb];
        for (int off = eb; off < span.Length; off += eb)
        {
            if (!span.Slice(off, eb).SequenceEqual(first))
            {
                return false;
            }
        }

        return true;
    }

    public bool Equals(DenseElementsAttr? other) =>
        other is not null && IsSplat == other.IsSplat && Type.Equals(other.Type) && Raw.Span.SequenceEqual(other.Raw.Span);

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Type);
        h.Add(Raw.Length);
        h.AddBytes(Raw.Span[..Math.Min(64, Raw.Length)]);
        return h.ToHashCode();
    }

    /// <summary>Reads element <paramref name="index"/> of an integer or index attribute (signed unless the type is unsigned).</summary>
    public BigInteger GetInteger(long index)
    {
        int eb = ElementStorageBytes;
        var bytes = Raw.Span.Slice(IsSplat ? 0 : checked((int)(index * eb)), eb);
        return ReadInteger(bytes, Type.ElementType);
    }

    internal static BigInteger ReadInteger(ReadOnlySpan<byte> bytes, MlirType elementType)
    {
        int width = elementType is IntegerType it ? it.Width : 64;
        bool unsigned = elementType is IntegerType { IsUnsigned: true } || width == 1;
        BigInteger v = bytes.Length switch
        {
            1 => bytes[0],
            2 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            4 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            8 => BinaryPrimitives.ReadUInt64LittleEndian(bytes),
            _ => new BigInteger(bytes, isUnsigned: true, isBigEndian: false),
        };
        return IntegerFormat.Normalize(v, width, !unsigned);
    }

    internal static BigInteger ReadBits(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => bytes[0],
        2 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
        4 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
        8 => BinaryPrimitives.ReadUInt64LittleEndian(bytes),
        _ => new BigInteger(bytes, isUnsigned: true, isBigEndian: false),
    };

    public override void PrintBody(AsmWriter w)
    {
        w.Write("dense<");
        DenseFormat.PrintElements(w, Type, Raw.Span, IsSplat, allowHex: true);
        w.Write("> : ").Write(Type);
    }
}
