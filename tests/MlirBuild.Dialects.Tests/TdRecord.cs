using System.Text.RegularExpressions;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// One concrete record from `mlir-tblgen --print-records`: its superclasses and its fields' printed values.
/// Only what the tests need: top-level `name = value;` lines, values kept as printed text.
/// </summary>
internal sealed partial record TdRecord(string Name, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, string> Fields)
{
    public bool IsA(string cls) => Classes.Contains(cls);

    /// <summary>A string field's value without quotes, or null when unset or not a plain string.</summary>
    public string? Str(string field) =>
        Fields.TryGetValue(field, out var v) && v.Length >= 2 && v[0] == '"' && v[^1] == '"' ? v[1..^1] : null;

    public static IReadOnlyDictionary<string, TdRecord> ParseAll(string printed)
    {
        var defsStart = printed.IndexOf("------------- Defs -----------------", StringComparison.Ordinal);
        Assert.True(defsStart >= 0, "no Defs section in --print-records output");
        var records = new Dictionary<string, TdRecord>(StringComparer.Ordinal);
        foreach (Match m in DefRegex().Matches(printed, defsStart))
        {
            var classes = m.Groups["classes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match f in FieldRegex().Matches(m.Groups["body"].Value))
            {
                fields[f.Groups["name"].Value] = f.Groups["value"].Value;
            }

            records[m.Groups["name"].Value] = new TdRecord(m.Groups["name"].Value, classes, fields);
        }

        return records;
    }

    [GeneratedRegex(@"^def (?<name>\S+) \{\t// (?<classes>[^\n]*)\n(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex DefRegex();

    // A value is a one-line expression or a (possibly multi-line) code block `[{ ... }]`.
    [GeneratedRegex(@"^  \S+ (?<name>[A-Za-z_][A-Za-z0-9_]*) = (?<value>(?s:\[\{.*?\}\])|[^\n]*?);$", RegexOptions.Multiline)]
    private static partial Regex FieldRegex();
}
