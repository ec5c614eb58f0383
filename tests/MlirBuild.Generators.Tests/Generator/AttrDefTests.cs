using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// The classes generated for the test dialect's AttrDef/TypeDef/EnumAttr definitions parse MLIR's spellings, print
/// the way MLIR's dialect printer does (pretty <c>#test.x&lt;..&gt;</c> vs <c>#test&lt;...&gt;</c>, struct parameters in
/// declaration order, default-valued ones left out), compare by value, and reach op accessors.
/// </summary>
public sealed class AttrDefTests
{
    private const string Usage = """
        using System.Collections.Generic;
        using MlirBuild.Ir;
        using Test.Generated;

        namespace Test.Generated
        {
            // The hand-written `custom<Sizes>` pair: `[2, 3]`.
            public sealed partial class TestDialect
            {
                static partial void ParseSizes(DialectAsmParser parser, ref EquatableArray<long> value0, ref CustomDirectiveStatus status)
                {
                    var ok = parser.ParsePunct("[") && parser.ParseCommaSeparated<long>((out long v) => parser.ParseInteger(out v), out value0) && parser.ParsePunct("]");
                    status = ok ? CustomDirectiveStatus.Success : CustomDirectiveStatus.Failure;
                }

                static partial void PrintSizes(AsmWriter writer, EquatableArray<long> value0, ref CustomDirectiveStatus status)
                {
                    writer.Write('[').WriteList(value0, (w, v) => w.Write(v)).Write(']');
                    status = CustomDirectiveStatus.Success;
                }
            }
        }

        public static class Usage
        {
            public static string Attr(string text)
            {
                var context = new MlirContext();
                context.RegisterDialect(TestDialect.Instance);
                var diagnostics = new DiagnosticBag();
                var a = MlirParser.ParseAttribute(text, context, diagnostics);
                return a is null ? "error: " + diagnostics[0].Message : a.GetType().Name + " " + a;
            }

            public static string Type(string text)
            {
                var context = new MlirContext();
                context.RegisterDialect(TestDialect.Instance);
                var diagnostics = new DiagnosticBag();
                var t = MlirParser.ParseType(text, context, diagnostics);
                return t is null ? "error: " + diagnostics[0].Message : t.GetType().Name + " " + t;
            }

            public static string Typed()
            {
                var log = new List<string>();
                var context = new MlirContext();
                context.RegisterDialect(TestDialect.Instance);
                var pair = (PairAttr)MlirParser.ParseAttribute("#test.pair<level = LOW, scale = 0.5, label = \"a\", elem = i8, first = 3>", context)!;
                log.Add(pair.First + "," + pair.Second + "," + pair.Elem + "," + pair.Label + "," + pair.Flag + "," + pair.Scale + "," + pair.Level);
                var built = new PairAttr(3, 7, IntegerType.I8, "a", false, 0.5, Level.LOW);
                log.Add("equal:" + pair.Equals(built) + "," + (pair.GetHashCode() == built.GetHashCode()) + "," + built.Equals(built with { Second = 8 }));
                log.Add("enum:" + new ModeAttr(Mode.exact) + "," + new LevelAttr(Level.HIGH) + "," + ModeExtensions.FromAttribute(new ModeAttr(Mode.exact)));

                var op = UsePairOp.Create(built, Level.HIGH, context: context);
                log.Add("op:" + op.Pair.Second + "," + op.Level + "," + (op.Range is null) + "," + op.Operation.GetAttr("level")!.GetType().Name);
                var diagnostics = new DiagnosticBag();
                log.Add("verify:" + op.Operation.Definition!.Verify!(op.Operation, diagnostics));
                return string.Join("\n", log);
            }
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var session = new GeneratorSession(GeneratorHarness.TestDialectInputs());
        var (result, output) = session.RunAndCompile(GeneratorHarness.Compilation(Usage));
        Assert.Empty(result.Diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return Assembly.Load(stream.ToArray());
    });

    private static string Call(string method, params object[] args) =>
        (string)Compiled.Value.GetType("Usage")!.GetMethod(method)!.Invoke(null, args)!;

    [Theory]
    // Enum attributes: `$value` gives `mode EXACT` (not a pretty name), `<` $value `>` gives the pretty form.
    [InlineData("#test<mode EXACT>", "ModeAttr #test<mode EXACT>")]
    [InlineData("#test<mode fast>", "ModeAttr #test<mode fast>")]
    [InlineData("#test.level<HIGH>", "LevelAttr #test.level<HIGH>")]
    [InlineData("#test<level<LOW>>", "LevelAttr #test.level<LOW>")]
    // struct(params): any order in, declaration order out, default-valued parameters left out.
    [InlineData("#test.pair<level = HIGH, scale = 2.5, label = \"x y\", elem = f32, first = 1>", "PairAttr #test.pair<first = 1, elem = f32, label = \"x y\", scale = 2.500000e+00, level = HIGH>")]
    [InlineData("#test.pair<first = -4, second = 9, elem = tensor<2xi32>, label = \"\", flag = true, scale = 1, level = LOW>", "PairAttr #test.pair<first = -4, second = 9, elem = tensor<2xi32>, label = \"\", flag = true, scale = 1.000000e+00, level = LOW>")]
    [InlineData("#test.pair<first = 1, second = 7, flag = false, elem = i1, label = \"l\", scale = 0.0, level = LOW>", "PairAttr #test.pair<first = 1, elem = i1, label = \"l\", scale = 0.000000e+00, level = LOW>")]
    // Keywords between parameters.
    [InlineData("#test.range<1 to 5>", "RangeAttr #test.range<1 to 5>")]
    [InlineData("#test<range<-1 to 5>>", "RangeAttr #test.range<-1 to 5>")]
    // Hand-written assembly without its hooks: the text stays opaque.
    [InlineData("#test.custom<5>", "OpaqueAttr #test.custom<5>")]
    // Unknown mnemonics stay opaque too.
    [InlineData("#test.other<1>", "OpaqueAttr #test.other<1>")]
    public void AttributesRoundTrip(string text, string expected) => Assert.Equal(expected, Call("Attr", text));

    [Theory]
    [InlineData("#test.pair<first = 1, elem = f32>", "struct is missing required parameter: label")]
    [InlineData("#test.pair<first = 1, first = 2>", "duplicate or unknown struct parameter name: first")]
    [InlineData("#test.pair<first = 1, color = 2>", "duplicate or unknown struct parameter name: color")]
    [InlineData("#test.pair<first = x>", "expected integer value")]
    [InlineData("#test.range<1 5>", "expected 'to'")]
    [InlineData("#test.range<1 to 5> ", null)]
    [InlineData("#test<mode SLOW>", "expected Mode keyword")]
    [InlineData("#test.level<HIGH", null)]
    public void MalformedAttributesAreErrors(string text, string? message)
    {
        var result = Call("Attr", text);
        if (message is null)
        {
            // Trailing blanks are fine; an unterminated body is an error of the outer parser.
            Assert.True(result.StartsWith("RangeAttr", StringComparison.Ordinal) || result.StartsWith("error: ", StringComparison.Ordinal), result);
        }
        else
        {
            Assert.Equal("error: " + message, result);
        }
    }

    [Theory]
    [InlineData("!test.token", "TokenType !test.token")]
    [InlineData("!test<token>", "TokenType !test.token")]
    [InlineData("!test.box<f32, [2, 3]>", "BoxType !test.box<f32, [2, 3]>")]
    [InlineData("!test.box<tensor<?xf32>,[]>", "BoxType !test.box<tensor<?xf32>, []>")]
    [InlineData("!test.list<i32, !test.token, f16>", "ListType !test.list<i32, !test.token, f16>")]
    [InlineData("!test.list<>", "ListType !test.list<>")]
    [InlineData("!test.token<1>", "error: unexpected trailing characters")]
    public void TypesRoundTrip(string text, string expected) => Assert.Equal(expected, Call("Type", text));

    [Fact]
    public void TypedValuesAndOpAccessors()
    {
        var lines = Call("Typed").Split('\n');
        Assert.Equal("3,7,i8,a,False,0.5,LOW", lines[0]);
        Assert.Equal("equal:True,True,False", lines[1]);
        Assert.Equal("enum:#test<mode EXACT>,#test.level<HIGH>,exact", lines[2]);
        Assert.Equal("op:7,HIGH,True,LevelAttr", lines[3]);
        Assert.Equal("verify:True", lines[4]);
    }
}
