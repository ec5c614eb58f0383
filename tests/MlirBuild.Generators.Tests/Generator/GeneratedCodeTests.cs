using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>The generated code for the test dialect compiles, is usable, and behaves as ODS specifies.</summary>
public sealed class GeneratedCodeTests
{
    private const string Usage = """
        using MlirBuild.Ir;
        using Test.Generated;

        public static class Usage
        {
            public static string Run()
            {
                var log = new System.Collections.Generic.List<string>();
                var context = new MlirContext();
                context.RegisterDialect(TestDialect.Instance);
                var block = new Block();
                var i32 = block.AddArgument(IntegerType.I32);
                var i64 = block.AddArgument(IntegerType.I64);
                var idx0 = block.AddArgument(IndexType.Instance);
                var idx1 = block.AddArgument(IndexType.Instance);
                var t = block.AddArgument(RankedTensorType.Get(new long[] { 2 }, FloatType.F32));

                // Result type inferred from SameOperandsAndResultType; default-valued enum attribute.
                var add = AddOp.Create(i32, i32, context: context);
                log.Add("add:" + add.Result.Type + ":" + add.Mode + ":" + (add.ModeAttr is null));
                var exact = AddOp.Create(i32, i32, mode: Mode.exact, context: context);
                log.Add("mode:" + exact.Mode + ":" + ModeExtensions.ToMlirString(exact.Mode));

                // AttrSizedOperandSegments: groups come back from the segment sizes.
                var seg = SegmentsOp.Create(new[] { IntegerType.I1 }, new Value[] { idx0, idx1 }, new Value[] { t }, new long[] { 1, 2 }, marked: true, context: context);
                log.Add("seg:" + seg.First.Count + "," + (seg.Flag is null) + "," + seg.Second.Count + "," + seg.Marked + "," + string.Join("/", seg.Sizes) + "," + (seg.Label ?? "none"));

                // SameVariadicOperandSize: the variadic groups split the remaining operands evenly.
                var same = SameSizeOp.Create(new Value[] { idx0, idx1 }, i64, new Value[] { t, t }, 7, context: context);
                log.Add("same:" + same.A.Count + "," + same.B.Count + "," + ReferenceEquals(same.Pivot, i64) + "," + same.Count);

                var diagnostics = new DiagnosticBag();
                log.Add("verify:" + same.Operation.Definition!.Verify!(same.Operation, diagnostics) + ":" + diagnostics.Count);

                // The pivot must be an i64: an i32 there is reported.
                var wrongPivot = SameSizeOp.Create(new Value[] { idx0 }, i32, new Value[] { t }, 1, context: context);
                var pivotDiagnostics = new DiagnosticBag();
                log.Add("pivot:" + wrongPivot.Operation.Definition!.Verify!(wrongPivot.Operation, pivotDiagnostics) + ":" + pivotDiagnostics[0].Message);

                // A wrong operand type is reported with the constraint's summary.
                var bad = AddOp.Create(idx0, idx0, IndexType.Instance, context: context);
                var badDiagnostics = new DiagnosticBag();
                log.Add("bad:" + bad.Operation.Definition!.Verify!(bad.Operation, badDiagnostics) + ":" + badDiagnostics[0].Message);

                log.Add("cast:" + (SameSizeOp.TryAs(add.Operation) is null) + "," + (AddOp.TryAs(add.Operation) is not null));
                return string.Join("\n", log);
            }
        }
        """;

    [Fact]
    public void GeneratedCodeCompilesAndBehaves()
    {
        var session = new GeneratorSession(GeneratorHarness.TestDialectInputs());
        var (result, output) = session.RunAndCompile(GeneratorHarness.Compilation(Usage));
        Assert.Empty(result.Diagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var assembly = Assembly.Load(stream.ToArray());
        var text = (string)assembly.GetType("Usage")!.GetMethod("Run")!.Invoke(null, null)!;
        var lines = text.Split('\n');
        Assert.Equal("add:i32:fast:True", lines[0]);
        Assert.Equal("mode:exact:EXACT", lines[1]);
        Assert.Equal("seg:2,True,1,True,1/2,none", lines[2]);
        Assert.Equal("same:2,2,True,7", lines[3]);
        Assert.Equal("verify:True:0", lines[4]);
        Assert.Equal("pivot:False:'test.same_size' op operand #1 must be 64-bit signless integer, but got 'i32'", lines[5]);
        Assert.Equal("bad:False:'test.add' op operand #0 must be 32-bit signless integer or 32-bit float, but got 'index'", lines[6]);
        Assert.Equal("cast:True,True", lines[7]);
    }

    [Fact]
    public void MissingRequiredOperandIsACompileError()
    {
        var session = new GeneratorSession(GeneratorHarness.TestDialectInputs());
        const string Missing = """
            public static class Missing
            {
                public static object Make(MlirBuild.Ir.Value v) => Test.Generated.BranchOp.Create(v, new MlirBuild.Ir.Value[0], new MlirBuild.Ir.Block());
            }
            """;
        var (_, output) = session.RunAndCompile(GeneratorHarness.Compilation(Missing));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        // BranchOp needs both successors: leaving out `else` must not compile (CS7036: no argument for a required parameter).
        Assert.Contains(errors, e => e.Id == "CS7036");
    }
}
