using MlirBuild.TableGen;
using MlirBuild.Tests.Common;

namespace MlirBuild.TableGen.Tests;

/// <summary>File-system include resolution for tests (the library itself does no IO).</summary>
internal sealed class DiskResolver : ISourceResolver
{
    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        var candidates = new List<string>();
        if (includingFile is not null)
        {
            candidates.Add(Path.Combine(Path.GetDirectoryName(includingFile) ?? ".", includeName));
        }

        candidates.AddRange(includeDirectories.Select(d => Path.Combine(d, includeName)));
        var hit = candidates.FirstOrDefault(File.Exists);
        return hit is null ? null : new ResolvedSource(hit, File.ReadAllText(hit));
    }
}

internal static class TestSupport
{
    public static TableGenResult EvaluateText(string text, string name = "test.td")
    {
        var resolver = new InMemorySourceResolver(new Dictionary<string, string> { [name] = text });
        return TableGenEvaluator.Evaluate(name, text, resolver);
    }

    public static RecordKeeper EvaluateOk(string text)
    {
        var r = EvaluateText(text);
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        return r.Records!;
    }

    public static TableGenResult EvaluateUpstream(string relativePath)
    {
        var full = Path.Combine(RepoPaths.LlvmInclude, relativePath);
        var options = new TableGenOptions { IncludeDirectories = [RepoPaths.LlvmInclude] };
        return TableGenEvaluator.Evaluate(full, File.ReadAllText(full), new DiskResolver(), options);
    }

    /// <summary>mlir-tblgen --print-records on a snippet (the oracle).</summary>
    public static string OraclePrintRecords(string text)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mlirbuild-tg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "test.td");
            File.WriteAllText(file, text);
            var r = ExternalTool.Run(RepoPaths.MlirTblgen, ["--print-records", file]);
            Assert.True(r.ExitCode == 0, "mlir-tblgen rejected the snippet: " + r.StdErr);
            return r.StdOut;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Runs the oracle on an upstream file and returns its output (null if it rejects the file).</summary>
    public static string? OracleUpstream(string relativePath)
    {
        var r = ExternalTool.Run(RepoPaths.MlirTblgen, ["--print-records", "-I", RepoPaths.LlvmInclude, Path.Combine(RepoPaths.LlvmInclude, relativePath)]);
        return r.ExitCode == 0 ? r.StdOut : null;
    }

    /// <summary>The Defs section with anonymous record numbers normalized and def blocks sorted.</summary>
    public static string NormalizedDefs(string printRecords)
    {
        int i = printRecords.IndexOf("------------- Defs -----------------\n", StringComparison.Ordinal);
        var body = i < 0 ? string.Empty : printRecords[i..];
        body = System.Text.RegularExpressions.Regex.Replace(body, @"anonymous_\d+", "anonymous_N");
        var blocks = System.Text.RegularExpressions.Regex.Split(body, "(?m)^(?=def )").ToList();
        blocks.Sort(string.CompareOrdinal);
        return string.Concat(blocks);
    }
}
