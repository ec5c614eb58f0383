namespace MlirBuild.Dialects.Tests;

/// <summary>Full op names (`dialect.mnemonic`) defined by a set of records.</summary>
internal static class OpNames
{
    public static IReadOnlySet<string> Of(IReadOnlyDictionary<string, TdRecord> records, string? dialect = null)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var r in records.Values.Where(r => r.IsA("Op")))
        {
            var dialectRecord = records[r.Fields["opDialect"]];
            var prefix = dialectRecord.Str("name") ?? throw new InvalidOperationException(r.Name + ": dialect without name");
            if (dialect is null || prefix == dialect)
            {
                names.Add(prefix + "." + r.Str("opName"));
            }
        }

        return names;
    }
}
