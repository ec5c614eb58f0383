using MlirBuild.TableGen;
using MlirBuild.Tests.Common;

namespace MlirBuild.TableGen.Tests;

/// <summary>Malformed input yields located diagnostics (file:line:col), never an exception, crash or hang.</summary>
public class ErrorReportingTests
{
    private static TableGenDiagnostic SingleError(string text)
    {
        var r = TestSupport.EvaluateText(text);
        Assert.False(r.Success);
        Assert.Null(r.Records);
        var err = r.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("test.td", err.Location.File);
        return err;
    }

    [Theory]
    [InlineData("def x { int a = ; }", 1, 17, "Unknown or reserved token when parsing a value")]
    [InlineData("class A { int a = 1;", 1, 21, "expected '}'")]
    [InlineData("def x { code c = [{ never closed ; }", 1, 18, "Unterminated code block")]
    [InlineData("def x { string s = \"open; }", 1, 20, "End of file in string literal")]
    [InlineData("def x { string s = \"open; }\ndef y;", 1, 20, "End of line in string literal")]
    [InlineData("def x { int a = !frobnicate(1); }", 1, 17, "Unknown operator")]
    [InlineData("def x { int a = b; }", 1, 17, "Variable not defined: 'b'")]
    [InlineData("def x : Missing;", 1, 9, "Couldn't find class 'Missing'")]
    [InlineData("def x;\ndef x;", 2, 5, "def already exists: x")]
    [InlineData("class A<int n>;\ndef x : A;", 2, 9, "value not specified for template argument 'A:n'")]
    [InlineData("def x { int a = \"str\"; }", 1, 17, "is incompatible with value")]
    [InlineData("/* comment never ends\ndef x;", 1, 1, "unterminated comment")]
    [InlineData("#ifdef X\ndef x;\n", 3, 1, "reached EOF without matching #endif")]
    [InlineData("include \"nothere.td\"", 1, 9, "could not find include file 'nothere.td'")]
    [InlineData("def x { bits<2> b = 7; }", 1, 5, "could not be fully resolved")]
    [InlineData("class A { int a = 1; }\ndef x : A { let b = 2; }", 2, 17, "Value 'b' unknown!")]
    [InlineData("def x { int a = !div(1, 0); }", 1, 5, "division by zero")]
    public void MalformedInputIsReportedWithLocation(string text, int line, int column, string message)
    {
        var err = SingleError(text);
        Assert.Contains(message, err.Message);
        Assert.Equal(line, err.Location.Line);
        Assert.Equal(column, err.Location.Column);
        Assert.Matches(@"^test\.td:\d+:\d+: error: ", err.ToString());
    }

    [Fact]
    public void FailedAssertionIsAnErrorWithTheMessage()
    {
        var r = TestSupport.EvaluateText("class A<int n> { assert !gt(n, 0), \"n must be positive\"; }\ndef ok : A<1>;\ndef bad : A<0>;\n");
        Assert.False(r.Success);
        var e = Assert.Single(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("assertion failed: n must be positive", e.Message);
        Assert.Equal(1, e.Location.Line);
    }

    [Fact]
    public void UnboundedAnonymousInstantiationStopsWithADiagnostic()
    {
        var err = SingleError("class Chain<int n> { Chain next = Chain<!add(n, 1)>; }\ndef start { Chain c = Chain<0>; }\n");
        Assert.Contains("recursion", err.Message);
    }

    [Fact]
    public void SelfIncludeStopsWithADiagnostic()
    {
        var files = new Dictionary<string, string> { ["loop.td"] = "include \"loop.td\"\n" };
        var r = TableGenEvaluator.Evaluate("loop.td", files["loop.td"], new InMemorySourceResolver(files));
        Assert.False(r.Success);
        Assert.Contains(r.Diagnostics, d => d.Message.Contains("include nesting too deep"));
    }

    [Fact]
    public void DeeplyNestedExpressionStopsWithADiagnostic()
    {
        var text = "def x { int a = " + string.Concat(Enumerable.Repeat("!not(", 5000)) + "1" + new string(')', 5000) + "; }";
        var err = SingleError(text);
        Assert.Contains("nesting too deep", err.Message);
    }

    [Fact]
    public void DumpIsReportedAsANote()
    {
        var r = TestSupport.EvaluateText("defvar v = 3;\ndump !strconcat(\"v is \", !cast<string>(v));\n");
        Assert.True(r.Success);
        var note = Assert.Single(r.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Note, note.Severity);
        Assert.Equal("v is 3", note.Message);
    }

    /// <summary>Every prefix of a real file either evaluates or fails with diagnostics; nothing throws.</summary>
    [Fact]
    public void TruncatedUpstreamFilesNeverThrow()
    {
        var path = Path.Combine(RepoPaths.LlvmInclude, "mlir/Dialect/Arith/IR/ArithOps.td");
        var full = File.ReadAllText(path);
        var options = new TableGenOptions { IncludeDirectories = [RepoPaths.LlvmInclude] };
        var rng = new Random(1234);
        int failures = 0;
        for (int i = 0; i < 40; i++)
        {
            var cut = rng.Next(full.Length);
            var r = TableGenEvaluator.Evaluate(path, full[..cut], new DiskResolver(), options);
            if (!r.Success)
            {
                failures++;
                Assert.Contains(r.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.IsKnown);
            }
        }

        Assert.True(failures > 20, "most random prefixes should be malformed");
    }
}
