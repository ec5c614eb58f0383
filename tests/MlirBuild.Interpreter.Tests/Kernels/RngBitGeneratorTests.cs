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

        // word i of a u32 output: first halves of blocks 0..2, then second halves of blocks 0..1
        var (a0, a1) = RngBitGenerator.Block(0x0000000100000000, 0x0000000400000001);
        var words = ElementCodec.ToLongs(r32[1]);
        Assert.Equal(a0, (uint)words[0]);
        Assert.Equal(a1, (uint)words[3]);
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
