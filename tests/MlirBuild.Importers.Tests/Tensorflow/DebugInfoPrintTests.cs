using MlirBuild.Ir;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>Printed with locations, an imported module still parses in mlir-opt and keeps the node names.</summary>
public sealed class DebugInfoPrintTests
{
    [Fact]
    public void LocationsSurviveMlirOpt()
    {
        var module = ImportHelpers.ImportOk(TextFormatTests.FixturePath);
        string text = MlirPrinter.Print(module, new PrintOptions { Generic = true, PrintDebugInfo = true });
        string reprinted = ImportHelpers.MlirOptRoundTrip(text);
        Assert.Contains("\"training/Adam/Adam/update_conv2d/kernel/ResourceApplyAdam\"", reprinted);
    }
}
