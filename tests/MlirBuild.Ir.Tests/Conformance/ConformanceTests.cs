using Xunit.Abstractions;

namespace MlirBuild.Ir.Tests.Conformance;

/// <summary>
/// Differential conformance with mlir-opt 22 over Corpus/ (see build/gen-ir-corpus.py): our generic print of
/// mlir-opt's generic print is byte-identical, and our pretty print re-parses in mlir-opt to the same generic text.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static ConformanceRun Run => ConformanceRun.Instance;

    [Fact]
    public void CorpusHasEnoughModulesAndMlirOptAcceptsAll()
    {
        Assert.True(Run.Modules.Count >= 250, $"corpus has only {Run.Modules.Count} modules");
        Assert.True(Run.OracleErrors.Length == 0, "mlir-opt rejected corpus modules:\n" + Run.OracleErrors);
        Assert.Equal(Run.Modules.Count, Run.Generic.Checked);
        Assert.Equal(Run.Modules.Count, Run.GenericDebugInfo.Checked);
    }

    [Fact]
    public void GenericPrintIsByteIdentical() => Check("generic", Run.Generic, Run.Generic.GenericFailures);

    [Fact]
    public void GenericPrintWithDebugInfoIsByteIdentical() =>
        Check("generic+debuginfo", Run.GenericDebugInfo, Run.GenericDebugInfo.GenericFailures);

    [Fact]
    public void PrettyPrintReparsesToSameGeneric() => Check("pretty", Run.Generic, Run.Generic.PrettyFailures);

    [Fact]
    public void PrettyPrintWithDebugInfoReparsesToSameGeneric() =>
        Check("pretty+debuginfo", Run.GenericDebugInfo, Run.GenericDebugInfo.PrettyFailures);

    private void Check(string mode, ConformanceRun.ModeResult result, IReadOnlyDictionary<string, string> failures)
    {
        var known = KnownFailures.For(mode);
        var unexpected = failures.Where(f => !known.ContainsKey(f.Key)).ToList();
        var fixedNow = known.Keys.Where(k => !failures.ContainsKey(k)).ToList();
        output.WriteLine($"{mode}: {result.Checked - failures.Count} passed, {failures.Count} failed " +
                         $"({failures.Count - unexpected.Count} known)");
        foreach (var k in fixedNow)
        {
            output.WriteLine($"now passing, remove from known-failures.txt: {mode} {k}");
        }

        foreach (var f in failures)
        {
            output.WriteLine($"FAIL {mode} {f.Key}: {f.Value}");
        }

        Assert.True(
            unexpected.Count == 0,
            $"{unexpected.Count} of {result.Checked} modules fail {mode} conformance:\n" +
            string.Join("\n", unexpected.Take(40).Select(f => $"  {f.Key}: {f.Value}")));
    }
}
