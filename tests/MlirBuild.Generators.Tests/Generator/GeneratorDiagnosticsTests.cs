namespace MlirBuild.Generators.Tests.Generator;

/// <summary>Problems in .td input come back as diagnostics located in the .td file.</summary>
public sealed class GeneratorDiagnosticsTests
{
    private static IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Run(string rootText)
    {
        var inputs = GeneratorHarness.BaseLibrary();
        inputs.Add(new TdInput("/td/Bad.td", rootText, true, "Bad"));
        var session = new GeneratorSession(inputs);
        return session.Run(GeneratorHarness.Compilation()).Diagnostics;
    }

    [Fact]
    public void UnsupportedVariadicLayoutIsReportedAtTheOp()
    {
        var diagnostics = Run("""
            include "MlirBuildBase.td"
            def B_Dialect : Dialect { let name = "b"; }
            def B_TwoOp : Op<B_Dialect, "two"> {
              let arguments = (ins Variadic<AnyType>:$a, Variadic<AnyType>:$b);
            }
            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.UnsupportedLayout, d.Id);
        Assert.Equal("/td/Bad.td", d.Location.GetLineSpan().Path);
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("multiple variadic operands", d.GetMessage());
    }

    [Fact]
    public void TableGenErrorsAreReportedWithFileLineAndColumn()
    {
        var diagnostics = Run("include \"MlirBuildBase.td\"\ndef X : Op<Missing_Dialect, \"x\">;\n");
        var d = Assert.Single(diagnostics, x => x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticIds.TableGenError, d.Id);
        var span = d.Location.GetLineSpan();
        Assert.Equal("/td/Bad.td", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line + 1);
    }

    [Fact]
    public void MissingIncludeIsAnError()
    {
        var diagnostics = Run("include \"DoesNotExist.td\"\n");
        Assert.Contains(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "/td/Bad.td");
    }
}
