using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MlirBuild.Generators.Emit;
using MlirBuild.TableGen.Ods;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// Differential test against mlir-opt 22: the attribute and type classes generated from upstream dialect files
/// (enum attributes incl. bit enums, struct attributes, parameterless and parameterized types) parse the same text
/// and print the module exactly as <c>mlir-opt --allow-unregistered-dialect</c> does.
/// </summary>
public sealed class UpstreamAttributeDifferentialTests
{
    private static readonly (string File, string Dialect)[] Dialects =
    [
        ("mlir/Dialect/Arith/IR/ArithOps.td", "ArithDialect"),
        ("mlir/Dialect/Linalg/IR/LinalgStructuredOps.td", "LinalgDialect"),
        ("mlir/Dialect/Index/IR/IndexOps.td", "IndexDialect"),
        ("mlir/Dialect/Tosa/IR/TosaOps.td", "TosaDialect"),
        ("mlir/Dialect/Shape/IR/ShapeOps.td", "ShapeDialect"),
    ];

    // Non-canonical spellings on purpose: flag order, spacing, `#d<mnemonic<...>>` for pretty names.
    private const string Input = """
        "test.op"() {a = #arith.fastmath<nnan,ninf>, b = #arith.fastmath<fast>, c = #arith.fastmath<none>, d = #arith.overflow<nsw, nuw>, e = #arith.overflow<none>, f = #arith.fastmath<ninf,nnan,contract>} : () -> ()
        "test.op"() {a = #linalg.iterator_type<parallel>, b = #linalg.binary_fn<add>, c = #linalg.type_fn<cast_signed>, d = #linalg.unary_fn<exp>, e = #linalg.ternary_fn<select>, f = #linalg.elementwise_kind<add>, g = #linalg<iterator_type<reduction>>} : () -> ()
        "test.op"() {a = #index<cmp_predicate slt>, b = #index<cmp_predicate uge>} : () -> ()
        "test.op"() {a = #tosa.resize_mode<BILINEAR>, b = #tosa.nan_mode<PROPAGATE>, c = #tosa.rounding_mode<SINGLE_ROUND>, d = #tosa.prof<pro_int>, e = #tosa.level<none>, f = #tosa.block_size<BLOCK_SIZE_32>} : () -> ()
        "test.op"() {a = #tosa.conv_quant<weight_zp = 2, input_zp = 1>, b = #tosa.unary_quant<input_zp = -1, output_zp = 2>} : () -> ()
        "test.op"() : () -> (!shape.shape, !shape.size, !shape.witness, !shape.value_shape, !tosa.shape<3>, !tosa.mxint8, !shape<shape>)
        """;

    private static string Driver(IEnumerable<string> dialectClasses) => $$"""
        using MlirBuild.Ir;

        public static class Driver
        {
            public static string Run(string text)
            {
                var context = new MlirContext(allowUnregisteredDialects: true);
                {{string.Concat(dialectClasses.Select(d => "context.RegisterDialect(" + d + ".Instance);\n"))}}
                var result = MlirParser.Parse(text, "input.mlir", context);
                if (!result.Succeeded)
                {
                    return "error: " + result.Diagnostics[0];
                }

                var kinds = new System.Collections.Generic.List<string>();
                result.Module!.Walk(op =>
                {
                    foreach (var a in op.Attributes.Entries) kinds.Add(a.Value.GetType().Name);
                    foreach (var r in op.Results) kinds.Add(r.Type.GetType().Name);
                });
                return MlirPrinter.Print(result.Module!, new PrintOptions()) + "\n#kinds " + string.Join(",", kinds);
            }
        }
        """;

    [Fact]
    public void GeneratedUpstreamAttributesPrintLikeMlirOpt()
    {
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(SupportEmitter.Emit(), GeneratorHarness.ParseOptions) };
        var classes = new List<string>();
        foreach (var (file, dialect) in Dialects)
        {
            var model = OdsReader.Read(FileSystemResolver.EvaluateUpstream(file));
            var ns = "Upstream." + Path.GetFileNameWithoutExtension(file);
            var result = CSharpEmitter.Emit(new CSharpEmitRequest(model, ns, ImmutableEquatableArray<string>.Empty));
            trees.AddRange(result.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions, path: ns + "/" + s.HintName)));
            classes.Add(ns + "." + dialect);
        }

        trees.Add(CSharpSyntaxTree.ParseText(Driver(classes), GeneratorHarness.ParseOptions));
        var compilation = CSharpCompilation.Create(
            "UpstreamAttrs",
            trees,
            GeneratorHarness.References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        var assembly = Assembly.Load(stream.ToArray());
        var ours = (string)assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, [Input])!;

        var oracle = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", "-"], stdin: Input);
        Assert.True(oracle.ExitCode == 0, oracle.StdErr);
        var kindsAt = ours.LastIndexOf("\n#kinds ", StringComparison.Ordinal);
        Assert.Equal(oracle.StdOut, ours[..kindsAt]);

        // Every attribute and type above came back as a generated class, not as opaque text.
        var kinds = ours[(kindsAt + 8)..].Split(',');
        Assert.Equal(30, kinds.Length);
        Assert.DoesNotContain("OpaqueAttr", kinds);
        Assert.DoesNotContain("OpaqueType", kinds);
    }
}
