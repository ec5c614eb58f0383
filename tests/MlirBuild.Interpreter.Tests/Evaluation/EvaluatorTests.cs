using MlirBuild.Interpreter.Evaluation;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;
using static MlirBuild.Interpreter.Tests.Evaluation.ModuleBuilder;

namespace MlirBuild.Interpreter.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly FloatType F32 = FloatType.F32;

    [Fact]
    public void RunsElementwiseOpsOnArguments()
    {
        var m = new ModuleBuilder();
        var t = T(F32, 3);
        var block = m.Func("main", [t, t], [t, T(IntegerType.I1, 3)]);
        var sum = m.Op1("stablehlo.add", [block.Arguments[0], block.Arguments[1]], t);
        var max = m.Op1("stablehlo.maximum", [sum, block.Arguments[1]], t);
        var lt = m.Op1("stablehlo.compare", [block.Arguments[0], block.Arguments[1]], T(IntegerType.I1, 3), ("comparison_direction", Opaque("stablehlo<comparison_direction LT>")));
        m.Return(max, lt);

        var a = TestTensors.Doubles(ElementType.F32, [3], 1, -5, 2);
        var b = TestTensors.Doubles(ElementType.F32, [3], 2, 1, -7);
        var outcome = ModuleRunner.RunFunction(m.Module, "main", [a, b]);
        Assert.True(outcome.Passed, outcome.Error);
        Assert.Equal(new double[] { 3, 1, -5 }, ElementCodec.ToDoubles(outcome.OutputTensors[0]));
        Assert.Equal(new byte[] { 1, 1, 0 }, outcome.OutputTensors[1].Bytes.ToArray());
    }

    [Fact]
    public void ChecksReportFailuresWithTheirLocation()
    {
        var m = new ModuleBuilder();
        var t = T(IntegerType.I32, 2);
        m.Func("check_test", [], []);
        var x = m.Constant(t, TestTensors.Ints(ElementType.I32, [2], 1, 2));
        var y = m.Op1("stablehlo.add", [x, x], t);
        m.Op("check.expect_eq_const", [y], [], ("value", DenseElementsAttr.Create(t, TestTensors.Ints(ElementType.I32, [2], 2, 4).Data)));
        m.Op("check.expect_eq_const", [y], [], ("value", DenseElementsAttr.Create(t, TestTensors.Ints(ElementType.I32, [2], 2, 5).Data)));
        m.Return();

        var outcome = ModuleRunner.RunChecks(m.Module);
        Assert.Null(outcome.Error);
        Assert.Equal(2, outcome.ChecksRun);
        var failure = Assert.Single(outcome.Failures);
        Assert.StartsWith("test.mlir:4:3", failure.Location);
        Assert.Contains("element [1]: expected 5, got 4", failure.Message);
    }

    [Fact]
    public void WhileLoopCountsWithCapturedValues()
    {
        // while (i < 10) { i = i + step }, step captured from the enclosing function
        var m = new ModuleBuilder();
        var s = T(IntegerType.I64);
        var block = m.Func("main", [s], [s]);
        var step = m.Constant(s, TestTensors.Ints(ElementType.I64, [], 3));
        var limit = m.Constant(s, TestTensors.Ints(ElementType.I64, [], 10));
        var loop = m.Op("stablehlo.while", [block.Arguments[0]], [s]);
        var cond = m.Region(loop, s);
        var lt = m.Op1("stablehlo.compare", [cond.Arguments[0], limit], T(IntegerType.I1), ("comparison_direction", Opaque("stablehlo<comparison_direction LT>")));
        m.Op("stablehlo.return", [lt], []);
        var body = m.Region(loop, s);
        var next = m.Op1("stablehlo.add", [body.Arguments[0], step], s);
        m.Op("stablehlo.return", [next], []);
        m.At(block);
        m.Return(loop.GetResult(0));

        var outcome = ModuleRunner.RunFunction(m.Module, "main", [TestTensors.Ints(ElementType.I64, [], 1)]);
        Assert.True(outcome.Passed, outcome.Error);
        Assert.Equal(new long[] { 10 }, ElementCodec.ToLongs(outcome.OutputTensors[0]));
    }

    [Theory]
    [InlineData("stablehlo.add", 10)]
    [InlineData("stablehlo.multiply", 24)]
    public void ReduceWithARegionBody(string bodyOp, long expected)
    {
        var m = new ModuleBuilder();
        var s = T(IntegerType.I32);
        var v = T(IntegerType.I32, 4);
        var block = m.Func("main", [v], [s]);
        var init = m.Constant(s, TestTensors.Ints(ElementType.I32, [], bodyOp == "stablehlo.add" ? 0 : 1));
        var reduce = m.Op("stablehlo.reduce", [block.Arguments[0], init], [s], ("dimensions", I64s(0)));
        var body = m.Region(reduce, s, s);
        var r = m.Op1(bodyOp, [body.Arguments[0], body.Arguments[1]], s);
        m.Op("stablehlo.return", [r], []);
        m.At(block);
        m.Return(reduce.GetResult(0));

        var outcome = ModuleRunner.RunFunction(m.Module, "main", [TestTensors.Ints(ElementType.I32, [4], 1, 2, 3, 4)]);
        Assert.True(outcome.Passed, outcome.Error);
        Assert.Equal(new[] { expected }, ElementCodec.ToLongs(outcome.OutputTensors[0]));
    }

    [Fact]
    public void ConvolutionReadsPrettyDimensionNumbersAndCallsFunctions()
    {
        var m = new ModuleBuilder();
        var x = T(F32, 1, 3, 3, 1);
        var w = T(F32, 2, 2, 1, 1);
        var y = T(F32, 1, 2, 2, 1);
        m.Func("conv", [x, w], [y]);
        var entry = m.Module.Regions[0].EntryBlock!.LastOp!.Regions[0].EntryBlock!;
        var conv = m.Op1("stablehlo.convolution", [entry.Arguments[0], entry.Arguments[1]], y,
            ("dimension_numbers", Opaque("stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>")),
            ("window_strides", I64s(1, 1)),
            ("feature_group_count", IntegerAttr.I64(1)),
            ("batch_group_count", IntegerAttr.I64(1)));
        m.Return(conv);
        var main = m.Func("main", [x, w], [y]);
        var call = m.Op1("func.call", [main.Arguments[0], main.Arguments[1]], y, ("callee", new SymbolRefAttr("conv")));
        m.Return(call);

        var input = TestTensors.Doubles(ElementType.F32, [1, 3, 3, 1], 1, 2, 3, 4, 5, 6, 7, 8, 9);
        var kernel = TestTensors.Doubles(ElementType.F32, [2, 2, 1, 1], 1, 0, 0, 1);
        var outcome = ModuleRunner.RunFunction(m.Module, "main", [input, kernel]);
        Assert.True(outcome.Passed, outcome.Error);
        Assert.Equal(new double[] { 6, 8, 12, 14 }, ElementCodec.ToDoubles(outcome.OutputTensors[0]));
    }

    [Fact]
    public void GatherReadsItsStructAttribute()
    {
        var m = new ModuleBuilder();
        var operand = T(IntegerType.I32, 3, 2);
        var indices = T(IntegerType.I32, 2, 1);
        var result = T(IntegerType.I32, 2, 2);
        var block = m.Func("main", [operand, indices], [result]);
        var g = m.Op1("stablehlo.gather", [block.Arguments[0], block.Arguments[1]], result,
            ("dimension_numbers", Opaque("stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>")),
            ("slice_sizes", I64s(1, 2)));
        m.Return(g);
        var outcome = ModuleRunner.RunFunction(m.Module, "main", [TestTensors.Ints(ElementType.I32, [3, 2], 0, 1, 2, 3, 4, 5), TestTensors.Ints(ElementType.I32, [2, 1], 2, 0)]);
        Assert.True(outcome.Passed, outcome.Error);
        Assert.Equal(new long[] { 4, 5, 0, 1 }, ElementCodec.ToLongs(outcome.OutputTensors[0]));
    }

    [Fact]
    public void UnsupportedOpsAndBadOperandsAreLocatedErrors()
    {
        var m = new ModuleBuilder();
        var t = T(F32, 2);
        var block = m.Func("main", [t], [t]);
        var r = m.Op1("stablehlo.frobnicate", [block.Arguments[0]], t);
        m.Return(r);
        var outcome = ModuleRunner.RunFunction(m.Module, "main", [TestTensors.Doubles(ElementType.F32, [2], 1, 2)]);
        Assert.False(outcome.Passed);
        Assert.Equal("test.mlir:1:3: error: stablehlo.frobnicate: op stablehlo.frobnicate is not supported by the interpreter", outcome.Error);

        var missing = ModuleRunner.RunFunction(m.Module, "nope", []);
        Assert.Contains("function @nope not found", missing.Error);
    }

    [Fact]
    public void CustomCallChecksCompareWithinUlps()
    {
        var m = new ModuleBuilder();
        var t = T(F32, 2);
        m.Func("main", [], []);
        var a = m.Constant(t, TestTensors.Doubles(ElementType.F32, [2], 1, 2));
        var b = m.Constant(t, ElementCodec.FromDoubles(ElementType.F32, [2], [1, BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(2f) + 2)]));
        var c = m.Constant(t, TestTensors.Doubles(ElementType.F32, [2], 1, 2.5));
        m.Op("stablehlo.custom_call", [a, b], [], ("call_target_name", new StringAttr("check.expect_close")), ("has_side_effect", BoolAttr.True));
        m.Op("stablehlo.custom_call", [a, c], [], ("call_target_name", new StringAttr("check.expect_close")), ("has_side_effect", BoolAttr.True));
        m.Return();
        var outcome = ModuleRunner.RunChecks(m.Module);
        Assert.Null(outcome.Error);
        Assert.Equal(2, outcome.ChecksRun);
        Assert.Single(outcome.Failures);
    }
}
