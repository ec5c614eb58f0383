namespace MlirBuild.Ir.Tools;

/// <summary>
/// Checks that printing and re-parsing is a fixed point: source → print → parse → print gives the same text, in
/// the pretty form and in the generic form, and the pretty and generic prints describe the same IR.
/// </summary>
public static class RoundTripChecker
{
    public sealed record Result(bool Passed, string? Failure);

    public static Result Check(string source, string bufferName, FormatOptions options)
    {
        var parseOptions = options with { Generic = false };
        var diagnostics = new DiagnosticBag();
        var module = MlirFormatter.ParseAndVerify(source, bufferName, parseOptions, diagnostics);
        if (module is null)
        {
            return new Result(false, "does not parse: " + First(diagnostics));
        }

        var pretty = MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(parseOptions));
        var generic = MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(parseOptions with { Generic = true }));
        return Again(pretty, "pretty", bufferName, parseOptions, pretty, generic) ??
               Again(generic, "generic", bufferName, parseOptions with { Generic = true }, generic, generic) ??
               new Result(true, null);
    }

    /// <summary>Re-parses <paramref name="text"/>; its print must equal <paramref name="expectedSame"/>, and its generic
    /// print must equal <paramref name="expectedGeneric"/>.</summary>
    private static Result? Again(string text, string form, string bufferName, FormatOptions options, string expectedSame, string expectedGeneric)
    {
        var diagnostics = new DiagnosticBag();
        var module = MlirFormatter.ParseAndVerify(text, bufferName + $" ({form} print)", options, diagnostics);
        if (module is null)
        {
            return new Result(false, $"{form} print does not re-parse: " + First(diagnostics));
        }

        var again = MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(options));
        if (again != expectedSame)
        {
            return new Result(false, $"{form} print is not a fixed point, {Difference(expectedSame, again)}");
        }

        var generic = MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(options with { Generic = true }));
        return generic == expectedGeneric
            ? null
            : new Result(false, $"{form} print re-parses to different IR, generic {Difference(expectedGeneric, generic)}");
    }

    private static string First(DiagnosticBag diagnostics) =>
        diagnostics.FirstOrDefault(d => d.IsError)?.ToString() ?? "no diagnostic";

    private static string Difference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "<end>";
            var y = i < a.Length ? a[i] : "<end>";
            if (x != y)
            {
                return $"line {i + 1}: first '{Clip(x)}', then '{Clip(y)}'";
            }
        }

        return "texts differ";
    }

    private static string Clip(string s) => s.Length > 160 ? s[..160] + "..." : s;
}
