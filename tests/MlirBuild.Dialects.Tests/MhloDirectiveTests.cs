using MlirBuild.Ir;
using MlirBuild.Ir.Tools;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// The StableHLO directives serve mhlo too (docs/stablehlo-assembly.md, MHLO): same syntax, dimension lists stored as
/// i64 elements, <c>#mhlo.</c> attribute prefixes.
/// </summary>
public class MhloDirectiveTests
{
    private static readonly FormatOptions Options = new()
    {
        ConfigureContext = context =>
        {
            HloDialects.Register(context);
            Mhlo.MhloDialect.Register(context);
        },
    };

    [Theory]
    [InlineData("tensor<1x16x2xf32>, tensor<3x2x2xf32>", "%0 = mhlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {stride = [1], pad = [[2, 2]], lhs_dilate = [2], reverse = [false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x16x2xf32>, tensor<3x2x2xf32>) -> tensor<1x33x2xf32>",
        "window_strides = dense<1> : tensor<1xi64>", "window_reversal = dense<false> : tensor<1xi1>")]
    [InlineData("tensor<4x3xf32>, tensor<3x6xf32>", "%0 = mhlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0], precision = [DEFAULT, HIGH] : (tensor<4x3xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>",
        "#mhlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>", "#mhlo<precision HIGH>")]
    [InlineData("tensor<2x3xf32>, tensor<f32>", "%0 = mhlo.reduce(%arg0 init: %arg1) applies mhlo.add across dimensions = [0] : (tensor<2x3xf32>, tensor<f32>) -> tensor<3xf32>",
        "dimensions = dense<0> : tensor<1xi64>", "\"mhlo.add\"")]
    [InlineData("tensor<6xf64>", "%0 = mhlo.reduce_precision %arg0, format = e5m10 : tensor<6xf64>", "exponent_bits = 5 : i32", "mantissa_bits = 10 : i32")]
    public void MhloOpsUseTheSharedDirectives(string argumentTypes, string line, string genericPart1, string genericPart2)
    {
        var args = argumentTypes.Split(", ").Select((t, i) => $"%arg{i}: {t}");
        var source = $"func.func @f({string.Join(", ", args)}) {{\n  {line}\n  return\n}}\n";
        var diagnostics = new DiagnosticBag();
        var module = MlirFormatter.ParseAndVerify(source, "mhlo.mlir", Options, diagnostics);
        Assert.True(module is not null, string.Join("\n", diagnostics.Select(d => d.ToString())));
        var pretty = MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(Options));
        Assert.Contains("\n    " + line + "\n", pretty);
        var generic = MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(Options with { Generic = true }));
        Assert.Contains(genericPart1, generic);
        Assert.Contains(genericPart2, generic);
        var result = RoundTripChecker.Check(pretty, "mhlo.mlir", Options);
        Assert.True(result.Passed, result.Failure);
    }
}
