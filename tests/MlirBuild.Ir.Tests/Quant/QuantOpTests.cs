using MlirBuild.Ir.Verification;
using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests.Quant;

/// <summary>quant.qcast/dcast/scast: custom form and verifier diagnostics against mlir-opt 22 (quant registered, no unregistered dialects).</summary>
public class QuantOpTests
{
    private static string Func(string args, string body) => $"func.func @f({args}) {{\n  {body}\n  return\n}}\n";

    [Theory]
    [InlineData("%a: f16", "%0 = quant.qcast %a : f16 to !quant.uniform<i8:f32, 2.0>")]
    [InlineData("%a: tensor<2xf32>", "%0 = quant.qcast %a : tensor<2xf32> to tensor<3x!quant.uniform<i8:f32, 2.0>>")]
    [InlineData("%a: f32", "%0 = quant.qcast %a : f32 to !quant.uniform<i8:f32:0, {1.0}>")]
    [InlineData("%a: tensor<1x2xf32>", "%0 = quant.qcast %a : tensor<1x2xf32> to tensor<1x2x!quant.uniform<i8:f32:3, {1.0, 2.0}>>")]
    [InlineData("%a: tensor<?x3xf32>", "%0 = quant.qcast %a : tensor<?x3xf32> to tensor<?x3x!quant.uniform<i8:f32:1, {1.0, 2.0, 3.0, 4.0}>>")]
    [InlineData("%a: !quant.uniform<i8:f32, 2.0>", "%0 = quant.dcast %a : !quant.uniform<i8:f32, 2.0> to f16")]
    [InlineData("%a: !quant.uniform<i8:f32, 2.0>", "%0 = quant.scast %a : !quant.uniform<i8:f32, 2.0> to i16")]
    [InlineData("%a: i8", "%0 = quant.scast %a : i8 to i8")]
    [InlineData("%a: i32", "%0 = quant.qcast %a : i32 to !quant.uniform<i8:f32, 2.0>")]
    [InlineData("%a: f32", "%0 = quant.qcast %a : f32 to f32")]
    [InlineData("%a: f32", "%0 = quant.qcast %a : f32 to !quant.any<i8>")]
    [InlineData("%a: tensor<6x2xf32>", "%0 = quant.qcast %a : tensor<6x2xf32> to tensor<6x2x!quant.uniform<i8:f32:{0:4}, {{1.0, 2.0}}>>")]
    [InlineData("%a: tensor<6x2xf32>", "%0 = quant.qcast %a : tensor<6x2xf32> to tensor<6x2x!quant.uniform<i8:f32:{2:1, 1:2}, {{1.0}, {2.0}}>>")]
    [InlineData("%a: tensor<6x2xf32>", "%0 = quant.qcast %a : tensor<6x2xf32> to tensor<6x2x!quant.uniform<i8:f32:{0:3}, {{1.0, 2.0}}>>")]
    [InlineData("%a: tensor<*xf32>", "%0 = quant.qcast %a : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32:{0:3}, {{1.0}, {2.0}}>>")]
    [InlineData("%a: tensor<6x2xf32>", "%0 = quant.qcast %a : tensor<6x2xf32> to tensor<6x2x!quant.uniform<i8:f32:{0:3}, {1.0, 2.0}>>")]
    [InlineData("%a: tensor<?x4xf32>", "%0 = quant.qcast %a : tensor<?x4xf32> to tensor<?x4x!quant.uniform<i8:f32:{0:3, 1:2}, {{1.0, 2.0, 3.0}, {2.0, 2.0, 3.0}}>>")]
    [InlineData("%a: f32", "%0 = quant.qcast %a : f32 to !quant.uniform<i8:f32:{0:3}, {{1.0}}>")]
    public void VerifierMatchesMlirOpt(string args, string body)
    {
        string text = Func(args, body);
        var r = MlirParser.Parse(text, "<stdin>", new MlirContext());
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        var diagnostics = Verifier.Verify(r.Module!);
        Assert.True(diagnostics.HasErrors);
        var oracle = ExternalTool.Run(RepoPaths.MlirOpt, new[] { "-" }, text);
        Assert.NotEqual(0, oracle.ExitCode);
        Assert.Equal(oracle.StdErr.Split('\n')[0], diagnostics[0].Headline);
    }

    [Fact]
    public void CastsPrintLikeMlirOpt()
    {
        const string text = """
            func.func @f(%a: tensor<*xf32>, %b: tensor<2x!quant.uniform<u8:f32, 2.0>>) -> tensor<2xi8> {
              %0 = quant.qcast %a : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32:1, {1.0, 2.0, 3.0}>>
              %1 = "quant.scast"(%b) {x = 1} : (tensor<2x!quant.uniform<u8:f32, 2.0>>) -> tensor<2xi8>
              %2 = quant.dcast %b : tensor<2x!quant.uniform<u8:f32, 2.0>> to tensor<2xf32>
              return %1 : tensor<2xi8>
            }
            """;
        var r = MlirParser.Parse(text, "<stdin>", new MlirContext());
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        Assert.False(Verifier.Verify(r.Module!).HasErrors);
        Assert.Equal(Oracle.Pretty(text), MlirPrinter.Print(r.Module!, new PrintOptions()));
        Assert.Equal(Oracle.Generic(text), MlirPrinter.Print(r.Module!, new PrintOptions { Generic = true }));
    }
}
