namespace MlirBuild.Ir.Tests;

/// <summary>Parses with our parser and prints with our printer, for comparison with mlir-opt.</summary>
internal static class Differential
{
    public static string OursGeneric(string text, bool debugInfo = false, bool nameHints = false)
    {
        var ctx = new MlirContext(allowUnregisteredDialects: true);
        var r = MlirParser.Parse(text, "<stdin>", ctx, new ParserOptions { RecordNameHints = nameHints });
        Assert.True(r.Succeeded, "parse failed: " + r.Diagnostics + "\ninput:\n" + text);
        return MlirPrinter.Print(r.Module!, new PrintOptions { Generic = true, PrintDebugInfo = debugInfo });
    }

    public static string OursPretty(string text)
    {
        var ctx = new MlirContext(allowUnregisteredDialects: true);
        var r = MlirParser.Parse(text, "<stdin>", ctx);
        Assert.True(r.Succeeded, "parse failed: " + r.Diagnostics + "\ninput:\n" + text);
        return MlirPrinter.Print(r.Module!, new PrintOptions());
    }

    /// <summary>Our generic print of the input equals mlir-opt's, and reparsing mlir-opt's output is a fixed point.</summary>
    public static void AssertMatchesMlirOpt(string text, bool debugInfo = false)
    {
        string expected = Oracle.Generic(text, debugInfo);
        Assert.Equal(expected, OursGeneric(text, debugInfo));
        Assert.Equal(expected, OursGeneric(expected, debugInfo, nameHints: true));
    }
}
