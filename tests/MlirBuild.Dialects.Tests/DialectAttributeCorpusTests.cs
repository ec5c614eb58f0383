using System.Text.RegularExpressions;
using MlirBuild.Dialects;
using MlirBuild.Ir;
using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// Every distinct dialect attribute and type text of the StableHLO corpus (<c>#stablehlo.gather&lt;...&gt;</c>,
/// <c>#stablehlo&lt;transpose ...&gt;</c>, <c>#chlo.ragged_dot&lt;...&gt;</c>, <c>!stablehlo.token</c>, ...) parses into its
/// generated typed class and prints back as the same text (up to whitespace, which the corpus sometimes spreads
/// over lines), and the printed text is a fixed point.
/// </summary>
public sealed partial class DialectAttributeCorpusTests
{
    [Fact]
    public void CorpusDialectSymbolsRoundTripThroughTypedClasses()
    {
        var texts = CollectTexts();
        Assert.True(texts.Count >= 100, "found only " + texts.Count + " distinct texts");
        var context = new MlirContext();
        HloDialects.Register(context);
        var problems = new List<string>();
        foreach (var text in texts)
        {
            var diagnostics = new DiagnosticBag();
            object? value = text[0] == '#' ? MlirParser.ParseAttribute(text, context, diagnostics) : MlirParser.ParseType(text, context, diagnostics);
            if (value is not (DialectAttribute or DialectType))
            {
                problems.Add(text + ": " + (value?.GetType().Name ?? diagnostics.FirstOrDefault()?.Message));
                continue;
            }

            var printed = value.ToString()!;
            if (Blank().Replace(printed, string.Empty) != Blank().Replace(text, string.Empty))
            {
                problems.Add(text + ": printed " + printed);
                continue;
            }

            object? again = text[0] == '#' ? MlirParser.ParseAttribute(printed, context) : MlirParser.ParseType(printed, context);
            if (!Equals(again, value) || again!.ToString() != printed)
            {
                problems.Add(text + ": re-parse of " + printed + " differs");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    /// <summary>Dialect symbols of the HLO dialects with their balanced <c>&lt;...&gt;</c> body (<c>-&gt;</c> does not close).</summary>
    private static SortedSet<string> CollectTexts()
    {
        var texts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedCorpus, "stablehlo"), "*.mlir", SearchOption.AllDirectories))
        {
            var s = File.ReadAllText(file);
            foreach (Match m in Start().Matches(s))
            {
                var end = m.Index + m.Length;
                if (end < s.Length && s[end] == '<')
                {
                    var depth = 0;
                    for (; end < s.Length; end++)
                    {
                        if (s[end] == '<')
                        {
                            depth++;
                        }
                        else if (s[end] == '>' && s[end - 1] != '-' && --depth == 0)
                        {
                            end++;
                            break;
                        }
                    }
                }

                texts.Add(s[m.Index..end]);
            }
        }

        return texts;
    }

    [GeneratedRegex(@"[#!](stablehlo|chlo|mhlo)(\.[A-Za-z_][A-Za-z0-9_]*)?(?=[<\s,>)}\]])")]
    private static partial Regex Start();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blank();
}
