using System.Buffers.Binary;
using System.Runtime.Intrinsics.X86;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>
/// CRC-32C (Castagnoli), used by TensorFlow's table files and tensor bundles. Uses the SSE4.2 instruction when the
/// processor has it, else a table.
/// </summary>
internal static class Crc32C
{
    private static readonly uint[] Table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data) => Extend(0, data);

    public static uint Extend(uint crc, ReadOnlySpan<byte> data)
    {
        uint c = ~crc;
        if (Sse42.X64.IsSupported)
        {
            ulong c64 = c;
            while (data.Length >= 8)
            {
                c64 = Sse42.X64.Crc32(c64, BinaryPrimitives.ReadUInt64LittleEndian(data));
                data = data[8..];
            }

            c = (uint)c64;
        }

        if (Sse42.IsSupported)
        {
            foreach (byte b in data)
            {
                c = Sse42.Crc32(c, b);
            }

            return ~c;
        }

        foreach (byte b in data)
        {
            c = Table[(c ^ b) & 0xff] ^ (c >> 8);
        }

        return ~c;
    }

    /// <summary>The masking LevelDB-style tables apply to stored checksums.</summary>
    public static uint Mask(uint crc) => ((crc >> 15) | (crc << 17)) + 0xa282ead8u;

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0x82f63b78u ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
