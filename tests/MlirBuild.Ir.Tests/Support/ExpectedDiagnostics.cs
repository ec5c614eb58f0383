using System.Text.RegularExpressions;

namespace MlirBuild.Ir.Tests.Support;

/// <summary>
/// MLIR's <c>// expected-error@+1 {{text}}</c> annotations (also <c>-note</c>, <c>-warning</c>, <c>@-N</c>, no offset
/// = same line): collects them from a chunk and checks reported diagnostics against them, as
/// <c>mlir-opt --verify-diagnostics</c> does (every error must be expected; every expectation must be met).
/// </summary>
public static partial class ExpectedDiagnostics
{
    public sealed record Expectation(string Severity, int Line, string Text);

    [GeneratedRegex(@"expected-(error|note|warning|remark)(?:@([+-]\d+))?\s*\{\{(.*?)\}\}")]
    private static partial Regex Annotation();

    /// <summary>Expectations of a text whose first line is <paramref name="firstLine"/> of its file.</summary>
    public static IReadOnlyList<Expectation> Collect(string text, int firstLine)
    {
        var result = new List<Expectation>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Annotation().Matches(lines[i]))
            {
                var offset = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                result.Add(new Expectation(m.Groups[1].Value, firstLine + i + offset, m.Groups[3].Value));
            }
        }

        return result;
    }

    /// <summary>Problems found (empty when the diagnostics match the expectations exactly).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<Expectation> expected, IEnumerable<Diagnostic> diagnostics)
    {
        var reported = new List<(string Severity, int Line, string Message)>();
        foreach (var d in diagnostics)
        {
            reported.Add((Severity(d), LineOf(d.Location), d.Message));
            reported.AddRange(d.Notes.Select(n => ("note", LineOf(n.Location), n.Message)));
        }

        var problems = new List<string>();
        var unmatched = new List<(string Severity, int Line, string Message)>(reported);
        foreach (var e in expected)
        {
            var hit = unmatched.FindIndex(r => r.Severity == e.Severity && r.Line == e.Line && r.Message.Contains(e.Text, StringComparison.Ordinal));
            if (hit < 0)
            {
                problems.Add($"expected {e.Severity} on line {e.Line} \"{e.Text}\" was not produced");
            }
            else
            {
                unmatched.RemoveAt(hit);
            }
        }

        // Unexpected notes are tolerated only when they hang off an expected error (MLIR adds context notes).
        foreach (var r in unmatched.Where(r => r.Severity != "note"))
        {
            problems.Add($"unexpected {r.Severity} on line {r.Line}: {r.Message}");
        }

        return problems;
    }

    private static string Severity(Diagnostic d) => d.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Remark => "remark",
        _ => "note",
    };

    private static int LineOf(LocationAttr loc) => loc switch
    {
        FileLineColLoc f => f.Line,
        NameLoc { Child: { } c } => LineOf(c),
        CallSiteLoc c => LineOf(c.Callee),
        FusedLoc { Locations.Count: > 0 } f => LineOf(f.Locations[0]),
        _ => -1,
    };
}
