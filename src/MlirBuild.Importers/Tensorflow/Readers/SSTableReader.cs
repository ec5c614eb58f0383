using System.Buffers.Binary;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>
/// Reads the sorted key/value table format (LevelDB-style) TensorFlow uses for checkpoint <c>.index</c> files:
/// a 48-byte footer with the index block handle and a magic number; blocks of prefix-compressed entries with a
/// restart array, each followed by a compression byte and a masked CRC-32C. Blocks may be Snappy-compressed.
/// Every offset and length is checked against the file before use.
/// </summary>
internal static class SSTableReader
{
    private const ulong Magic = 0xdb4775248b80fb57UL;
    private const int FooterLength = 48;
    private const int TrailerLength = 5;

    /// <summary>Returns all entries in key order. Throws <see cref="ModelFormatException"/> for malformed tables.</summary>
    public static List<KeyValuePair<byte[], ReadOnlyMemory<byte>>> ReadAll(ReadOnlyMemory<byte> file, string path)
    {
        var span = file.Span;
        if (span.Length < FooterLength)
        {
            throw ModelFormatException.At(path, $"table file is {span.Length} bytes, shorter than its 48-byte footer");
        }

        var footer = span[^FooterLength..];
        if (BinaryPrimitives.ReadUInt64LittleEndian(footer[40..]) != Magic)
        {
            throw ModelFormatException.At(path, "not a table file (bad magic number in the footer)");
        }

        int pos = 0;
        _ = ReadHandle(footer, ref pos, path); // metaindex: unused by tensor bundles
        var index = ReadHandle(footer, ref pos, path);
        var indexBlock = ReadBlock(file, index, path);
        var result = new List<KeyValuePair<byte[], ReadOnlyMemory<byte>>>();
        foreach (var (_, handleBytes) in ReadEntries(indexBlock, path))
        {
            int p = 0;
            var handle = ReadHandle(handleBytes.Span, ref p, path);
            var block = ReadBlock(file, handle, path);
            result.AddRange(ReadEntries(block, path).Select(e => new KeyValuePair<byte[], ReadOnlyMemory<byte>>(e.Key, e.Value)));
        }

        return result;
    }

    private static (long Offset, long Size) ReadHandle(ReadOnlySpan<byte> data, ref int pos, string path)
    {
        long offset = (long)ReadVarint(data, ref pos, path);
        long size = (long)ReadVarint(data, ref pos, path);
        return (offset, size);
    }

    private static ReadOnlyMemory<byte> ReadBlock(ReadOnlyMemory<byte> file, (long Offset, long Size) handle, string path)
    {
        if (handle.Offset < 0 || handle.Size < 0 || handle.Offset > file.Length || handle.Size > file.Length - handle.Offset - TrailerLength)
        {
            throw ModelFormatException.At(path, $"block at offset {handle.Offset} with size {handle.Size} lies outside the {file.Length}-byte file");
        }

        var contents = file.Slice((int)handle.Offset, (int)handle.Size);
        var trailer = file.Span.Slice((int)(handle.Offset + handle.Size), TrailerLength);
        uint expected = BinaryPrimitives.ReadUInt32LittleEndian(trailer[1..]);
        uint actual = Crc32C.Mask(Crc32C.Extend(Crc32C.Compute(contents.Span), trailer[..1]));
        if (expected != actual)
        {
            throw ModelFormatException.At(path, $"checksum mismatch in block at offset {handle.Offset}");
        }

        return trailer[0] switch
        {
            0 => contents,
            1 => Unsnappy(contents, path),
            _ => throw ModelFormatException.At(path, $"block at offset {handle.Offset} uses unknown compression {trailer[0]}"),
        };
    }

    private static ReadOnlyMemory<byte> Unsnappy(ReadOnlyMemory<byte> compressed, string path)
    {
        int length;
        try
        {
            length = Snappier.Snappy.GetUncompressedLength(compressed.Span);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw ModelFormatException.At(path, "corrupt Snappy block: " + e.Message);
        }

        // Snappy expands at most ~22x per byte of input; a larger claim is corrupt and must not be allocated.
        if (length < 0 || length > (compressed.Length * 32L) + 64)
        {
            throw ModelFormatException.At(path, $"Snappy block claims {length} bytes from {compressed.Length}");
        }

        var output = new byte[length];
        try
        {
            int n = Snappier.Snappy.Decompress(compressed.Span, output);
            return output.AsMemory(0, n);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            throw ModelFormatException.At(path, "corrupt Snappy block: " + e.Message);
        }
    }

    private static List<(byte[] Key, ReadOnlyMemory<byte> Value)> ReadEntries(ReadOnlyMemory<byte> block, string path)
    {
        var span = block.Span;
        if (span.Length < 4)
        {
            throw ModelFormatException.At(path, "table block too short");
        }

        uint restarts = BinaryPrimitives.ReadUInt32LittleEndian(span[^4..]);
        long limit = span.Length - 4 - (4L * restarts);
        if (limit < 0)
        {
            throw ModelFormatException.At(path, $"table block claims {restarts} restart points, more than fit");
        }

        var entries = new List<(byte[], ReadOnlyMemory<byte>)>();
        byte[] key = [];
        int pos = 0;
        while (pos < limit)
        {
            ulong shared = ReadVarint(span, ref pos, path);
            ulong nonShared = ReadVarint(span, ref pos, path);
            ulong valueLength = ReadVarint(span, ref pos, path);
            if (shared > (ulong)key.Length || nonShared > (ulong)(limit - pos) || valueLength > (ulong)(limit - pos) - nonShared)
            {
                throw ModelFormatException.At(path, "table entry lengths run past its block");
            }

            var next = new byte[(int)shared + (int)nonShared];
            key.AsSpan(0, (int)shared).CopyTo(next);
            span.Slice(pos, (int)nonShared).CopyTo(next.AsSpan((int)shared));
            pos += (int)nonShared;
            entries.Add((next, block.Slice(pos, (int)valueLength)));
            pos += (int)valueLength;
            key = next;
        }

        return entries;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos, string path)
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (pos >= data.Length)
            {
                throw ModelFormatException.At(path, "truncated varint in table");
            }

            byte b = data[pos++];
            result |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw ModelFormatException.At(path, "overlong varint in table");
    }
}
