using System.Text;
using System.Text.RegularExpressions;
using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// The attribute names the corpus writes in generic-form ops (`"stablehlo.gather"(...) {slice_sizes = ...}`) are
/// attribute arguments of those ops in our specs: the specs spell attributes as StableHLO does.
/// </summary>
public sealed partial class CorpusAttributeNamesTests
{
    private static readonly string[] Roots =
        ["StableHlo/StablehloOps.td", "Chlo/ChloOps.td", "Check/CheckOps.td", "Interpreter/InterpreterOps.td"];

    [Fact]
    public void GenericFormAttributesAreOpArguments()
    {
        var records = Roots.SelectMany(r => TdFiles.Records(r).Values).DistinctBy(r => r.Name).ToList();
        var dialects = records.Where(r => r.IsA("Dialect")).ToDictionary(r => r.Name, r => r.Str("name")!);
        var arguments = records.Where(r => r.IsA("Op")).ToDictionary(
            r => dialects[r.Fields["opDialect"]] + "." + r.Str("opName"),
            r => ArgumentName().Matches(r.Fields["arguments"]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal));

        var checkedCount = 0;
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedCorpus, "stablehlo"), "*.mlir", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in GenericOpWithAttributes().Matches(text))
            {
                var op = m.Groups["name"].Value;
                foreach (var key in TopLevelKeys(text, m.Index + m.Length - 1))
                {
                    checkedCount++;
                    if (!arguments.TryGetValue(op, out var names) || !names.Contains(key))
                    {
                        unknown.Add($"{op}: {key} ({Path.GetFileName(file)})");
                    }
                }
            }
        }

        Assert.True(checkedCount > 1000, $"only {checkedCount} attributes checked");
        Assert.True(unknown.Count == 0, "attributes not declared by the op:\n" + string.Join("\n", unknown.Take(50)));
    }

    /// <summary>Keys of the dictionary starting at text[open] == '{'; nested brackets and `->` are skipped.</summary>
    private static IEnumerable<string> TopLevelKeys(string text, int open)
    {
        var keys = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                current.Append(text, i, end - i + 1);
                i = end;
                continue;
            }

            if (c == '>' && text[i - 1] == '-')
            {
                current.Append(c);
                continue;
            }

            if (c is '{' or '[' or '(' or '<')
            {
                depth++;
                if (depth == 1)
                {
                    continue;
                }
            }
            else if (c is '}' or ']' or ')' or '>')
            {
                depth--;
                if (depth == 0)
                {
                    keys.Add(current.ToString());
                    break;
                }
            }
            else if (c == ',' && depth == 1)
            {
                keys.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        return keys.Select(k => k.Split('=')[0].Trim()).Where(k => k.Length > 0);
    }

    // A generic op with operands, then (optionally) properties `<{` or a discardable dictionary `{` right after.
    [GeneratedRegex(@"""(?<name>(?:stablehlo|chlo|check|interpreter)\.[a-z_-]+)""\s*\([^)]*\)\s*<?\{(?!\s*\^)")]
    private static partial Regex GenericOpWithAttributes();

    [GeneratedRegex(@":\$(\w+)")]
    private static partial Regex ArgumentName();
}
