using System.Text.RegularExpressions;
using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>Every op the StableHLO corpus uses (stablehlo, chlo, check, interpreter) is defined by our specs.</summary>
public sealed partial class CorpusOpCoverageTests
{
    private static readonly string[] Roots =
        ["StableHlo/StablehloOps.td", "Chlo/ChloOps.td", "Check/CheckOps.td", "Interpreter/InterpreterOps.td"];

    [Fact]
    public void EveryCorpusOpIsDefined()
    {
        var defined = Roots.SelectMany(r => OpNames.Of(TdFiles.Records(r))).ToHashSet(StringComparer.Ordinal);
        var used = CorpusOps();

        // The scan must see the corpus: these ops appear in it in pretty and generic form.
        Assert.Contains("stablehlo.add", used.Keys);
        Assert.Contains("stablehlo.sort", used.Keys);
        Assert.Contains("check.expect_eq_const", used.Keys);
        Assert.Contains("chlo.top_k", used.Keys);
        Assert.True(used.Count >= 120, $"only {used.Count} distinct ops found in the corpus");

        var missing = used.Where(kv => !defined.Contains(kv.Key)).Select(kv => $"{kv.Key} (e.g. {kv.Value})").ToList();
        Assert.True(missing.Count == 0, "ops used by the corpus but not defined:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void OpsPrintedPrettyInTheCorpusHaveAPrettyForm()
    {
        var all = Roots.SelectMany(r => TdFiles.Records(r).Values).DistinctBy(r => r.Name).ToList();
        var records = all.Where(r => r.IsA("Op")).ToList();
        Assert.NotEmpty(records);
        var dialectNames = all.Where(r => r.IsA("Dialect"))
            .ToDictionary(r => r.Name, r => r.Str("name")!);
        var pretty = records
            .Where(r => r.Fields["hasCustomAssemblyFormat"] == "1" || r.Fields["assemblyFormat"] != "?")
            .Select(r => dialectNames[r.Fields["opDialect"]] + "." + r.Str("opName"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("stablehlo.add", pretty);
        Assert.Contains("stablehlo.reduce", pretty);
        Assert.DoesNotContain("stablehlo.sort", pretty);

        var used = CorpusOps(generic: false);
        var missing = used.Where(kv => !pretty.Contains(kv.Key)).Select(kv => $"{kv.Key} (e.g. {kv.Value})").ToList();
        Assert.True(missing.Count == 0, "ops printed pretty in the corpus but generic-only in the specs:\n" + string.Join("\n", missing));
    }

    /// <summary>Op name → first file using it. Comment lines are skipped; only op positions count.</summary>
    private static Dictionary<string, string> CorpusOps(bool generic = true)
    {
        var dir = Path.Combine(RepoPaths.SharedCorpus, "stablehlo");
        Assert.True(Directory.Exists(dir), dir + " is missing");
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*.mlir", SearchOption.AllDirectories))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var regex in generic ? new[] { GenericOp(), PrettyOp() } : new[] { PrettyOp() })
                {
                    foreach (Match m in regex.Matches(line))
                    {
                        used.TryAdd(m.Groups["name"].Value, Path.GetRelativePath(dir, file));
                    }
                }
            }
        }

        return used;
    }

    // `"stablehlo.sort"(` : the generic form.
    [GeneratedRegex(@"""(?<name>(?:stablehlo|chlo|check|interpreter)\.[a-z_][a-z0-9_-]*)""\s*\(")]
    private static partial Regex GenericOp();

    // `%x = stablehlo.add`, a statement start, or the op of a compact reduce (`applies stablehlo.add`).
    [GeneratedRegex(@"(?:^\s*|=\s*|\bapplies\s+)(?<name>(?:stablehlo|chlo|check|interpreter)\.[a-z_][a-z0-9_-]*)\b(?![.""])")]
    private static partial Regex PrettyOp();
}
