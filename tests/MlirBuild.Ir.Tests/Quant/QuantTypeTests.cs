using MlirBuild.Ir.Quant;
using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests.Quant;

/// <summary>The quant dialect's types: printing and diagnostics against mlir-opt 22, and the typed API.</summary>
public class QuantTypeTests
{
    private static string Declare(string type) => $"func.func private @f(%a: {type})\n";

    [Theory]
    [InlineData("!quant.uniform<i8:f32, 0.0038905945478701124:-1>")]
    [InlineData("!quant.uniform<u8:f32, 7.843137254901961E-9>")]
    [InlineData("!quant.uniform<i8<-127:127>:f32, 2.0:10>")]
    [InlineData("!quant.uniform<ui16<0:1023>:f16, 1.23:512>")]
    [InlineData("!quant.uniform<si4:bf16, 0.1:-8>")]
    [InlineData("!quant.uniform<i8:f64, 0x3FB999999999999A>")]
    [InlineData("!quant.uniform<u32<0:4294967295>:f32, 1.0 : 3>")]
    [InlineData("tensor<2x3x!quant.uniform<i8<-127:127>:f32:1, {0.1:-30, 0.5:-20, 3.0}>>")]
    [InlineData("tensor<3x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{1.0:1, 2.0:2}, {3.0:3,4.0:4}, {5.0:5,6.0:6}}>>")]
    [InlineData("tensor<6x2x!quant.uniform<u8:f16:{0:3}, {{0.1:200}, {2.0:1}}>>")]
    [InlineData("tensor<6x2x!quant.uniform<i8:f32:{}, {{{1.0:300}}}>>")]
    [InlineData("!quant.any<i8<-8:7>:f32>")]
    [InlineData("!quant.any<u16>")]
    [InlineData("!quant.calibrated<f32<-0.998:1.2321>>")]
    public void PrintsLikeMlirOpt(string type)
    {
        string text = Declare(type);
        var r = MlirParser.Parse(text, "<stdin>", new MlirContext());
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        Assert.Equal(Oracle.Generic(text), MlirPrinter.Print(r.Module!, new PrintOptions { Generic = true }));
    }

    [Theory]
    [InlineData("!quant.uniform<i33:f32, 1.0>")]
    [InlineData("!quant.uniform<x8:f32, 1.0>")]
    [InlineData("!quant.uniform<uint:f32, 1.0>")]
    [InlineData("!quant.uniform<i8<-200:127>:f32, 1.0>")]
    [InlineData("!quant.uniform<i8<-128:200>:f32, 1.0>")]
    [InlineData("!quant.uniform<i8 < 6 : 5 >:f32, 1.0>")]
    [InlineData("!quant.uniform<i8:f32, 0.0>")]
    [InlineData("!quant.uniform<i8:f16, 65505.0>")]
    [InlineData("!quant.uniform<i8:f8E4M3FN, 0.001>")]
    [InlineData("!quant.uniform<i8:f32, -1.5e400>")]
    [InlineData("!quant.uniform<i8:i32, 1.0>")]
    [InlineData("!quant.uniform<i8:f32 >")]
    [InlineData("!quant.uniform<i8:f32, 1>")]
    [InlineData("!quant.uniform<i8:f32, -0x10>")]
    [InlineData("!quant.uniform<i8:f32, 1.0:99999999999999999999>")]
    [InlineData("!quant.uniform<i8:f32:2147483648, {1.0}>")]
    [InlineData("!quant.uniform<i8:f32:-1, {1.0, 2.0}>")]
    [InlineData("!quant.uniform<i8:f32:1, {1.0,}>")]
    [InlineData("tensor<6x2x!quant.uniform<i8:f32:{0:0}, {{1.0, 2.0}}>>")]
    [InlineData("tensor<6x2x!quant.uniform<i8:f32:{-1:1}, {{1.0, 2.0}}>>")]
    [InlineData("tensor<6x2x!quant.uniform<i8:f32:{0:3}, {{1.0}, {2.0, 3.0}}>>")]
    [InlineData("tensor<6x2x!quant.uniform<i8:f32:{0:3}, 1.0>>")]
    [InlineData("!quant.foo<i8>")]
    [InlineData("!quant.uniform")]
    [InlineData("!quant<\"uniform<i8:f32, 1.0>\">")]
    [InlineData("!quant.calibrated<f32<2.0:1.0>>")]
    [InlineData("!quant.calibrated<f32>")]
    [InlineData("!quant.any<>")]
    public void InvalidTypeGivesMlirOptsFirstDiagnostic(string type)
    {
        string text = Declare(type);
        var r = MlirParser.Parse(text, "<stdin>", new MlirContext());
        Assert.False(r.Succeeded);
        var oracle = ExternalTool.Run(RepoPaths.MlirOpt, new[] { "-" }, text);
        Assert.NotEqual(0, oracle.ExitCode);
        Assert.Equal(oracle.StdErr.Split('\n')[0], r.Diagnostics[0].Headline);
    }

