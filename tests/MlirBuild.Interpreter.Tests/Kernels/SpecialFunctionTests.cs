using MlirBuild.Interpreter.Kernels;

namespace MlirBuild.Interpreter.Tests.Kernels;

/// <summary>Special functions against published values (closed forms and tables).</summary>
public sealed class SpecialFunctionTests
{
    [Theory]
    [InlineData(0.5, 0.57236494292470008)] // log(sqrt(pi))
    [InlineData(10, 12.801827480081469)] // log(9!)
    [InlineData(-0.5, 1.2655121234846454)] // log(2 sqrt(pi))
    [InlineData(1, 0)]
    [InlineData(1e-8, 18.420680738180209)] // ~ -log(x)
    public void LogGamma(double x, double expected) => Assert.Equal(expected, SpecialFunctions.LogGamma(x), 1e-12);

    [Fact]
    public void LogGammaPolesAreInfinite() => Assert.Equal(double.PositiveInfinity, SpecialFunctions.LogGamma(-3));

    [Theory]
    [InlineData(1, -0.57721566490153286)] // -Euler's gamma
    [InlineData(0.5, -1.9635100260214235)] // -gamma - 2 log 2
    [InlineData(-0.5, 0.036489973978576520)] // digamma(0.5) + 2
    [InlineData(10, 2.2517525890667211)]
    public void Digamma(double x, double expected) => Assert.Equal(expected, SpecialFunctions.Digamma(x), 1e-12);

    [Theory]
    [InlineData(0.5, 0.52049987781304654)]
    [InlineData(-1, -0.84270079294971487)]
    [InlineData(3, 0.99997790950300141)]
    public void Erf(double x, double expected) => Assert.Equal(expected, SpecialFunctions.Erf(x), 1e-14);

    [Fact]
    public void ErfcKeepsRelativePrecisionInTheTail()
    {
        Assert.Equal(2.2090496998585441e-05, SpecialFunctions.Erfc(3), 1e-18);
        Assert.Equal(1.5374597944280349e-12, SpecialFunctions.Erfc(5), 1e-24);
    }

    [Theory]
    [InlineData(0.5, 0.47693627620446987)]
    [InlineData(-0.9, -1.1630871536766741)]
    [InlineData(0.999999, 3.4589107372773)]
    public void ErfInv(double y, double expected) => Assert.Equal(expected, SpecialFunctions.ErfInv(y), 1e-10);

    [Fact]
    public void BesselI1eMatchesTheSeriesAndIsContinuousAtTheSwitch()
    {
        // I1(1) = 0.565159103992485, times e^-1
        Assert.Equal(0.565159103992485 * Math.Exp(-1), SpecialFunctions.BesselI1e(1), 1e-14);
        Assert.Equal(-SpecialFunctions.BesselI1e(2), SpecialFunctions.BesselI1e(-2), 1e-15);
        Assert.Equal(SpecialFunctions.BesselI1e(19.999999), SpecialFunctions.BesselI1e(20.000001), 1e-8);
    }
}
