namespace MlirBuild.Ir.Tests.Conformance;

/// <summary>Short, readable description of where two texts first differ (for per-module failure reports).</summary>
public static class TextDiff
{
    public static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of text>";
            var al = i < a.Length ? a[i] : "<end of text>";
            if (el != al)
            {
                return $"line {i + 1}:\n    expected: {Clip(el)}\n    actual:   {Clip(al)}";
            }
        }

        return "texts differ only in line endings";
    }

    private static string Clip(string s) => s.Length <= 300 ? s : s[..300] + "...";
}
