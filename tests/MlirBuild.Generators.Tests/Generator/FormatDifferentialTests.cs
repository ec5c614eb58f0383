using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MlirBuild.Generators.Emit;
using MlirBuild.Ir;
using MlirBuild.TableGen.Ods;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// Differential test of the parsers and printers compiled from upstream assembly formats, with mlir-opt 22 as the
/// oracle: C# generated from ArithOps.td parses mlir-opt's pretty output, and our generic and pretty prints of it
/// equal mlir-opt's (<c>--mlir-print-op-generic</c> and default).
/// </summary>
public sealed class FormatDifferentialTests
{
    private static readonly Lazy<Assembly> Arith = new(() => Compile("mlir/Dialect/Arith/IR/ArithOps.td", "Upstream.Arith"));
    private static readonly Lazy<Assembly> Math = new(() => Compile("mlir/Dialect/Math/IR/MathOps.td", "Upstream.Math"));
    private static readonly Lazy<Assembly> Tosa = new(() => Compile("mlir/Dialect/Tosa/IR/TosaOps.td", "Upstream.Tosa"));

    private const string MathInput = """
        func.func @m(%x: f32, %y: f32, %v: vector<4xf32>, %i: i32) -> f32 {
          %0 = math.sqrt %x : f32
          %1 = math.powf %x, %y fastmath<nnan> : f32
          %2 = math.fma %x, %y, %x : f32
          %3 = math.absf %v : vector<4xf32>
          %4 = math.ctlz %i : i32
          %5 = math.fpowi %x, %i : f32, i32
          %6 = math.isnan %x : f32
          %7 = math.round %v fastmath<contract,afn> : vector<4xf32>
          return %0 : f32
        }
        """;

    private const string TosaInput = """
        func.func @t(%a: tensor<2x3xf32>, %b: tensor<2x3xf32>, %i: tensor<2x3xi32>, %s: tensor<1xi8>) -> tensor<2x3xf32> {
          %0 = tosa.add %a, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
          %1 = tosa.abs %0 : (tensor<2x3xf32>) -> tensor<2x3xf32>
          %3 = tosa.transpose %1 {perms = array<i32: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
          %4 = tosa.reduce_sum %a {axis = 1 : i32} : (tensor<2x3xf32>) -> tensor<2x1xf32>
          %5 = tosa.greater %a, %b : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
          %6 = tosa.select %5, %a, %b : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
          %7 = tosa.cast %i : (tensor<2x3xi32>) -> tensor<2x3xf32>
          %8 = tosa.mul %a, %b, %s : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<1xi8>) -> tensor<2x3xf32>
          return %6 : tensor<2x3xf32>
        }
        """;

    [Fact]
    public void MathMatchesMlirOpt() =>
        AssertMatchesMlirOpt(Math.Value, "Upstream.Math.MathDialect", MathInput, (Arith.Value, "Upstream.Arith.ArithDialect"));

    [Fact]
    public void TosaMatchesMlirOpt() => AssertMatchesMlirOpt(Tosa.Value, "Upstream.Tosa.TosaDialect", TosaInput);

