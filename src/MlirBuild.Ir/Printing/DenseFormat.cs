namespace MlirBuild.Ir;

/// <summary>Prints the body of dense literals: nested lists, splats, and hex strings for large data.</summary>
internal static class DenseFormat
{
    public static void PrintElements(AsmWriter w, ShapedType type, ReadOnlySpan<byte> raw, bool isSplat, bool allowHex)
    {
        var elementType = type.ElementType;
        int eb = DenseElementsAttr.ElementStorageBytesOf(elementType);
        long n = type.NumElements;
        if (isSplat)
        {
            PrintElement(w, elementType, raw[..eb]);
            return;
        }

        if (allowHex && n > DenseElementsAttr.HexThreshold)
        {
            w.Write('"');
            if (elementType is IntegerType { Width: 1 })
            {
                WriteHex(w, PackBits(raw));
            }
            else
            {
                WriteHex(w, raw);
            }

            w.Write('"');
            return;
        }

        if (n == 0)
        {
            // mlir-opt prints every zero-element literal as dense<>.
            return;
        }

        if (type.Rank == 0)
        {
            PrintElement(w, elementType, raw[..eb]);
            return;
        }

        var rawCopy = raw.ToArray();
        int index = 0;
        PrintNested(w, type.Shape, 0, ref index, (x, i) => PrintElement(x, elementType, rawCopy.AsSpan(i * eb, eb)));
    }

    /// <summary>Prints <c>[[a, b], [c, d]]</c> following the shape, calling <paramref name="each"/> per element index.</summary>
    public static void PrintNested(AsmWriter w, EquatableArray<long> shape, int dim, ref int index, Action<AsmWriter, int> each)
    {
        w.Write('[');
        long count = shape[dim];
        for (long i = 0; i < count; i++)
        {
            if (i > 0)
            {
                w.Write(", ");
            }

            if (dim + 1 == shape.Count)
            {
                each(w, index++);
            }
            else
            {
                PrintNested(w, shape, dim + 1, ref index, each);
            }
        }

        w.Write(']');
    }

    public static void PrintElement(AsmWriter w, MlirType elementType, ReadOnlySpan<byte> bytes)
    {
        switch (elementType)
        {
            case IntegerType { Width: 1 }:
                w.Write(bytes[0] != 0 ? "true" : "false");
                break;
            case IntegerType or IndexType:
                IntegerFormat.Write(w, DenseElementsAttr.ReadInteger(bytes, elementType));
                break;
            case FloatType ft:
                FloatFormat.Print(w, ft.Semantics, DenseElementsAttr.ReadBits(bytes));
                break;
            case ComplexType ct:
                int half = bytes.Length / 2;
                w.Write('(');
                PrintElement(w, ct.ElementType, bytes[..half]);
                w.Write(',');
                PrintElement(w, ct.ElementType, bytes[half..]);
                w.Write(')');
                break;
            default:
                throw new InvalidOperationException("not a dense element type: " + elementType);
        }
    }

    /// <summary>MLIR stores i1 dense data bit-packed (LSB first); its hex form shows those packed bytes.</summary>
    public static byte[] PackBits(ReadOnlySpan<byte> bytesPerElement)
    {
        var packed = new byte[(bytesPerElement.Length + 7) / 8];
        for (int i = 0; i < bytesPerElement.Length; i++)
        {
            if (bytesPerElement[i] != 0)
            {
                packed[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        return packed;
    }

    /// <summary>Writes <c>0x</c> and upper-case hex in chunks (no per-element work, bounded buffers).</summary>
    public static void WriteHex(AsmWriter w, ReadOnlySpan<byte> data)
    {
        w.Write("0x");
        const int Chunk = 16 * 1024;
        var chars = new char[Chunk * 2];
        for (int off = 0; off < data.Length; off += Chunk)
        {
            var part = data.Slice(off, Math.Min(Chunk, data.Length - off));
            Convert.TryToHexString(part, chars, out int written);
            w.Output.Write(chars, 0, written);
        }
    }
}
