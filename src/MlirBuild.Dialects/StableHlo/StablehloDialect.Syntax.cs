using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// Attaches the hand-written parse/print hooks (docs/stablehlo-assembly.md) to the generated op definitions: the
/// generator does not compile assembly formats yet, so each op whose pretty form we support gets its hooks here.
/// Ops without hooks keep the generic form.
/// </summary>
public sealed partial class StablehloDialect
{
    private static readonly string[] UnaryElementwise =
    [
        "abs", "cbrt", "ceil", "convert", "count_leading_zeros", "cosine", "exponential", "exponential_minus_one",
        "floor", "imag", "log", "log_plus_one", "logistic", "negate", "not", "popcnt", "real", "round_nearest_afz",
        "round_nearest_even", "rsqrt", "sign", "sine", "sqrt", "tan", "tanh", "uniform_quantize", "uniform_dequantize",
    ];

    private static readonly string[] BinaryElementwise =
    [
        "add", "and", "atan2", "divide", "maximum", "minimum", "multiply", "or", "power", "remainder", "shift_left",
        "shift_right_arithmetic", "shift_right_logical", "subtract", "xor", "clamp",
    ];

    // `operands attr-dict : functional-type(operands, results)`.
    private static readonly string[] OperandsFunctional =
    [
        "reshape", "dynamic_reshape", "is_finite", "dynamic_update_slice", "real_dynamic_slice", "dynamic_pad",
        "bitcast_convert",
    ];

    partial void OnCreated()
    {
        foreach (var name in UnaryElementwise)
        {
            Attach(name, ElementwiseSyntax.ParseSameType, ElementwiseSyntax.PrintSameType);
        }

        foreach (var name in BinaryElementwise)
        {
            Attach(name, ElementwiseSyntax.ParseSameType, ElementwiseSyntax.PrintSameType);
        }

        foreach (var name in OperandsFunctional)
        {
            Attach(name, HloSyntax.ParseOperandsFunctional, HloSyntax.PrintOperandsFunctional);
        }

        Attach("constant", ConstantSyntax.Parse, ConstantSyntax.Print);
        Attach("return", ReturnSyntax.Parse, ReturnSyntax.Print);
        Attach("custom_call", CustomCallSyntax.Parse, CustomCallSyntax.Print);
        Attach("compare", CompareSyntax.Parse, CompareSyntax.Print);
        Attach("select", SelectSyntax.Parse, SelectSyntax.Print);
        Attach("broadcast_in_dim", DimsSyntax.ParseBroadcastInDim, DimsSyntax.PrintBroadcastInDim);
        Attach("iota", DimsSyntax.ParseIota, DimsSyntax.PrintIota);
        Attach("concatenate", DimsSyntax.ParseConcatenate, DimsSyntax.PrintConcatenate);
        var transpose = DimsSyntax.OperandWithDims("permutation", sameType: false);
        Attach("transpose", transpose.Parse, transpose.Print);
        var reverse = DimsSyntax.OperandWithDims("dimensions", sameType: true);
        Attach("reverse", reverse.Parse, reverse.Print);
        var dynamicIota = DimsSyntax.OperandWithDim("iota_dimension");
        Attach("dynamic_iota", dynamicIota.Parse, dynamicIota.Print);
        var dimensionSize = DimsSyntax.OperandWithDim("dimension");
        Attach("get_dimension_size", dimensionSize.Parse, dimensionSize.Print);
        Attach("dot_general", DotSyntax.ParseDotGeneral, DotSyntax.PrintDotGeneral);
        Attach("dot", DotSyntax.ParseDot, DotSyntax.PrintDot);
        Attach("slice", SliceSyntax.Parse, SliceSyntax.Print);
        Attach("pad", PadSyntax.Parse, PadSyntax.Print);
        Attach("dynamic_broadcast_in_dim", DynamicBroadcastInDimSyntax.Parse, DynamicBroadcastInDimSyntax.Print);
        Attach("fft", FftSyntax.Parse, FftSyntax.Print);
        Attach("reduce_precision", ReducePrecisionSyntax.Parse, ReducePrecisionSyntax.Print);
        Attach("complex", ComplexSyntax.Parse, ComplexSyntax.Print);
        Attach("convolution", ConvolutionSyntax.Parse, ConvolutionSyntax.Print);
        Attach("reduce", ReduceSyntax.Parse, ReduceSyntax.Print);
        Attach("while", WhileSyntax.Parse, WhileSyntax.Print);
        Attach("after_all", TokenAndTupleSyntax.ParseAfterAll, TokenAndTupleSyntax.PrintAfterAll);
        Attach("tuple", TokenAndTupleSyntax.ParseTuple, TokenAndTupleSyntax.PrintTuple);
        Attach("optimization_barrier", TokenAndTupleSyntax.ParseOptimizationBarrier, TokenAndTupleSyntax.PrintOptimizationBarrier);
        foreach (var name in (string[])["replica_id", "partition_id", "create_token"])
        {
            Attach(name, TokenAndTupleSyntax.ParseResultTypesOnly, TokenAndTupleSyntax.PrintResultTypesOnly);
        }

        Attach("rng_bit_generator", RngBitGeneratorSyntax.Parse, RngBitGeneratorSyntax.Print);
        Attach("composite", CompositeSyntax.Parse, CompositeSyntax.Print);
        Attach("dynamic_slice", DynamicSliceSyntax.Parse, DynamicSliceSyntax.Print);
        Attach("get_tuple_element", DynamicSliceSyntax.ParseGetTupleElement, DynamicSliceSyntax.PrintGetTupleElement);
    }

    private void Attach(string mnemonic, OpParseHook parse, OpPrintHook print) =>
        SyntaxHooks.Attach(this, DialectNamespace + "." + mnemonic, parse, print);
}