    /// <summary>Pretty and generic text written by mlir-opt, parsed by us, print back exactly as mlir-opt prints them.</summary>
    private static void AssertMatchesMlirOpt(Assembly assembly, string dialectType, string input, params (Assembly Assembly, string Type)[] dependencies)
    {
        var file = Path.Combine(Path.GetTempPath(), "mlirbuild-fmt-" + Guid.NewGuid().ToString("N") + ".mlir");
        File.WriteAllText(file, input);
        try
        {
            var pretty = ExternalTool.Run(RepoPaths.MlirOpt, [file]);
            var generic = ExternalTool.Run(RepoPaths.MlirOpt, [file, "--mlir-print-op-generic"]);
            Assert.True(pretty.ExitCode == 0 && generic.ExitCode == 0, pretty.StdErr + generic.StdErr);
            foreach (var text in new[] { pretty.StdOut, generic.StdOut })
            {
                var context = new MlirContext();
                context.RegisterDialect((Dialect)assembly.GetType(dialectType)!.GetProperty("Instance")!.GetValue(null)!);
                foreach (var (dependency, type) in dependencies)
                {
                    context.RegisterDialect((Dialect)dependency.GetType(type)!.GetProperty("Instance")!.GetValue(null)!);
                }

                var parsed = MlirParser.Parse(text, "mlir-opt.mlir", context);
                Assert.True(parsed.Succeeded, string.Join("\n", parsed.Diagnostics));
                Assert.Equal(generic.StdOut, MlirPrinter.Print(parsed.Module!, new PrintOptions { Generic = true }));
                Assert.Equal(pretty.StdOut, MlirPrinter.Print(parsed.Module!, new PrintOptions()));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private const string Input = """
        func.func @f(%a: i32, %b: i32, %x: f32, %y: f32, %v: vector<4xi1>, %u: vector<4xf32>, %w: vector<4xf32>, %t: tensor<4xi32>) -> i32 {
          %0 = arith.addi %a, %b : i32
          %1 = arith.addi %a, %b overflow<nsw> : i32
          %2 = arith.muli %0, %1 overflow<nsw, nuw> : i32
          %3 = arith.addf %x, %y : f32
          %4 = arith.mulf %x, %y fastmath<contract> : f32
          %5 = arith.cmpi slt, %a, %b : i32
          %6 = arith.cmpf oeq, %x, %y : f32
          %9 = arith.index_cast %a : i32 to index
          %10 = arith.extsi %a : i32 to i64
          %11 = arith.negf %x : f32
          %12 = arith.maxsi %a, %b : i32
          %13 = arith.divui %a, %b : i32
          %16 = arith.sitofp %a : i32 to f32
          %17 = arith.remf %x, %y fastmath<nnan,ninf> : f32
          %18 = arith.cmpi eq, %t, %t : tensor<4xi32>
          %19 = arith.subf %u, %w : vector<4xf32>
          %20 = arith.shli %a, %b overflow<nuw> : i32
          return %0 : i32
        }
        """;

    [Fact]
    public void ArithPrettyAndGenericFormsMatchMlirOpt()
    {
        var file = Path.Combine(Path.GetTempPath(), "mlirbuild-fmt-" + Guid.NewGuid().ToString("N") + ".mlir");
        File.WriteAllText(file, Input);
        try
        {
            var pretty = ExternalTool.Run(RepoPaths.MlirOpt, [file]);
            Assert.True(pretty.ExitCode == 0, pretty.StdErr);
            var generic = ExternalTool.Run(RepoPaths.MlirOpt, [file, "--mlir-print-op-generic"]);
            Assert.True(generic.ExitCode == 0, generic.StdErr);

            var context = new MlirContext();
            var dialect = (Dialect)Arith.Value.GetType("Upstream.Arith.ArithDialect")!.GetProperty("Instance")!.GetValue(null)!;
            context.RegisterDialect(dialect);
            var parsed = MlirParser.Parse(pretty.StdOut, "mlir-opt.mlir", context);
            Assert.True(parsed.Succeeded, string.Join("\n", parsed.Diagnostics));

            Assert.Equal(generic.StdOut, MlirPrinter.Print(parsed.Module!, new PrintOptions { Generic = true }));
            Assert.Equal(pretty.StdOut, MlirPrinter.Print(parsed.Module!, new PrintOptions()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void GenericInputPrintsPrettyLikeMlirOpt()
    {
        // The generic form (as mlir-opt writes it) parsed and printed pretty is mlir-opt's pretty form.
        var file = Path.Combine(Path.GetTempPath(), "mlirbuild-fmt-" + Guid.NewGuid().ToString("N") + ".mlir");
        File.WriteAllText(file, Input);
        try
        {
            var pretty = ExternalTool.Run(RepoPaths.MlirOpt, [file]);
            var generic = ExternalTool.Run(RepoPaths.MlirOpt, [file, "--mlir-print-op-generic"]);
            Assert.True(pretty.ExitCode == 0 && generic.ExitCode == 0, pretty.StdErr + generic.StdErr);

            var context = new MlirContext();
            context.RegisterDialect((Dialect)Arith.Value.GetType("Upstream.Arith.ArithDialect")!.GetProperty("Instance")!.GetValue(null)!);
            var parsed = MlirParser.Parse(generic.StdOut, "mlir-opt.mlir", context);
            Assert.True(parsed.Succeeded, string.Join("\n", parsed.Diagnostics));
            Assert.Equal(pretty.StdOut, MlirPrinter.Print(parsed.Module!, new PrintOptions()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BadPrettyInputIsALocatedError()
    {
        var context = new MlirContext();
        context.RegisterDialect((Dialect)Arith.Value.GetType("Upstream.Arith.ArithDialect")!.GetProperty("Instance")!.GetValue(null)!);
        var parsed = MlirParser.Parse("func.func @f(%a: i32) {\n  %0 = arith.cmpi bogus, %a, %a : i32\n  return\n}\n", "bad.mlir", context);
        Assert.False(parsed.Succeeded);
        Assert.Contains("bad.mlir:2:19: error: invalid predicate attribute specification: \"bogus\"", string.Join("\n", parsed.Diagnostics));
    }

    /// <summary>Emits C# for an upstream op file and compiles it with the support class into a loaded assembly.</summary>
    private static Assembly Compile(string file, string ns)
    {
        var model = OdsReader.Read(FileSystemResolver.EvaluateUpstream(file));
        var result = CSharpEmitter.Emit(new CSharpEmitRequest(model, ns, ImmutableEquatableArray<string>.Empty));
        Assert.Empty(result.Diagnostics);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SupportEmitter.Emit(), GeneratorHarness.ParseOptions) };
        trees.AddRange(result.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions, path: s.HintName)));
        var compilation = CSharpCompilation.Create(
            ns + ".Generated",
            trees,
            GeneratorHarness.References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(20)));
        return Assembly.Load(stream.ToArray());
    }
}
