using System.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// The generated code for the test dialect equals the checked-in approved files (Snapshots/*.approved.txt).
/// Set MLIRBUILD_APPROVE=1 to rewrite them from the current generator, then review the diff.
/// </summary>
public sealed class SnapshotTests
{
    private static string SnapshotDirectory => Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Generators.Tests", "Snapshots");

    [Fact]
    public async Task GeneratedSourcesMatchApprovedFiles()
    {
        var inputs = GeneratorHarness.TestDialectInputs();
        if (Environment.GetEnvironmentVariable("MLIRBUILD_APPROVE") == "1")
        {
            Approve(inputs);
        }

        var test = new CSharpSourceGeneratorTest<OdsSourceGenerator, DefaultVerifier>
        {
            // No reference-assembly download: the running framework and MlirBuild.Ir are the references.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References.Value);
        var config = new StringBuilder("is_global = true\n");
        foreach (var input in inputs)
        {
            test.TestState.AdditionalFiles.Add((input.Path, SourceText.From(input.Text, Encoding.UTF8)));
            config.Append('[').Append(input.Path).Append("]\n");
            config.Append("build_metadata.AdditionalFiles.MlirBuildRoot = ").Append(input.IsRoot ? "true" : "false").Append('\n');
            if (input.Namespace is not null)
            {
                config.Append("build_metadata.AdditionalFiles.MlirBuildNamespace = ").Append(input.Namespace).Append('\n');
            }
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
        var approved = Directory.GetFiles(SnapshotDirectory, "*.approved.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(approved);
        foreach (var file in approved)
        {
            var hint = Path.GetFileName(file)[..^".approved.txt".Length];
            test.TestState.GeneratedSources.Add((typeof(OdsSourceGenerator), hint, SourceText.From(File.ReadAllText(file), Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    private static void Approve(List<TdInput> inputs)
    {
        var session = new GeneratorSession(inputs);
        var result = session.Run(GeneratorHarness.Compilation());
        Directory.CreateDirectory(SnapshotDirectory);
        foreach (var stale in Directory.GetFiles(SnapshotDirectory, "*.approved.txt"))
        {
            File.Delete(stale);
        }

        foreach (var source in result.Results.Single().GeneratedSources)
        {
            File.WriteAllText(Path.Combine(SnapshotDirectory, source.HintName + ".approved.txt"), source.SourceText.ToString(), new UTF8Encoding(false));
        }
    }
}
