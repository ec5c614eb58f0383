using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests;

/// <summary>sparse&lt;&gt; attributes, dialect attributes inside loc(...), and i1 hex data, against mlir-opt 22.</summary>
public class SparseLocationBitsTests
{
    private static ParseResult Parse(string text) => MlirParser.Parse(text, "<stdin>", new MlirContext(allowUnregisteredDialects: true));

    private static string OracleError(string text)
    {
        var r = ExternalTool.Run(RepoPaths.MlirOpt, new[] { "--allow-unregistered-dialect", "-" }, text);
        Assert.NotEqual(0, r.ExitCode);
        return r.StdErr.Split('\n')[0];
    }

    [Theory]
    [InlineData("sparse<[[0, 0], [1, 5]], [1, 5]> : tensor<3x4xi32>")]
    [InlineData("sparse<[[0, 0], [1, 2]], [1, 5, 6]> : tensor<3x4xi32>")]
    [InlineData("sparse<[0, 1], [1, 5]> : tensor<3x4xi32>")]
    [InlineData("sparse<[[0, 0], [1, 2]], [[1, 5]]> : tensor<3x4xi32>")]
    [InlineData("sparse<[[0.5, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>")]
    [InlineData("sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<?x4xi32>")]
    [InlineData("sparse<[[0, 0], [1, 2]], [1, 5]> : i32")]
    [InlineData("sparse<[[0, 0], [1, 2]], \"0x0100\"> : tensor<3x4xi32>")]
    [InlineData("sparse<[[-1, 0]], [1]> : tensor<3x4xi32>")]
    [InlineData("sparse<7, [1]> : tensor<3x4xi32>")]
    [InlineData("sparse<[[0, 0], [1, 2]]> : tensor<3x4xi32>")]
    [InlineData("sparse<0, 1> : tensor<0xi32>")]
    public void InvalidSparseGivesMlirOptsDiagnostic(string attr)
    {
        string text = $"\"foo.x\"() {{a = {attr}}} : () -> ()\n";
        var r = Parse(text);
        Assert.False(r.Succeeded);
        Assert.Equal(OracleError(text), r.Diagnostics[0].Headline);
    }

    [Theory]
    [InlineData("dense<[true]> : tensor<1xi32>")]
    [InlineData("dense<true> : tensor<1xf32>")]
    [InlineData("dense<[-true]> : tensor<1xi1>")]
    [InlineData("dense<\"a\"> : tensor<2xi8>")]
    [InlineData("dense<[1, 2, -]> : tensor<3xi32>")]
    [InlineData("dense<[1, ] > : tensor<2xi32>")]
    [InlineData("dense<[\"a\", \"b\"]> : tensor<2xi32>")]
    [InlineData("dense<[\"a\", \"b\"]> : tensor<2xf32>")]
    [InlineData("dense<[(1.0, 2.0), (3, 4)]> : tensor<2xcomplex<f32>>")]
    [InlineData("dense<[(1, true)]> : tensor<1xcomplex<i32>>")]
    [InlineData("sparse<[[0, 0], [1, 2]], [\"a\", \"b\"]> : tensor<3x4xi32>")]
    [InlineData("sparse<[[0, 0], [1, 2]], > : tensor<3x4xi32>")]
    public void InvalidElementLiteralGivesMlirOptsDiagnostic(string attr) => InvalidSparseGivesMlirOptsDiagnostic(attr);

    [Fact]
    public void SparseKeepsIndicesAndValuesAsRawTensors()
    {
        var r = Parse("\"foo.x\"() {a = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>} : () -> ()");
        Assert.True(r.Succeeded);
        var a = Assert.IsType<SparseElementsAttr>(r.Module!.Regions[0].EntryBlock!.FirstOp!.GetAttr("a"));
        Assert.Equal(RankedTensorType.Get(new long[] { 2, 2 }, IntegerType.I64), a.Indices.Type);
        Assert.Equal(new long[] { 0, 0, 1, 2 }, Enumerable.Range(0, 4).Select(i => (long)a.Indices.GetInteger(i)));
        var values = Assert.IsType<DenseElementsAttr>(a.Values);
        Assert.Equal(RankedTensorType.Get(new long[] { 2 }, IntegerType.I32), values.Type);
        Assert.Equal(5, (long)values.GetInteger(1));
    }

    [Theory]
    [InlineData("\"foo.x\"() : () -> () loc(#foo.bar<\"x\">)")]
    [InlineData("\"foo.x\"() : () -> () loc(fused[#foo.q, \"a\":1:2])")]
    [InlineData("\"foo.x\"() : () -> () loc(callsite(#foo.x at \"b\":1:1))")]
    [InlineData("\"foo.x\"() : () -> () loc(fused[#undefd])")]
    [InlineData("#l1 = 5\n\"foo.x\"() : () -> () loc(fused[#l1])")]
    [InlineData("#l1 = 5\n\"foo.x\"() : () -> () loc(#l1)")]
    [InlineData("\"foo.x\"() : () -> () loc(#l1)\n#l1 = \"a\"")]
    [InlineData("\"foo.x\"() : () -> () loc(#l1)\n#l1 = loc(#foo.x)")]
    [InlineData("\"foo.x\"() ({\n^bb0(%a: i32 loc(#foo.x)):\n  \"foo.y\"() : () -> ()\n}) : () -> ()")]
    public void DialectAttributeIsNoLocation(string text)
    {
        var r = Parse(text);
        Assert.False(r.Succeeded);
        Assert.Equal(OracleError(text), r.Diagnostics[0].Headline);
    }

    [Fact]
    public void OneBytePerBoolHexReadsAsTheBitPackedForm()
    {
        // Newer MLIR (after LLVM 22) writes one 0/1 byte per i1; mlir-opt 22 wants bits. Both mean the same values.
        var bools = Enumerable.Range(0, 200).Select(i => (byte)((i * 7 % 3) == 0 ? 1 : 0)).ToArray();
        var packed = new byte[25];
        for (int i = 0; i < bools.Length; i++)
        {
            packed[i / 8] |= (byte)(bools[i] << (i % 8));
        }

        string Module(byte[] data) => $"\"foo.x\"() {{a = dense<\"0x{Convert.ToHexString(data)}\"> : tensor<200xi1>}} : () -> ()\n";
        var ours = Parse(Module(bools));
        Assert.True(ours.Succeeded, string.Join("\n", ours.Diagnostics));
        Assert.Equal(Oracle.Generic(Module(packed)), MlirPrinter.Print(ours.Module!, new PrintOptions { Generic = true }));
    }
}
