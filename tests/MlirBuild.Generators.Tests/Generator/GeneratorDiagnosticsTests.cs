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

/// <summary>Assembly formats are checked like mlir-tblgen checks them.</summary>
public sealed class FormatDiagnosticsTests
{
    [Fact]
    public void UnknownFormatVariableIsReportedAtTheOp()
    {
        var inputs = GeneratorHarness.BaseLibrary();
        inputs.Add(new TdInput("/td/Fmt.td", """
            include "MlirBuildBase.td"
            def F_Dialect : Dialect { let name = "f"; }
            def F_OneOp : Op<F_Dialect, "one"> {
              let arguments = (ins AnyType:$input);
              let assemblyFormat = "$input $missing attr-dict `:` type($input)";
            }
            """, true, "Fmt"));
        var diagnostics = new GeneratorSession(inputs).Run(GeneratorHarness.Compilation()).Diagnostics;
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticIds.FormatError, d.Id);
        Assert.Contains("'$missing'", d.GetMessage());
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
