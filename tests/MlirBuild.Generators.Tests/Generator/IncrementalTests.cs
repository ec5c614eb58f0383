using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// The expensive steps (TableGen evaluation into the ODS model, C# emission) re-run only for roots whose inputs
/// changed: an unrelated C# edit or an edit to another root's .td leaves them Cached or Unchanged.
/// </summary>
public sealed class IncrementalTests
{
    private const string OtherRoot = """
        include "MlirBuildBase.td"
        def O_Dialect : Dialect { let name = "other"; }
        def O_NopOp : Op<O_Dialect, "nop"> { let summary = "does nothing"; }
        """;

    private static List<TdInput> TwoRoots()
    {
        var inputs = GeneratorHarness.TestDialectInputs();
        inputs.Add(new TdInput("/td/Other.td", OtherRoot, true, "Other.Generated"));
        return inputs;
    }

    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static IncrementalStepRunReason ReasonFor(GeneratorDriverRunResult result, string step, string rootPath) =>
        result.Results.Single().TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Where(o => RootOf(o.Value) == rootPath)
            .Select(o => o.Reason)
            .Single();

    private static string? RootOf(object value) => value switch
    {
        Pipeline.RootModel m => m.RootPath,
        Pipeline.RootOutput o => o.RootPath,
        _ => null,
    };

    [Fact]
    public void UnrelatedCSharpEditReRunsNothing()
    {
        var session = new GeneratorSession(TwoRoots());
        var compilation = GeneratorHarness.Compilation("class A { }");
        session.Run(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("class A { int x; }", GeneratorHarness.ParseOptions));
        var result = session.Run(edited);

        foreach (var step in new[] { OdsSourceGenerator.Steps.TdFiles, OdsSourceGenerator.Steps.RootInputs, OdsSourceGenerator.Steps.Models, OdsSourceGenerator.Steps.Outputs })
        {
            Assert.All(Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    [Fact]
    public void EditingOneRootLeavesTheOtherCached()
    {
        var session = new GeneratorSession(TwoRoots());
        var compilation = GeneratorHarness.Compilation();
        session.Run(compilation);

        session.Edit("/td/Other.td", OtherRoot.Replace("does nothing", "does nothing at all"));
        var result = session.Run(compilation);

        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(result, OdsSourceGenerator.Steps.Models, "/td/Other.td"));
        Assert.Equal(IncrementalStepRunReason.Modified, ReasonFor(result, OdsSourceGenerator.Steps.Outputs, "/td/Other.td"));
        var testModel = ReasonFor(result, OdsSourceGenerator.Steps.Models, "/td/TestDialect.td");
        Assert.True(testModel is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, testModel.ToString());
        var testOutput = ReasonFor(result, OdsSourceGenerator.Steps.Outputs, "/td/TestDialect.td");
        Assert.True(testOutput is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, testOutput.ToString());
    }

    [Fact]
    public void CommentOnlyEditKeepsTheEmittedCodeCached()
    {
        var session = new GeneratorSession(TwoRoots());
        var compilation = GeneratorHarness.Compilation();
        session.Run(compilation);

        // The root's text changes, so it is evaluated again, but the model is equal: emission does not re-run.
        session.Edit("/td/Other.td", OtherRoot + "\n// a trailing comment\n");
        var result = session.Run(compilation);
        Assert.Equal(IncrementalStepRunReason.Unchanged, ReasonFor(result, OdsSourceGenerator.Steps.Models, "/td/Other.td"));
        Assert.Equal(IncrementalStepRunReason.Cached, ReasonFor(result, OdsSourceGenerator.Steps.Outputs, "/td/Other.td"));
    }
}
