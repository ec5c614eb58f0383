using MlirBuild.Ir.Passes;

namespace MlirBuild.Ir.Tests.Passes;

public class PipelineTextTests
{
    [Fact]
    public void ParsesNestedAnchorsAndPasses()
    {
        var r = PipelineText.Parse("builtin.module(func.func(canonicalize, dce), symbol-dce)");
        Assert.True(r.Succeeded, r.Error);
        var module = Assert.Single(r.Elements);
        Assert.Equal("builtin.module", module.Name);
        Assert.True(module.IsAnchor);
        Assert.Equal(2, module.Nested!.Count);
        Assert.Equal("func.func", module.Nested[0].Name);
        Assert.Equal(["canonicalize", "dce"], module.Nested[0].Nested!.Select(e => e.Name));
        Assert.Equal("symbol-dce", module.Nested[1].Name);
        Assert.False(module.Nested[1].IsAnchor);
    }

    [Fact]
    public void ParsesOptionsWithNestedBracesAndQuotes()
    {
        var r = PipelineText.Parse("canonicalize{max-iterations=3 fold=false region-simplify test=\"a b\" list={x,y}}");
        Assert.True(r.Succeeded, r.Error);
        var o = Assert.Single(r.Elements).Options;
        Assert.Equal("3", o["max-iterations"]);
        Assert.Equal("false", o["fold"]);
        Assert.Equal("true", o["region-simplify"]);
        Assert.Equal("a b", o["test"]);
        Assert.Equal("{x,y}", o["list"]);
    }

    [Theory]
    [InlineData("builtin.module(canonicalize", 28, "expected ')'")]
    [InlineData("builtin.module(,dce)", 16, "expected a pass or operation name")]
    [InlineData("canonicalize{max-iterations=1", 30, "expected '}'")]
    [InlineData("dce dce", 5, "unexpected 'd'")]
    [InlineData("canonicalize{a=1 a=2}", 21, "option 'a' given twice")]
    public void ReportsSyntaxErrorsWithColumn(string text, int column, string message)
    {
        var r = PipelineText.Parse(text);
        Assert.False(r.Succeeded);
        Assert.Contains(message, r.Error);
        Assert.Equal(column, r.ErrorColumn);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var text = string.Concat(Enumerable.Repeat("a(", 100_000)) + "dce" + new string(')', 100_000);
        var r = PipelineText.Parse(text);
        Assert.False(r.Succeeded);
        Assert.Contains("nested too deeply", r.Error);
    }

    [Fact]
    public void PassManagerBindsOptionsAndReportsUnknownNames()
    {
        var diagnostics = new DiagnosticBag();
        var pm = PassManager.Parse("builtin.module(func.func(canonicalize{max-iterations=3 fold=false}),symbol-dce)", diagnostics);
        Assert.NotNull(pm);
        Assert.Empty(diagnostics);
        Assert.Equal("builtin.module(func.func(canonicalize),symbol-dce)", pm!.ToString());
        var nested = Assert.IsType<OpPassManager>(pm.Steps[0]);
        var canonicalize = Assert.IsType<CanonicalizePass>(Assert.Single(nested.Steps));
        Assert.Equal(3, canonicalize.MaxIterations);
        Assert.False(canonicalize.Fold);
        Assert.IsType<SymbolDcePass>(pm.Steps[1]);

        Assert.Null(PassManager.Parse("builtin.module(no-such-pass)", diagnostics));
        Assert.Contains("'no-such-pass' does not refer to a registered pass", diagnostics[^1].Message);
        Assert.Equal("<pass-pipeline>:1:16", Diagnostic.FormatLocation(diagnostics[^1].Location));

        Assert.Null(PassManager.Parse("canonicalize{bogus=1}", diagnostics));
        Assert.Contains("no such option 'bogus' for pass 'canonicalize'", diagnostics[^1].Message);
        Assert.Null(PassManager.Parse("canonicalize{max-iterations=many}", diagnostics));
        Assert.Contains("expects an integer", diagnostics[^1].Message);
    }
}
