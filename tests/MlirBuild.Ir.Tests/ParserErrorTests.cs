using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests;

/// <summary>Bad input ends in a located diagnostic like mlir-opt's, never in an exception or a hang.</summary>
public class ParserErrorTests
{
    private static ParseResult Parse(string text, bool allowUnregistered = true) =>
        MlirParser.Parse(text, "<stdin>", new MlirContext(allowUnregistered));

    /// <summary>mlir-opt's first diagnostic line for the input.</summary>
    private static string OracleError(string text, bool allowUnregistered = true)
    {
        var args = new List<string>();
        if (allowUnregistered)
        {
            args.Add("--allow-unregistered-dialect");
        }

        args.Add("-");
        var r = ExternalTool.Run(RepoPaths.MlirOpt, args, text);
        Assert.NotEqual(0, r.ExitCode);
        return r.StdErr.Split('\n')[0];
    }

    [Theory]
    [InlineData("\"foo.b\"(%x) : (i32) -> ()\n")]
    [InlineData("%0 = \"foo.b\"() : () -> (i32)\n%0 = \"foo.b\"() : () -> (i32)")]
    [InlineData("\"foo.b\"() {a = dense<[1,2]> : tensor<3xi32>} : () -> ()")]
    [InlineData("\"foo.b\"() {a = dense<\"0x0102\"> : tensor<3xi32>} : () -> ()")]
    [InlineData("\"foo.b\"() {a = ")]
    [InlineData("\"foo.b\"() {a = 1 : i32, a = 2} : () -> ()")]
    [InlineData("\"foo.b\"() : () -> ()\n\"foo.c\"() {x = \"unterminated} : () -> ()")]
    [InlineData("%0 = \"foo.a\"() : () -> i32\n\"foo.b\"(%0) : (f32) -> ()")]
    [InlineData("\"foo.b\"() ({\n  \"foo.br\"()[^bb9] : () -> ()\n}) : () -> ()")]
    [InlineData("\"foo.b\"() {a = 300 : i8} : () -> ()")]
    [InlineData("\"foo.b\"() {a = #undefined_alias} : () -> ()")]
    [InlineData("\"foo.b\"() : () -> (tensor<2x>)")]
    public void FirstDiagnosticMatchesMlirOpt(string text)
    {
        var r = Parse(text);
        Assert.False(r.Succeeded);
        Assert.Equal(OracleError(text), r.Diagnostics[0].Headline);
    }

    [Theory]
    [InlineData("\"foo.b\"(%x) : (i32) -> ()\n")]
    [InlineData("%0 = \"foo.b\"() : () -> (i32)\n  %0 = \"foo.b\"() : () -> (i32)")]
    public void RenderedDiagnosticMatchesMlirOptStderr(string text)
    {
        var r = Parse(text);
        var args = new List<string> { "--allow-unregistered-dialect", "-" };
        var oracle = ExternalTool.Run(RepoPaths.MlirOpt, args, text);
        Assert.Equal(oracle.StdErr, DiagnosticRenderer.Render(r.Diagnostics[0], System.Text.Encoding.UTF8.GetBytes(text), "<stdin>"));
    }

    [Fact]
    public void UnregisteredDialectNeedsTheSwitch()
    {
        const string text = "\"foo.a\"() : () -> ()\n";
        var r = Parse(text, allowUnregistered: false);
        Assert.False(r.Succeeded);
        Assert.Equal(OracleError(text, allowUnregistered: false), r.Diagnostics[0].Headline);
        Assert.True(Parse(text).Succeeded);
    }

