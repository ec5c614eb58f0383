using System.Reflection;
using Microsoft.CodeAnalysis;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// The parsers and printers compiled from TestData/FormatDialect.td: optional groups, spacing literals and custom
/// directives with hand-written hooks (implemented in the usage code below) and without (generic fallback). The
/// expected texts follow MLIR's OpFormatGen spacing rules, worked out by hand.
/// </summary>
public sealed class CompiledFormatTests
{
    private const string Usage = """
        using System.Collections.Generic;
        using MlirBuild.Ir;

        namespace Test.Fmt
        {
            internal static partial class FmtCustomDirectives
            {
                // custom<Pair>($a, $n): `<` operand `|` integer `>`.
                static partial void ParsePair(OpAsmParser parser, ref UnresolvedOperand a, ref MlirAttribute? n, ref CustomDirectiveStatus status)
                {
                    if (!parser.ParsePunct("<") || parser.ParseOperand() is not { } operand || !parser.ParsePunct("|"))
                    {
                        status = CustomDirectiveStatus.Failure;
                        return;
                    }

                    a = operand;
                    n = parser.ParseAttribute(IntegerType.I64);
                    status = n is not null && parser.ParsePunct(">") ? CustomDirectiveStatus.Success : CustomDirectiveStatus.Failure;
                }

                static partial void PrintPair(OpAsmPrinter printer, Operation op, Value a, MlirAttribute? n, ref CustomDirectiveStatus status)
                {
                    printer.Write("<");
                    printer.PrintOperand(a);
                    printer.Write(" | ");
                    printer.PrintAttributeWithoutType(n!);
                    printer.Write(">");
                    status = CustomDirectiveStatus.Success;
                }
            }
        }

        public static class Usage
        {
            public static string Run(string text, bool generic)
            {
                var context = new MlirContext();
                context.RegisterDialect(Test.Fmt.FmtDialect.Instance);
                var parsed = MlirParser.Parse(text, "in.mlir", context);
                if (!parsed.Succeeded)
                {
                    return "ERROR " + string.Join("\n", parsed.Diagnostics);
                }

                return MlirPrinter.Print(parsed.Module!, new PrintOptions { Generic = generic });
            }
        }
        """;

    private static readonly Lazy<MethodInfo> Run = new(() =>
    {
        var inputs = GeneratorHarness.BaseLibrary();
        var root = Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Generators.Tests", "TestData", "FormatDialect.td");
        inputs.Add(new TdInput("/td/FormatDialect.td", File.ReadAllText(root), true, "Test.Fmt"));
        var (result, output) = new GeneratorSession(inputs).RunAndCompile(GeneratorHarness.Compilation(Usage));
        Assert.Empty(result.Diagnostics);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray()).GetType("Usage")!.GetMethod("Run")!;
    });

    private static string Print(string text, bool generic = false) => (string)Run.Value.Invoke(null, [text, generic])!;

    // mlir-opt ends its output with an empty line (the printer adds it).
    private const string Pretty = """
        module {
          func.func @f(%arg0: i32, %arg1: i32) {
            %0 = fmt.opt %arg0 : i32
            %1 = fmt.opt %arg0, %arg1 flag count = 5 : i32
            fmt.else %arg0, %arg1 : i32, i32
            fmt.else()
            %2 = fmt.cust <%arg0 | 7> : i32
            %3 = fmt.space %arg0, [5] x : i32
            return
          }
        }

        """;

    [Fact]
    public void PrettyFormIsAFixedPointWithMlirSpacing() => Assert.Equal(Pretty + "\n", Print(Pretty));

    [Fact]
    public void LooselySpacedInputPrintsCanonically()
    {
        var loose = "func.func @f(%arg0: i32, %arg1: i32) {\n%0 = fmt.opt %arg0:i32\n%1 = fmt.opt %arg0 ,%arg1 flag count=5 : i32\n"
            + "fmt.else %arg0,%arg1 : i32,i32\nfmt.else ( )\n%2 = fmt.cust < %arg0|7 > : i32\n%3 = fmt.space %arg0 , [ 5 ] x : i32\nreturn\n}\n";
        Assert.Equal(Pretty + "\n", Print(loose));
    }

    [Fact]
    public void ParsedAttributesAndDefaultsAreStored()
    {
        var generic = Print(Pretty, generic: true);
        // level is a DefaultValuedAttr: parsing fills in its default (MLIR's populateDefaultAttrs); flag is a unit anchor.
        Assert.Contains("\"fmt.opt\"(%arg0) <{level = 3 : i64}> : (i32) -> i32", generic);
        Assert.Contains("\"fmt.opt\"(%arg0, %arg1) <{count = 5 : i64, flag, level = 3 : i64}> : (i32, i32) -> i32", generic);
        Assert.Contains("\"fmt.cust\"(%arg0) <{n = 7 : i64}> : (i32) -> i32", generic);
        Assert.Contains("\"fmt.else\"() : () -> ()", generic);
    }

    [Fact]
    public void OpsThatCannotPrintPrettyFallBackToGeneric()
    {
        // No hand-written custom<Missing> hooks; fmt.opt without its default-valued `level` would gain it on re-parse.
        var text = "func.func @f(%arg0: i32) {\n  %0 = \"fmt.nocust\"(%arg0) : (i32) -> i32\n  %1 = \"fmt.opt\"(%arg0) : (i32) -> i32\n  return\n}\n";
        var printed = Print(text);
        Assert.Contains("%0 = \"fmt.nocust\"(%arg0) : (i32) -> i32", printed);
        Assert.Contains("%1 = \"fmt.opt\"(%arg0) : (i32) -> i32", printed);
    }

    [Fact]
    public void MissingCustomDirectiveIsALocatedError()
    {
        var printed = Print("func.func @f(%arg0: i32) {\n  %0 = fmt.nocust %arg0 : i32\n  return\n}\n");
        Assert.Equal("ERROR in.mlir:2:19: error: custom directive 'Missing' is not implemented", printed);
    }

    [Fact]
    public void WrongLiteralIsALocatedError()
    {
        var printed = Print("func.func @f(%arg0: i32) {\n  %0 = fmt.space %arg0, (5] x : i32\n  return\n}\n");
        // Like mlir-opt, a wrong-token error points just past the previous token.
        Assert.Equal("ERROR in.mlir:2:24: error: expected '['", printed);
    }
}
