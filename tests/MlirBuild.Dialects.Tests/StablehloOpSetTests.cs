namespace MlirBuild.Dialects.Tests;

/// <summary>The stablehlo spec defines exactly the StableHLO op set: the 108 ops of the specification plus 10 more.</summary>
public sealed class StablehloOpSetTests
{
    /// <summary>The op headings of the "Ops" section of StableHLO's docs/spec.md (openxla/stablehlo 3c9301c).</summary>
    private static readonly string[] SpecOps =
    [
        "abs", "add", "after_all", "all_gather", "all_reduce", "all_to_all", "and", "async_done", "async_start",
        "atan2", "batch_norm_grad", "batch_norm_inference", "batch_norm_training", "bitcast_convert",
        "broadcast_in_dim", "case", "cbrt", "ceil", "cholesky", "clamp", "collective_broadcast", "collective_permute",
        "collective_reduce", "compare", "complex", "composite", "concatenate", "constant", "convert", "convolution",
        "cosine", "count_leading_zeros", "custom_call", "divide", "dot_general", "dynamic_broadcast_in_dim",
        "dynamic_conv", "dynamic_gather", "dynamic_iota", "dynamic_pad", "dynamic_reshape", "dynamic_slice",
        "dynamic_update_slice", "exponential", "exponential_minus_one", "fft", "floor", "gather", "get_dimension_size",
        "get_tuple_element", "if", "imag", "infeed", "iota", "is_finite", "log", "log_plus_one", "logistic", "map",
        "maximum", "minimum", "multiply", "negate", "not", "optimization_barrier", "or", "outfeed", "pad",
        "partition_id", "popcnt", "power", "real", "recv", "reduce", "reduce_precision", "reduce_scatter",
        "reduce_window", "remainder", "replica_id", "reshape", "reverse", "rng", "rng_bit_generator",
        "round_nearest_afz", "round_nearest_even", "rsqrt", "scatter", "select", "select_and_scatter", "send",
        "shift_left", "shift_right_arithmetic", "shift_right_logical", "sign", "sine", "slice", "sort", "sqrt",
        "subtract", "tan", "tanh", "transpose", "triangular_solve", "tuple", "uniform_dequantize", "uniform_quantize",
        "while", "xor",
    ];

    /// <summary>Ops StableHLO defines outside the specification.</summary>
    private static readonly string[] ExtraOps =
    [
        "broadcast", "create_token", "cross-replica-sum", "dot", "einsum", "unary_einsum", "torch_index_select",
        "set_dimension_size", "real_dynamic_slice", "return",
    ];

    [Fact]
    public void ExpectedListsHaveTheRightSize()
    {
        Assert.Equal(108, SpecOps.Distinct().Count());
        Assert.Equal(10, ExtraOps.Distinct().Count());
    }

    [Fact]
    public void StablehloDefinesExactlyTheSpecOpsAndTheExtras()
    {
        var actual = OpNames.Of(TdFiles.Records("StableHlo/StablehloOps.td"), "stablehlo");
        var expected = SpecOps.Concat(ExtraOps).Select(n => "stablehlo." + n).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MhloHasTheSameOpSetPlusItsOwnOps()
    {
        var stable = OpNames.Of(TdFiles.Records("StableHlo/StablehloOps.td"), "stablehlo")
            .Select(n => n["stablehlo.".Length..]).ToHashSet();
        var mhlo = OpNames.Of(TdFiles.Records("Mhlo/MhloOps.td"), "mhlo").Select(n => n["mhlo.".Length..]).ToHashSet();
        Assert.Empty(stable.Except(mhlo));
        Assert.Contains("topk", mhlo);
        Assert.Contains("erf", mhlo);
    }
}