    private const string Sample = """
        #map = affine_map<(d0, d1) -> (d0 + d1 * 2, 0)>
        module attributes {a = [1, "x", @s::@t]} {
          func.func private @decl(i32) -> (i32 {r.x})
          func.func @f(%arg0: tensor<2x?xf32> loc("a":1:2), %b: i1) -> tensor<2x?xf32> {
            %0:2 = "foo.op"(%arg0) <{p = array<i32: 1, 2>}> {m = #map, d = dense<[1.5, -2.0]> : tensor<2xf32>, h = dense<"0x0000803F"> : tensor<1xf32>} : (tensor<2x?xf32>) -> (tensor<2x?xf32>, i32) loc(fused["x", "y":3:4])
            "cf.cond_br"(%b, %0#1)[^bb1, ^bb2] {s = affine_set<(d0) : (d0 >= 0)>} : (i1, i32) -> ()
          ^bb1:
            return %0#0 : tensor<2x?xf32>
          ^bb2(%x: i32 loc(callsite("c" at "d":5:6))):
            %c = func.call @f(%arg0, %b) : (tensor<2x?xf32>, i1) -> tensor<2x?xf32>
            return %c : tensor<2x?xf32>
          }
        }
        {-#
          dialect_resources: { builtin: { blob: "0x0400000001020304" } }
        #-}
        """;

    [Fact]
    public void SampleParses() => Assert.True(Parse(Sample).Succeeded, Parse(Sample).Diagnostics.ToString());

    [Fact]
    public void EveryTruncationEndsInALocatedDiagnostic()
    {
        for (int len = 0; len < Sample.Length - 1; len++)
        {
            var r = Parse(Sample[..len]);
            if (!r.Succeeded)
            {
                Assert.NotEmpty(r.Diagnostics);
                Assert.Matches(@"^<stdin>:\d+:\d+: error: ", r.Diagnostics[0].ToString());
            }
        }
    }

    [Fact]
    public void RandomByteMutationsNeverThrow()
    {
        var rng = new Random(1234);
        var bytes = System.Text.Encoding.UTF8.GetBytes(Sample);
        for (int i = 0; i < 1500; i++)
        {
            var copy = (byte[])bytes.Clone();
            int edits = 1 + rng.Next(4);
            for (int e = 0; e < edits; e++)
            {
                copy[rng.Next(copy.Length)] = (byte)rng.Next(256);
            }

            var r = MlirParser.Parse(copy, "<stdin>", new MlirContext(true));
            if (!r.Succeeded)
            {
                Assert.Matches(@"^<stdin>:\d+:\d+: error: ", r.Diagnostics[0].ToString());
                Assert.DoesNotContain("internal parser error", r.Diagnostics[0].Message);
            }
        }
    }

    [Theory]
    [InlineData("\"foo.a\"() {a = ", "[", "]", "} : () -> ()")]
    [InlineData("\"foo.a\"() {a = ", "tuple<", ">", "} : () -> ()")]
    [InlineData("", "\"foo.r\"() ({\n", "}) : () -> ()\n", "")]
    [InlineData("\"foo.a\"() {a = dense<", "[", "]", "> : tensor<1xi32>} : () -> ()")]
    [InlineData("\"foo.a\"() {a = affine_map<(d0) -> (", "(", ")", "d0)>} : () -> ()")]
    [InlineData("\"foo.a\"() : () -> () loc(", "callsite(", " at \"x\")", "\"y\")")]
    public void DeepNestingIsAnErrorNotAStackOverflow(string prefix, string open, string close, string suffix)
    {
        const int Depth = 50_000;
        var text = prefix + string.Concat(Enumerable.Repeat(open, Depth)) + string.Concat(Enumerable.Repeat(close, Depth)) + suffix;
        var r = Parse(text);
        Assert.False(r.Succeeded);
        Assert.Contains("nesting depth", r.Diagnostics[0].Message);
    }

    [Fact]
    public void MissingFileIsADiagnostic()
    {
        var r = MlirParser.ParseFile("/nonexistent/x.mlir", new MlirContext());
        Assert.False(r.Succeeded);
        Assert.StartsWith("/nonexistent/x.mlir:0:0: error: could not open input file", r.Diagnostics[0].ToString());
    }
}
