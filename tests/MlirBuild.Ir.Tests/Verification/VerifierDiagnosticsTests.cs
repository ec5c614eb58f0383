using MlirBuild.Ir.Tests.Conformance;
using MlirBuild.Ir.Tests.Support;
using MlirBuild.Ir.Tools;
using MlirBuild.Ir.Verification;
using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests.Verification;

/// <summary>
/// Runs Verification/*.mlir: each <c>// -----</c> chunk is parsed and verified, and the diagnostics must match its
/// <c>expected-error</c>/<c>expected-note</c> annotations. The same files must pass
/// <c>mlir-opt --verify-diagnostics</c>, so the expectations are MLIR's own behaviour.
/// </summary>
public class VerifierDiagnosticsTests
{
    private static string Dir => Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Ir.Tests", "Verification");

    public static TheoryData<string> Files() => new(Directory.GetFiles(Dir, "*.mlir").Select(Path.GetFileName).OrderBy(f => f)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void DiagnosticsMatchAnnotations(string file)
    {
        var path = Path.Combine(Dir, file);
        var problems = new List<string>();
        var chunks = SourceChunk.Split(File.ReadAllText(path));
        foreach (var chunk in chunks)
        {
            var context = new MlirContext(allowUnregisteredDialects: true);
            var parsed = MlirParser.Parse(chunk.PaddedText(), file, context);
            var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
            if (parsed.Module is not null)
            {
                diagnostics.AddRange(Verifier.Verify(parsed.Module));
            }

            var expected = ExpectedDiagnostics.Collect(chunk.Text, chunk.StartLine);
            problems.AddRange(ExpectedDiagnostics.Check(expected, diagnostics).Select(p => $"chunk at line {chunk.StartLine}: {p}"));
        }

        Assert.True(chunks.Count > 1);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void MlirOptAgreesWithAnnotations(string file)
    {
        var r = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", "--split-input-file", "--verify-diagnostics", Path.Combine(Dir, file)]);
        Assert.True(r.ExitCode == 0, r.StdErr);
    }

    [Fact]
    public void WholeCorpusVerifiesWithoutDiagnostics()
    {
        var failures = new List<string>();
        foreach (var module in CorpusModule.LoadAll())
        {
            // Only chunks our parser accepts as written (the corpus also uses custom forms of dialects we lack).
            var parsed = MlirParser.Parse(module.Text, module.Id, new MlirContext(allowUnregisteredDialects: true));
            if (parsed.Module is null)
            {
                continue;
            }

            var diagnostics = Verifier.Verify(parsed.Module);
            if (diagnostics.Count > 0)
            {
                failures.Add($"{module.Id}: {diagnostics[0]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
