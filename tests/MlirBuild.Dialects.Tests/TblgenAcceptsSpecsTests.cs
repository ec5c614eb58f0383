namespace MlirBuild.Dialects.Tests;

/// <summary>
/// Every spec of ours is valid TableGen, and the ODS backends of mlir-tblgen accept our dialect files: this is
/// what "ODS-compatible" means for the base library (same class and field names as MLIR's ODS).
/// </summary>
public sealed class TblgenAcceptsSpecsTests
{
    [Fact]
    public void SpecsExist()
    {
        Assert.Contains("MlirBuildBase.td", TdFiles.All());
        Assert.NotEmpty(TdFiles.OpRoots());
    }

    [Theory]
    [MemberData(nameof(TdFiles.AllData), MemberType = typeof(TdFiles))]
    public void PrintRecordsSucceeds(string file)
    {
        var result = TdFiles.Tblgen("--print-records", file);
        Assert.True(result.ExitCode == 0, $"{file}: {result.StdErr}");
        Assert.DoesNotContain("warning:", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TdFiles.OpRootData), MemberType = typeof(TdFiles))]
    public void OdsBackendsAcceptDialect(string file)
    {
        // A root file defines the ops of exactly one dialect (it may include other dialects' types).
        var dialects = OpNames.Of(TdFiles.Records(file)).Select(n => n[..n.IndexOf('.')]).Distinct().ToList();
        Assert.Single(dialects);
        string[] generators =
        [
            "--gen-op-decls", "--gen-op-defs", "--gen-op-doc", "--gen-dialect-decls", "--gen-dialect-doc",
            "--gen-attrdef-decls", "--gen-attrdef-defs", "--gen-enum-decls", "--gen-enum-defs",
            "--gen-typedef-decls", "--gen-typedef-defs",
        ];
        foreach (var gen in generators)
        {
            var result = TdFiles.Tblgen(gen, file, "-dialect=" + dialects[0], "-attrdefs-dialect=" + dialects[0],
                "-typedefs-dialect=" + dialects[0]);
            Assert.True(result.ExitCode == 0, $"{gen} {file}: {result.StdErr}");
            Assert.DoesNotContain("error:", result.StdErr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TdFiles.OpRootData), MemberType = typeof(TdFiles))]
    public void OpDocListsEveryOp(string file)
    {
        var ops = OpNames.Of(TdFiles.Records(file));
        Assert.NotEmpty(ops);
        var doc = TdFiles.Tblgen("--gen-op-doc", file);
        Assert.Equal(0, doc.ExitCode);
        foreach (var op in ops)
        {
            Assert.Contains($"### `{op}`", doc.StdOut, StringComparison.Ordinal);
        }
    }
}