    [Fact]
    public void PerAxisTypeExposesItsParameters()
    {
        var t = Assert.IsType<UniformQuantizedPerAxisType>(MlirParser.ParseType("!quant.uniform<i8<-127:127>:f32:0, {0.1:-30,0.5:-20}>", new MlirContext()));
        Assert.True(t.IsSigned);
        Assert.Equal(8, t.StorageWidth);
        Assert.Equal(IntegerType.I8, t.StorageType);
        Assert.Equal((-127L, 127L), (t.StorageMin, t.StorageMax));
        Assert.True(t.HasStorageTypeBounds);
        Assert.Equal(FloatType.F32, t.ExpressedType);
        Assert.Equal(0, t.QuantizedDimension);
        Assert.Equal(new[] { 0.1, 0.5 }, t.Scales.ToArray());
        Assert.Equal(new[] { -30L, -20L }, t.ZeroPoints.ToArray());
    }

    [Fact]
    public void PerLayerTypeDefaultsAndEquality()
    {
        var ctx = new MlirContext();
        var t = Assert.IsType<UniformQuantizedType>(MlirParser.ParseType("!quant.uniform<u8:bf16, 0.5>", ctx));
        Assert.False(t.IsSigned);
        Assert.Equal((0L, 255L), (t.StorageMin, t.StorageMax));
        Assert.False(t.HasStorageTypeBounds);
        Assert.Equal(FloatType.BF16, t.ExpressedType);
        Assert.Equal(0.5, t.Scale);
        Assert.Equal(0, t.ZeroPoint);

        // ui8 and an explicit full range mean the same type, as in MLIR.
        Assert.Equal(t, MlirParser.ParseType("!quant.uniform<ui8<0:255>:bf16, 5.0e-1>", ctx));
        Assert.Equal(t, UniformQuantizedType.Get(isSigned: false, 8, FloatType.BF16, 0.5));
        Assert.Equal(t, QuantizedType.ElementOf(RankedTensorType.Get(new long[] { 2 }, t)));
    }

    [Fact]
    public void SubChannelTypeKeepsShapeRoundedScalesAndWrappedZeroPoints()
    {
        var t = Assert.IsType<UniformQuantizedSubChannelType>(
            MlirParser.ParseType("!quant.uniform<u8:f16:{0:3, 1:2}, {{0.5:200, 2.0}, {1.0, 0.25:7}}>", new MlirContext()));
        Assert.Equal(new[] { 0, 1 }, t.QuantizedDimensions.ToArray());
        Assert.Equal(new[] { 3L, 2L }, t.BlockSizes.ToArray());
        Assert.Equal(new[] { 2L, 2L }, t.ParamShape.ToArray());
        Assert.Equal(new[] { 0.5, 2.0, 1.0, 0.25 }, t.Scales.ToArray());

        // 200 does not fit a signed 8-bit APInt: MLIR stores (and prints) -56.
        Assert.Equal(new[] { -56L, 0, 0, 7 }, t.ZeroPoints.ToArray());
    }

    [Fact]
    public void AnyAndCalibratedTypes()
    {
        var ctx = new MlirContext();
        var any = Assert.IsType<AnyQuantizedType>(MlirParser.ParseType("!quant.any<i8<-8:7>>", ctx));
        Assert.Null(any.ExpressedType);
        Assert.Equal((-8L, 7L), (any.StorageMin, any.StorageMax));
        var cal = Assert.IsType<CalibratedQuantizedType>(MlirParser.ParseType("!quant.calibrated<f32<-1.5:2.25>>", ctx));
        Assert.Equal((FloatType.F32, -1.5, 2.25), (cal.ExpressedType, cal.Min, cal.Max));
    }

    [Fact]
    public void QuantIsRegisteredByDefault() => Assert.NotNull(new MlirContext().GetDialect("quant"));
}
