using System.Text.RegularExpressions;
using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>docs/stablehlo-assembly.md specifies every hand-written hook the specs ask for.</summary>
public sealed partial class AssemblyDocTests
{
    private static string Doc() => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "stablehlo-assembly.md"));

    [Fact]
    public void EveryCustomDirectiveHasASection()
    {
        var directives = TdFiles.All()
            .SelectMany(f => File.ReadLines(Path.Combine(TdFiles.Root, f)))
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(line => CustomDirective().Matches(line))
            .Select(m => m.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("SameOperandsAndResultType", directives);
        var doc = Doc();
        var missing = directives.Where(d => !doc.Contains("### `" + d + "(", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "custom directives without a section: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("StableHlo/StablehloOps.td", "StableHLO_", "stablehlo")]
    [InlineData("Chlo/ChloOps.td", "CHLO_", "chlo")]
    public void EveryCustomOpHasASection(string file, string prefix, string dialect)
    {
        var records = TdFiles.Records(file);
        var custom = records.Values
            .Where(r => r.IsA("Op") && r.Name.StartsWith(prefix, StringComparison.Ordinal)
                && r.Fields["hasCustomAssemblyFormat"] == "1")
            .Select(r => dialect + "." + r.Str("opName"))
            .ToList();
        Assert.NotEmpty(custom);
        var doc = Doc();
        Assert.All(custom, op => Assert.Contains("### `" + op + "`", doc, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"custom<(?<name>[A-Za-z0-9_]+)>\(")]
    private static partial Regex CustomDirective();
}
