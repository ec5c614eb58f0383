using MlirBuild.Interpreter.Kernels;
using System.Text.RegularExpressions;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Tests.Common;

namespace MlirBuild.Interpreter.Tests.Kernels;

public sealed class RngBitGeneratorTests
{
    /// <summary>Known-answer vectors of Threefry-2x32-20 from the Random123 distribution (counter, key, output).</summary>
    [Theory]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x6b200159u, 0x99ba4efeu)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x1cb996fcu, 0xbb002be7u)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xc4923a9cu, 0x483df7a0u)]
    public void ThreefryBlockMatchesKnownAnswers(uint c0, uint c1, uint k0, uint k1, uint e0, uint e1)
    {
        var (x0, x1) = RngBitGenerator.Block(c0 | ((ulong)c1 << 32), k0 | ((ulong)k1 << 32));
        Assert.Equal(e0, x0);
        Assert.Equal(e1, x1);
    }

    [Fact]
    public void StateAdvancesByTheWordsUsed()
    {
        var state = TestTensors.Ints(ElementType.U64, [2], 0x0000000400000001, 0x0000000100000000);
        var r64 = RngBitGenerator.ThreeFry(state, ElementType.U64, [100, 100]);
        Assert.Equal(new long[] { 0x0000000400000001, 0x0000000100002710 }, ElementCodec.ToLongs(r64[0]));
        var r32 = RngBitGenerator.ThreeFry(state, ElementType.U32, [5]);
        Assert.Equal(0x0000000100000003, ElementCodec.ToLongs(r32[0])[1]);

        // XLA halves the (largest, as none is even) dimension: element 2a + k is word k of block a
        var (a0, a1) = RngBitGenerator.Block(0x0000000100000000, 0x0000000400000001);
        var (_, b1) = RngBitGenerator.Block(0x0000000100000001, 0x0000000400000001);
        var words = ElementCodec.ToLongs(r32[1]);
        Assert.Equal(a0, (uint)words[0]);
        Assert.Equal(a1, (uint)words[1]);
        Assert.Equal(b1, (uint)words[3]);
    }

    [Fact]
    public void ThreefryU32SplitsTheFirstEvenDimension()
    {
        // [3, 4]: dimension 1 is halved; element (i, 2j + k) is word k of block i * 2 + j
        var state = TestTensors.Ints(ElementType.U64, [2], 7, 100);
        var r = RngBitGenerator.ThreeFry(state, ElementType.U32, [3, 4]);
        var words = ElementCodec.ToLongs(r[1]);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 2; j++)
            {
                var (x0, x1) = RngBitGenerator.Block(100 + (ulong)((i * 2) + j), 7);
                Assert.Equal(x0, (uint)words[(i * 4) + (2 * j)]);
                Assert.Equal(x1, (uint)words[(i * 4) + (2 * j) + 1]);
            }
        }

        Assert.Equal(106, ElementCodec.ToLongs(r[0])[1]);
    }

    /// <summary>Known-answer vectors of Philox-4x32-10 from the Random123 distribution (counter words, key words, output).</summary>
    [Theory]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void PhiloxBlockMatchesKnownAnswers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint e0, uint e1, uint e2, uint e3)
    {
        var x = RngBitGenerator.PhiloxBlock(c0 | ((ulong)c1 << 32), c2 | ((ulong)c3 << 32), k0 | ((ulong)k1 << 32));
        Assert.Equal(new[] { e0, e1, e2, e3 }, x);
    }

    [Fact]
    public void PhiloxLaysOutBlockWordsInOrderAndAdvancesThe128BitCounter()
    {
        // three-word state: key, counter low, counter high; the low word wraps into the high one
        var state = TestTensors.Ints(ElementType.U64, [3], 5, -1, 9);
        var r32 = RngBitGenerator.Generate("PHILOX", state, ElementType.U32, [6]);
        var block0 = RngBitGenerator.PhiloxBlock(ulong.MaxValue, 9, 5);
        var block1 = RngBitGenerator.PhiloxBlock(0, 10, 5);
        Assert.Equal(block0.Concat(block1.Take(2)).Select(w => (long)w), ElementCodec.ToLongs(r32[1]));
        Assert.Equal(new long[] { 5, 1, 10 }, ElementCodec.ToLongs(r32[0]));

        // two-word state: the counter is (low = state[1], high = key); 64-bit outputs take two words each
        var two = TestTensors.Ints(ElementType.U64, [2], 5, 3);
        var r64 = RngBitGenerator.Generate("DEFAULT", two, ElementType.U64, [3]);
        var b0 = RngBitGenerator.PhiloxBlock(3, 5, 5);
        var b1 = RngBitGenerator.PhiloxBlock(4, 5, 5);
        Assert.Equal(
            new[] { b0[0] | ((ulong)b0[1] << 32), b0[2] | ((ulong)b0[3] << 32), b1[0] | ((ulong)b1[1] << 32) },
            ElementCodec.ToLongs(r64[1]).Select(v => (ulong)v));
        Assert.Equal(new long[] { 5, 5 }, ElementCodec.ToLongs(r64[0]));
    }

    [Fact]
    public void MatchesTheJaxGeneratedCorpusOutput()
    {
        // testdata/rng_bit_generator_*: state [1, 4, 0, 1] as u32 pairs, 100x100 u64 words computed by XLA
        string path = Path.Combine(RepoPaths.SharedCorpus, "stablehlo", "testdata", "rng_bit_generator_uint32_4.mlir");
        var hex = Regex.Match(File.ReadAllText(path), "dense<\"0x([0-9A-F]+)\"> : tensor<100x100xui64>").Groups[1].Value;
        Assert.Equal(100 * 100 * 8 * 2, hex.Length);
        var expected = Convert.FromHexString(hex);
        var state = TestTensors.Ints(ElementType.U64, [2], 0x0000000400000001, 0x0000000100000000);
        var result = RngBitGenerator.ThreeFry(state, ElementType.U64, [100, 100]);
        Assert.Equal(expected, result[1].Bytes.ToArray());
    }
}
