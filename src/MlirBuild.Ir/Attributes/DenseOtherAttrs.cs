namespace MlirBuild.Ir;

/// <summary><c>dense&lt;["a", "b"]&gt; : tensor&lt;2x!tf_type.string&gt;</c>; each element is a byte string.</summary>
public sealed record DenseStringElementsAttr(ShapedType Type, EquatableArray<EquatableArray<byte>> Elements, bool IsSplat) : MlirAttribute
{
    public override void PrintBody(AsmWriter w)
    {
        w.Write("dense<");
        PrintLiteral(w);
        w.Write("> : ").Write(Type);
    }

    /// <summary>The literal between the brackets: one string for a splat, else nested lists.</summary>
    internal void PrintLiteral(AsmWriter w)
    {
        if (IsSplat || Type.NumElements == 1)
        {
            StringFormat.WriteQuoted(w, Elements[0].AsSpan());
        }
        else if (Type.NumElements != 0)
        {
            int index = 0;
            DenseFormat.PrintNested(w, Type.Shape, 0, ref index, (x, i) => StringFormat.WriteQuoted(x, Elements[i].AsSpan()));
        }
    }
}

/// <summary>A blob in the <c>{-# dialect_resources #-}</c> section, referenced by <c>dense_resource&lt;key&gt;</c>.</summary>
public sealed class ResourceBlob
{
    public ResourceBlob(string key, ReadOnlyMemory<byte> data, uint alignment)
    {
        Key = key;
        Data = data;
        Alignment = alignment;
    }

    public string Key { get; }

    /// <summary>The blob bytes (without the 4-byte alignment prefix of the text form).</summary>
    public ReadOnlyMemory<byte> Data { get; internal set; }

    public uint Alignment { get; internal set; }

    /// <summary>False while only referenced (the section defining it has not been read).</summary>
    public bool HasData { get; internal set; } = true;

    /// <summary>Creation order; the printer lists blobs in this order.</summary>
    public long Ordinal { get; } = System.Threading.Interlocked.Increment(ref nextOrdinal);

    private static long nextOrdinal;
}

/// <summary><c>dense_resource&lt;key&gt; : tensor&lt;...&gt;</c>. <see cref="Blob"/> is null when the section lacks the key.</summary>
public sealed record DenseResourceElementsAttr(ShapedType Type, string Key, ResourceBlob? Blob) : MlirAttribute
{
    public bool Equals(DenseResourceElementsAttr? other) => other is not null && Type.Equals(other.Type) && Key == other.Key;

    public override int GetHashCode() => HashCode.Combine(Type, Key);

    public override void PrintBody(AsmWriter w)
    {
        w.Write("dense_resource<");
        StringFormat.WriteKeywordOrString(w, Key);
        w.Write("> : ").Write(Type);
    }
}

/// <summary><c>array&lt;i32: 1, 2&gt;</c>: elements as little-endian raw bytes (i1: one byte each).</summary>
public sealed record DenseArrayAttr(MlirType ElementType, ReadOnlyMemory<byte> Raw) : MlirAttribute
{
    public int Count => Raw.Length / Math.Max(1, DenseElementsAttr.ElementStorageBytesOf(ElementType));

    public static DenseArrayAttr FromInt64(IEnumerable<long> values)
    {
        var list = values.ToArray();
        var bytes = new byte[list.Length * 8];
        for (int i = 0; i < list.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), list[i]);
        }

        return new DenseArrayAttr(IntegerType.I64, bytes);
    }

    public static DenseArrayAttr FromInt32(IEnumerable<int> values)
    {
        var list = values.ToArray();
        var bytes = new byte[list.Length * 4];
        for (int i = 0; i < list.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), list[i]);
        }

        return new DenseArrayAttr(IntegerType.I32, bytes);
    }

    public bool Equals(DenseArrayAttr? other) => other is not null && ElementType.Equals(other.ElementType) && Raw.Span.SequenceEqual(other.Raw.Span);

    public override int GetHashCode() => HashCode.Combine(ElementType, Raw.Length);

    public override void PrintBody(AsmWriter w)
    {
        w.Write("array<").Write(ElementType);
        int eb = DenseElementsAttr.ElementStorageBytesOf(ElementType);
        if (Raw.Length > 0)
        {
            w.Write(": ");
            var span = Raw.Span;
            for (int off = 0; off < span.Length; off += eb)
            {
                if (off > 0)
                {
                    w.Write(", ");
                }

                DenseFormat.PrintElement(w, ElementType, span.Slice(off, eb));
            }
        }

        w.Write('>');
    }
}
