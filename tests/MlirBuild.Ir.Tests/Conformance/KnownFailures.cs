namespace MlirBuild.Ir.Tests.Conformance;

/// <summary>
/// Conformance/known-failures.txt: <c>mode module-path#chunk  reason</c> per line, for modules whose failure is
/// understood and tracked. Any failure not listed fails the test.
/// </summary>
public static class KnownFailures
{
    public static IReadOnlyDictionary<string, string> For(string mode)
    {
        var path = Path.Combine(CorpusModule.CorpusRoot, "..", "known-failures.txt");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] == mode)
            {
                result[parts[1]] = parts.Length > 2 ? parts[2] : "";
            }
        }

        return result;
    }
}
