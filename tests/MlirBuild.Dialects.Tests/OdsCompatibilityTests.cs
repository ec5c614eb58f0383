using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// The same sample dialect compiled against upstream ODS and against our base library must give mlir-tblgen's
/// backends identical declarations and documentation. C++ definition bodies may differ: the C++ snippets in our
/// base are our own (they only matter to mlir-tblgen's C++ output, not to our C# generator).
/// </summary>
public sealed class OdsCompatibilityTests
{
    private static readonly string Sample =
        Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Dialects.Tests", "Samples", "OdsSample.td");

    [Theory]
    [InlineData("--gen-op-decls")]
    [InlineData("--gen-op-doc")]
    [InlineData("--gen-enum-defs")]
    [InlineData("--gen-attrdef-decls")]
    [InlineData("--gen-typedef-decls")]
    [InlineData("--gen-typedef-defs")]
    [InlineData("--gen-dialect-decls")]
    [InlineData("--gen-dialect-doc")]
    public void BackendOutputMatchesUpstream(string generator)
    {
        var upstream = ExternalTool.Run(RepoPaths.MlirTblgen, [generator, "-DUPSTREAM", "-I", RepoPaths.LlvmInclude, Sample]);
        Assert.True(upstream.ExitCode == 0, upstream.StdErr);
        var ours = ExternalTool.Run(RepoPaths.MlirTblgen, [generator, "-I", TdFiles.Root, Sample]);
        Assert.True(ours.ExitCode == 0, ours.StdErr);
        Assert.Equal(upstream.StdOut, ours.StdOut);
    }

    [Fact]
    public void EnumDeclarationsMatchUpstream()
    {
        // The enum header embeds the enum's parameter parser (our own C++ text), so compare the declarations only.
        static List<string> Declarations(string text) => text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("enum class", StringComparison.Ordinal)
                || (l.EndsWith(';') && (l.Contains("symbolize", StringComparison.Ordinal)
                    || l.Contains("stringify", StringComparison.Ordinal)
                    || l.Contains("getMaxEnumValFor", StringComparison.Ordinal))))
            .ToList();
        var upstream = ExternalTool.Run(RepoPaths.MlirTblgen, ["--gen-enum-decls", "-DUPSTREAM", "-I", RepoPaths.LlvmInclude, Sample]);
        var ours = ExternalTool.Run(RepoPaths.MlirTblgen, ["--gen-enum-decls", "-I", TdFiles.Root, Sample]);
        Assert.Equal(0, upstream.ExitCode);
        Assert.Equal(0, ours.ExitCode);
        var expected = Declarations(upstream.StdOut);
        Assert.True(expected.Count >= 6, "too few enum declarations found: " + expected.Count);
        Assert.Equal(expected, Declarations(ours.StdOut));
    }

    [Fact]
    public void OpDefinitionsDifferOnlyInHandWrittenBodies()
    {
        var upstream = ExternalTool.Run(RepoPaths.MlirTblgen, ["--gen-op-defs", "-DUPSTREAM", "-I", RepoPaths.LlvmInclude, Sample]);
        var ours = ExternalTool.Run(RepoPaths.MlirTblgen, ["--gen-op-defs", "-I", TdFiles.Root, Sample]);
        Assert.Equal(0, upstream.ExitCode);
        Assert.Equal(0, ours.ExitCode);

        // Every verifier, accessor and builder upstream emits, we emit too: compare the function signatures.
        static HashSet<string> Signatures(string text) => text.Split('\n')
            .Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l.Contains('(') && l.TrimEnd().EndsWith('{'))
            .ToHashSet(StringComparer.Ordinal);
        var missing = Signatures(upstream.StdOut).Except(Signatures(ours.StdOut)).ToList();
        Assert.True(missing.Count == 0, "missing in ours:\n" + string.Join("\n", missing));
    }
}
