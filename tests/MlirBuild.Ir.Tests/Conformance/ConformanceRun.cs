using MlirBuild.Ir.Tools;

namespace MlirBuild.Ir.Tests.Conformance;

/// <summary>
/// The differential run over the whole corpus, computed once per test run: mlir-opt's generic prints (with and
/// without debug info) are the oracle; we parse them, print them generic and pretty, and compare.
/// </summary>
public sealed class ConformanceRun
{
    private static readonly Lazy<ConformanceRun> Shared = new(() => new ConformanceRun());

    public static ConformanceRun Instance => Shared.Value;

    public IReadOnlyList<CorpusModule> Modules { get; }

    /// <summary>mlir-opt's stderr when it rejected corpus modules (empty when it accepted all).</summary>
    public string OracleErrors { get; }

    public ModeResult Generic { get; }

    public ModeResult GenericDebugInfo { get; }

    private ConformanceRun()
    {
        Modules = CorpusModule.LoadAll();
        var texts = Modules.Select(m => m.Text).ToList();
        var plain = MlirOptBatch.Run(texts, "--mlir-print-op-generic");
        var debug = MlirOptBatch.Run(texts, "--mlir-print-op-generic", "--mlir-print-debuginfo");
        OracleErrors = plain.StdErr + debug.StdErr;
        Generic = Compare(plain.Outputs, debugInfo: false);
        GenericDebugInfo = Compare(debug.Outputs, debugInfo: true);
    }

    /// <summary>Failures of one mode; the key is <see cref="CorpusModule.Id"/>.</summary>
    public sealed record ModeResult(
        int Checked,
        IReadOnlyDictionary<string, string> GenericFailures,
        IReadOnlyDictionary<string, string> PrettyFailures);

    private ModeResult Compare(IReadOnlyList<string?> oracle, bool debugInfo)
    {
        var genericFailures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var prettyFailures = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var prettyTexts = new List<string>();
        var prettyOwners = new List<int>();
        var checkedCount = 0;
        for (var i = 0; i < Modules.Count; i++)
        {
            var expected = oracle[i];
            if (expected is null)
            {
                continue; // reported by the corpus-validity test
            }

            checkedCount++;
            var id = Modules[i].Id;
            var where = $"(source line {Modules[i].StartLine}) ";
            var options = new FormatOptions { AllowUnregisteredDialects = true, PrintDebugInfo = debugInfo };
            var generic = Safe(() => MlirFormatter.Format(expected, "oracle.mlir", options with { Generic = true }));
            if (generic.Text is null)
            {
                genericFailures[id] = where + "our parser rejected mlir-opt's generic print:\n    " + generic.Errors;
            }
            else if (generic.Text != expected)
            {
                genericFailures[id] = where + TextDiff.FirstDifference(expected, generic.Text);
            }

            var pretty = Safe(() => MlirFormatter.Format(expected, "oracle.mlir", options with { Generic = false }));
            if (pretty.Text is null)
            {
                prettyFailures[id] = where + "our parser rejected mlir-opt's generic print:\n    " + pretty.Errors;
            }
            else if (pretty.Text.Contains(CorpusModule.SplitMarker, StringComparison.Ordinal))
            {
                prettyFailures[id] = where + "pretty print contains the split marker; cannot batch it";
            }
            else
            {
                prettyTexts.Add(pretty.Text);
                prettyOwners.Add(i);
            }
        }

        var flags = debugInfo
            ? new[] { "--mlir-print-op-generic", "--mlir-print-debuginfo" }
            : new[] { "--mlir-print-op-generic" };
        var reparsed = MlirOptBatch.Run(prettyTexts, flags);
        for (var k = 0; k < prettyTexts.Count; k++)
        {
            var i = prettyOwners[k];
            var expected = oracle[i]!;
            var actual = reparsed.Outputs[k];
            if (actual is null)
            {
                prettyFailures[Modules[i].Id] = "mlir-opt rejected our pretty print:\n" + Indent(prettyTexts[k]);
            }
            else if (actual != expected)
            {
                prettyFailures[Modules[i].Id] = "mlir-opt's generic print of our pretty print differs at " +
                    TextDiff.FirstDifference(expected, actual);
            }
        }

        return new ModeResult(checkedCount, genericFailures, prettyFailures);
    }

    private sealed record Outcome(string? Text, string Errors);

    /// <summary>A crash of our code is a failure of that module, not of the whole run.</summary>
    private static Outcome Safe(Func<FormatResult> format)
    {
        try
        {
            var r = format();
            return new Outcome(r.Text, string.Join("\n    ", r.Diagnostics.Select(d => d.ToString())));
        }
        catch (Exception e)
        {
            return new Outcome(null, "EXCEPTION " + e.GetType().Name + ": " + e.Message);
        }
    }

    private static string Indent(string text)
    {
        var lines = text.Split('\n').Take(12).Select(l => "    | " + l);
        return string.Join("\n", lines);
    }
}
