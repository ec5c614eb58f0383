using MlirBuild.Interpreter.Driver;
using MlirBuild.Tests.Common;

namespace MlirBuild.Interpreter.Tests;

/// <summary>
/// A fixed sample of the StableHLO conformance corpus (pretty form, parsed with our generated dialects) run through
/// <see cref="RunDriver"/>. The whole corpus is swept by build/corpus-interp.sh; this keeps the suite fast.
/// </summary>
public class CorpusSampleTests
{
    private static string Corpus => Path.Combine(RepoPaths.SharedCorpus, "stablehlo");

    public static TheoryData<string> InterpretFiles => new()
    {
        "abs.mlir", "broadcast_in_dim.mlir", "case.mlir", "compare.mlir", "convert.mlir", "count_leading_zeros.mlir",
        "dynamic_gather.mlir", "dynamic_update_slice.mlir", "gather.mlir", "if.mlir", "map.mlir", "power.mlir",
        "quantized_ops.mlir", "reduce.mlir", "reduce_window.mlir", "remainder.mlir", "round_nearest_even.mlir",
        "scatter.mlir", "select_and_scatter.mlir", "shift_right_arithmetic.mlir", "sort.mlir", "transpose.mlir",
        "triangular_solve.mlir", "all_reduce.mlir", "all_gather.mlir", "all_to_all.mlir", "collective_broadcast.mlir",
        "collective_permute.mlir", "collective_reduce.mlir", "reduce_scatter.mlir", "bitcast_convert.mlir", "atan2.mlir",
        "maximum.mlir", "minimum.mlir", "constant.mlir", "chlo/ragged_dot.mlir",
    };

    public static TheoryData<string> TestdataFiles => new()
    {
        "abs_bfloat16_20_20.mlir", "bessel_i0e_float64_20_20.mlir", "concatenate_int16_2_3_int16_2_3.mlir",
        "cumprod_int32_8_9.mlir", "imag_complex64_2_3.mlir", "mul_bfloat16_20_20_bfloat16_20_20.mlir",
        "population_count_uint64_3.mlir", "rem_float32_2_float32_2.mlir", "scatter_add_bfloat16_3_5_4_bfloat16_3_2_4.mlir",
        "scatter_max_int8_3_5_40_int8_3_5_2.mlir", "scatter_min_uint32_4_2_3_5_uint32_4_3.mlir",
        "scatter_mul_float16_1_2_3_float16_2_3.mlir", "select_n_bool_2_3_float64_2_3_float64_2_3.mlir",
        "sign_int32_20_20.mlir", "stop_gradient_uint64_20_20.mlir",
    };

    [Theory]
    [MemberData(nameof(InterpretFiles))]
    public void InterpretSuiteFilePasses(string name) =>
        AssertPasses(Path.Combine(Corpus, "interpret", name), split: true);

    [Theory]
    [MemberData(nameof(TestdataFiles))]
    public void JaxTestdataFilePasses(string name) =>
        AssertPasses(Path.Combine(Corpus, "testdata", name), split: false);

    [Fact]
    public void WrongExpectedValueInACorpusFileFails()
    {
        // The same file as a passing sample with one expected element changed: the check must catch it.
        string text = File.ReadAllText(Path.Combine(Corpus, "testdata", "abs_bfloat16_20_20.mlir"));
        int expected = text.IndexOf("@expected()", StringComparison.Ordinal);
        int hex = text.IndexOf("\"0x", expected, StringComparison.Ordinal) + 3;
        string changed = text[..hex] + (text[hex] == '0' ? '1' : '0') + text[(hex + 1)..];
        string file = Path.Combine(Path.GetTempPath(), $"mlirbuild-corpus-{Guid.NewGuid():N}.mlir");
        File.WriteAllText(file, changed);
        try
        {
            var output = new StringWriter();
            Assert.Equal(new RunSummary(0, 1), RunDriver.Run([file], new RunOptions(), output));
            Assert.Contains("custom_call failed: element [0, 0]", output.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertPasses(string path, bool split)
    {
        var output = new StringWriter();
        var summary = RunDriver.Run([path], new RunOptions { SplitInputFile = split }, output);
        Assert.True(summary.Failed == 0 && summary.Passed > 0, output.ToString());
    }
}
