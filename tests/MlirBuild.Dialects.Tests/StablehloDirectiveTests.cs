using MlirBuild.Dialects.StableHlo;
using MlirBuild.Ir;
using MlirBuild.Ir.Tools;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// The hand-written StableHLO/CHLO directives and custom ops (docs/stablehlo-assembly.md): each prints the text
/// stablehlo-opt prints (lines taken from shared/corpus/stablehlo and the doc, values renamed to our printer's
/// %argN/%N), round-trips, and reports malformed input as a located error.
/// </summary>
public class StablehloDirectiveTests
{
    private static readonly FormatOptions Options = new() { ConfigureContext = HloDialects.Register };

    [Theory]
    [InlineData("tensor<4x3xf32>, tensor<3x6xf32>", "%0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<4x3xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>")]
    [InlineData("tensor<2x2x2xi64>, tensor<2x2x2xi64>", "%0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT] : (tensor<2x2x2xi64>, tensor<2x2x2xi64>) -> tensor<2x2x2xi64>")]
    [InlineData("tensor<2x2xi64>, tensor<2x2xi64>", "%0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [] x [] : (tensor<2x2xi64>, tensor<2x2xi64>) -> tensor<2x2x2x2xi64>")]
    [InlineData("tensor<2x2x2xi64>, tensor<2x2x2xi64>", "%0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [0], contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT], algorithm = <lhs_precision_type = tf32, rhs_precision_type = tf32, accumulation_type = f32, lhs_component_count = 1, rhs_component_count = 1, num_primitive_operations = 1, allow_imprecise_accumulation = false> : (tensor<2x2x2xi64>, tensor<2x2x2xi64>) -> tensor<2x2x2xi64>")]
    [InlineData("tensor<1x2xi32>, tensor<2x1xi32>", "%0 = stablehlo.dot %arg0, %arg1, precision = [DEFAULT, HIGHEST] : (tensor<1x2xi32>, tensor<2x1xi32>) -> tensor<1x1xi32>")]
    [InlineData("tensor<4x3xf32>, tensor<3x6xf32>", "%0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0], precision = [] : (tensor<4x3xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>")]
    [InlineData("tensor<10x10x10xf32>", "%0 = stablehlo.slice %arg0 [0:10, 2:3, 0:10] : (tensor<10x10x10xf32>) -> tensor<10x1x10xf32>")]
    [InlineData("tensor<3x8xi64>", "%0 = stablehlo.slice %arg0 [1:3, 4:8:2] : (tensor<3x8xi64>) -> tensor<2x2xi64>")]
    [InlineData("tensor<5x4xi64>, tensor<i64>", "%0 = stablehlo.pad %arg0, %arg1, low = [1, -1], high = [1, -1], interior = [0, 1] : (tensor<5x4xi64>, tensor<i64>) -> tensor<7x5xi64>")]
    [InlineData("tensor<1x16x2xf32>, tensor<3x2x2xf32>", "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {pad = [[2, 2]], lhs_dilate = [2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x16x2xf32>, tensor<3x2x2xf32>) -> tensor<1x33x2xf32>")]
    [InlineData("tensor<2x3x9x10xf32>, tensor<3x3x10x5xf32>", "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<2x3x9x10xf32>, tensor<3x3x10x5xf32>) -> tensor<2x3x0x6xf32>")]
    [InlineData("tensor<1x4x4x1xf32>, tensor<3x3x1x1xf32>", "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [4, 4], pad = [[0, 0], [1, 1]], lhs_dilate = [2, 2], rhs_dilate = [1, 2], reverse = [false, true]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x4x4x1xf32>, tensor<3x3x1x1xf32>) -> tensor<1x2x2x1xf32>")]
    [InlineData("tensor<2x3xui8>, tensor<ui8>", "%0 = stablehlo.reduce(%arg0 init: %arg1) applies stablehlo.add across dimensions = [0] : (tensor<2x3xui8>, tensor<ui8>) -> tensor<3xui8>")]
    [InlineData("tensor<14x15x16x17xf64>", "%0 = stablehlo.fft %arg0, type =  RFFT, length = [17] : (tensor<14x15x16x17xf64>) -> tensor<14x15x16x9xcomplex<f64>>")]
    [InlineData("tensor<6xf64>", "%0 = stablehlo.reduce_precision %arg0, format = e5m10 : tensor<6xf64>")]
    [InlineData("tensor<2xf64>, tensor<2xf64>", "%0 = stablehlo.complex %arg0, %arg1 : tensor<2xcomplex<f64>>")]
    [InlineData("tensor<?x2xf32>, tensor<3xi32>", "%0 = stablehlo.dynamic_broadcast_in_dim %arg0, %arg1, dims = [0, 2] : (tensor<?x2xf32>, tensor<3xi32>) -> tensor<?x3x2xf32>")]
    [InlineData("tensor<3xui16>, tensor<i64>", "%0 = stablehlo.dynamic_slice %arg0, %arg1, sizes = [1] : (tensor<3xui16>, tensor<i64>) -> tensor<1xui16>")]
    [InlineData("!stablehlo.token, !stablehlo.token", "%0 = stablehlo.after_all %arg0, %arg1 : !stablehlo.token")]
    [InlineData("tensor<2xf64>, tuple<tensor<i64>>", "%0 = stablehlo.tuple %arg0, %arg1 : tuple<tensor<2xf64>, tuple<tensor<i64>>>")]
    [InlineData("tuple<tensor<2xf64>, tuple<tensor<i64>>>", "%0 = stablehlo.get_tuple_element %arg0[1] : (tuple<tensor<2xf64>, tuple<tensor<i64>>>) -> tuple<tensor<i64>>")]
    [InlineData("tensor<f32>, tensor<f32>", "%0:2 = stablehlo.optimization_barrier %arg0, %arg1 : tensor<f32>, tensor<f32>")]
    [InlineData("tensor<2xui64>", "%0:2 = stablehlo.rng_bit_generator %arg0, algorithm =  THREE_FRY : (tensor<2xui64>) -> (tensor<2xui64>, tensor<ui64>)")]
    [InlineData("", "%0 = stablehlo.replica_id : tensor<ui32>")]
    [InlineData("tensor<3xi64>", "check.expect_serialized_eq %arg0, probe_id = \"probe_iterations\", iter = 0 : tensor<3xi64>")]
    public void PrettyPrintMatchesStablehloOpt(string argumentTypes, string line)
    {
        var printed = PrintFunction(argumentTypes, line);
        Assert.Contains("\n    " + line + "\n", printed);
        AssertRoundTrips(printed);
    }

    [Fact]
    public void ReduceWithReducerPrintsPairedArgumentsOnTheNextLine()
    {
        // testdata/argmax_*: the block arguments are (acc0, acc1, elem0, elem1); pairs print (acc_i, elem_i).
        var printed = Print("""
            func.func @f(%arg0: tensor<15xui64>, %0: tensor<15xi32>, %c: tensor<ui64>, %c_0: tensor<i32>) -> tensor<i32> {
              %p = stablehlo.constant dense<true> : tensor<i1>
              %1:2 = stablehlo.reduce(%arg0 init: %c), (%0 init: %c_0) across dimensions = [0] : (tensor<15xui64>, tensor<15xi32>, tensor<ui64>, tensor<i32>) -> (tensor<ui64>, tensor<i32>)
               reducer(%arg1: tensor<ui64>, %arg3: tensor<ui64>) (%arg2: tensor<i32>, %arg4: tensor<i32>)  {
                %2 = stablehlo.select %p, %arg1, %arg3 : tensor<i1>, tensor<ui64>
                stablehlo.return %2, %arg4 : tensor<ui64>, tensor<i32>
              }
              return %1#1 : tensor<i32>
            }
            """);
        Assert.Contains(
            "across dimensions = [0] : (tensor<15xui64>, tensor<15xi32>, tensor<ui64>, tensor<i32>) -> (tensor<ui64>, tensor<i32>)\n"
            + "     reducer(%arg4: tensor<ui64>, %arg6: tensor<ui64>) (%arg5: tensor<i32>, %arg7: tensor<i32>)  {\n",
            printed);
        Assert.Contains("stablehlo.select %0, %arg4, %arg6 : tensor<i1>, tensor<ui64>", printed);
        Assert.Contains("stablehlo.return %2, %arg7 : tensor<ui64>, tensor<i32>", printed);
        AssertRoundTrips(printed);
    }

    [Fact]
    public void ReduceBodyThatIsNotOneBinaryOpKeepsTheReducerForm()
    {
        // A body returning its accumulator unchanged is not `applies`-able.
        var printed = Print("""
            func.func @f(%x: tensor<4xf32>, %i: tensor<f32>) -> tensor<f32> {
              %0 = stablehlo.reduce(%x init: %i) across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
               reducer(%a: tensor<f32>, %b: tensor<f32>)  {
                stablehlo.return %a : tensor<f32>
              }
              return %0 : tensor<f32>
            }
            """);
        Assert.Contains("reducer(%arg2: tensor<f32>, %arg3: tensor<f32>)  {\n      stablehlo.return %arg2 : tensor<f32>\n    }", printed);
        AssertRoundTrips(printed);
    }

    [Fact]
    public void GenericReduceOfOneAddPrintsTheCompactForm()
    {
        var printed = Print("""
            func.func @f(%x: tensor<2x3xf32>, %i: tensor<f32>) -> tensor<3xf32> {
              %0 = "stablehlo.reduce"(%x, %i) ({
              ^bb0(%a: tensor<f32>, %b: tensor<f32>):
                %s = "stablehlo.add"(%a, %b) : (tensor<f32>, tensor<f32>) -> tensor<f32>
                "stablehlo.return"(%s) : (tensor<f32>) -> ()
              }) {dimensions = array<i64: 0>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<3xf32>
              return %0 : tensor<3xf32>
            }
            """);
        Assert.Contains("%0 = stablehlo.reduce(%arg0 init: %arg1) applies stablehlo.add across dimensions = [0] : (tensor<2x3xf32>, tensor<f32>) -> tensor<3xf32>\n", printed);
        AssertRoundTrips(printed);
    }

    [Fact]
    public void WhileNamesTheSharedBlockArgumentsAndPutsCondOnTheNextLine()
    {
        // interpret/while.mlir
        var printed = Print("""
            func.func @f(%init_i: tensor<i64>, %init_sum: tensor<i64>, %one: tensor<i64>, %ten: tensor<i64>) -> tensor<i64> {
              %results0, %results1 = stablehlo.while(%arg0 = %init_i, %arg1 = %init_sum) : tensor<i64>, tensor<i64>
              cond {
                %cond = stablehlo.compare LT, %arg0, %ten : (tensor<i64>, tensor<i64>) -> tensor<i1>
                stablehlo.return %cond : tensor<i1>
              } do {
                %new_sum = stablehlo.add %arg1, %one : tensor<i64>
                %new_i = stablehlo.add %arg0, %one : tensor<i64>
                stablehlo.return %new_i, %new_sum : tensor<i64>, tensor<i64>
              }
              return %results1 : tensor<i64>
            }
            """);
        Assert.Contains(
            "%0:2 = stablehlo.while(%arg4 = %arg0, %arg5 = %arg1) : tensor<i64>, tensor<i64>\n     cond {\n"
            + "      %1 = stablehlo.compare  LT, %arg4, %arg3 : (tensor<i64>, tensor<i64>) -> tensor<i1>\n",
            printed);
        Assert.Contains("    } do {\n      %1 = stablehlo.add %arg5, %arg2 : tensor<i64>\n", printed);
        AssertRoundTrips(printed);
    }

    [Fact]
    public void ChloScanPrintsInputsInitsDimensionAndAttributes()
    {
        // interpret/chlo/scan.mlir
        var printed = Print("""
            func.func @f(%input: tensor<4xi32>, %init: tensor<i32>) -> tensor<4xi32> {
              %0:2 = chlo.scan(%input) inits(%init) dimension=0 attributes {is_reverse = true} {
              ^bb0(%scan_arg0: tensor<i32>, %scan_arg1: tensor<i32>):
                %1 = stablehlo.add %scan_arg0, %scan_arg1 : tensor<i32>
                stablehlo.return %1, %1 : tensor<i32>, tensor<i32>
              } : (tensor<4xi32>, tensor<i32>) -> (tensor<4xi32>, tensor<i32>)
              return %0#0 : tensor<4xi32>
            }
            """);
        Assert.Contains("%0:2 = chlo.scan(%arg0) inits(%arg1) dimension=0 attributes {is_reverse = true} {\n    ^bb0(%arg2: tensor<i32>, %arg3: tensor<i32>):\n", printed);
        Assert.Contains("} : (tensor<4xi32>, tensor<i32>) -> (tensor<4xi32>, tensor<i32>)\n", printed);
        var generic = Print(printed, generic: true);
        Assert.Contains("operandSegmentSizes = array<i32: 1, 1>", generic);
        Assert.Contains("resultSegmentSizes = array<i32: 1, 1>", generic);
        AssertRoundTrips(printed);
    }

    [Theory]
    [InlineData("tensor<3x8xi64>", "%0 = stablehlo.slice %arg0 [1:3, 4] : (tensor<3x8xi64>) -> tensor<2x2xi64>", 37, "expected ':'")]
    [InlineData("tensor<4x3xf32>, tensor<3x6xf32>", "%0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] y [0] : (tensor<4x3xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>", 66, "expected 'x'")]
    [InlineData("tensor<1x2xi32>, tensor<2x1xi32>", "%0 = stablehlo.dot %arg0, %arg1, precision = [FAST] : (tensor<1x2xi32>, tensor<2x1xi32>) -> tensor<1x1xi32>", 49, "expected a precision")]
    [InlineData("tensor<6xf64>", "%0 = stablehlo.reduce_precision %arg0, format = f5m10 : tensor<6xf64>", 51, "expected exponent mantissa in format e#m#")]
    [InlineData("tensor<1x16x2xf32>, tensor<3x2x2xf32>", "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, b]x[0, i, o]->[b, 0, f], window = {} : (tensor<1x16x2xf32>, tensor<3x2x2xf32>) -> tensor<1x33x2xf32>", 65, "input dimension 'b' is repeated")]
    [InlineData("tensor<1x16x2xf32>, tensor<3x2x2xf32>", "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {pad = [[2, 2]], pad = [[1, 1]]} : (tensor<1x16x2xf32>, tensor<3x2x2xf32>) -> tensor<1x33x2xf32>", 116, "'pad' is given twice")]
    [InlineData("tensor<1x16x2xf32>, tensor<3x2x2xf32>", "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {pad = [[2, 2, 1]]} : (tensor<1x16x2xf32>, tensor<3x2x2xf32>) -> tensor<1x33x2xf32>", 107, "expected a padding pair")]
    [InlineData("tensor<2xf64>, tensor<2xf64>", "%0 = stablehlo.complex %arg0, %arg1 : tensor<2xf64>", 41, "expected a tensor type with complex elements")]
    [InlineData("tensor<2xf64>", "%0 = stablehlo.tuple %arg0 : tensor<2xf64>", 32, "expected a tuple type")]
    [InlineData("tensor<2x3xui8>, tensor<ui8>", "%0 = stablehlo.reduce(%arg0 init: %arg1) applies stablehlo.nope across dimensions = [0] : (tensor<2x3xui8>, tensor<ui8>) -> tensor<3xui8>", 44, "unknown reduction op 'stablehlo.nope'")]
    public void MalformedDirectiveIsALocatedError(string argumentTypes, string line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        var module = MlirFormatter.ParseAndVerify(Function(argumentTypes, line), "bad.mlir", Options, diagnostics);
        Assert.Null(module);
        var error = diagnostics.First(d => d.IsError).ToString();
        Assert.Contains(message, error);
        Assert.StartsWith($"bad.mlir:2:{column}:", error);
    }

    [Fact]
    public void DirectivesBuildTheDialectsTypedAttributes()
    {
        var source = Function(
            "tensor<1x16x2xf32>, tensor<3x2x2xf32>",
            "%0 = stablehlo.convolution(%arg0, %arg1) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {pad = [[2, 2]], lhs_dilate = [2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision DEFAULT>]} : (tensor<1x16x2xf32>, tensor<3x2x2xf32>) -> tensor<1x33x2xf32>");
        var dot = Function(
            "tensor<4x3xf32>, tensor<3x6xf32>",
            "%0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0], precision = [HIGH, DEFAULT] : (tensor<4x3xf32>, tensor<3x6xf32>) -> tensor<4x6xf32>");
        var conv = FindOp(source, "stablehlo.convolution");
        Assert.IsType<ConvDimensionNumbersAttr>(conv.GetAttr("dimension_numbers"));
        var dotGeneral = FindOp(dot, "stablehlo.dot_general");
        Assert.IsNotType<OpaqueAttr>(dotGeneral.GetAttr("dot_dimension_numbers"));
        Assert.Equal("#stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>", dotGeneral.GetAttr("dot_dimension_numbers")!.ToString());
        var precision = Assert.IsType<ArrayAttr>(dotGeneral.GetAttr("precision_config"));
        Assert.All(precision.Elements, e => Assert.IsNotType<OpaqueAttr>(e));
        Assert.Equal("[#stablehlo<precision HIGH>, #stablehlo<precision DEFAULT>]", precision.ToString());
    }

    [Fact]
    public void ConvDimensionsParsesTheCompactAndRawBodiesOfTheAttribute()
    {
        var compact = ConvDimensions.Parse("[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]", out var error);
        Assert.Null(error);
        Assert.NotNull(compact);
        var raw = ConvDimensions.Parse(
            "raw input_batch_dimension = 0, input_feature_dimension = 3, input_spatial_dimensions = [1, 2], "
            + "kernel_input_feature_dimension = 2, kernel_output_feature_dimension = 3, kernel_spatial_dimensions = [0, 1], "
            + "output_batch_dimension = 0, output_feature_dimension = 3, output_spatial_dimensions = [1, 2]",
            out error);
        Assert.Null(error);
        Assert.Equal(compact, raw);
        Assert.Equal(new ConvDimensions(0, 3, new long[] { 1, 2 }, 2, 3, new long[] { 0, 1 }, 0, 3, new long[] { 1, 2 }), compact);
        Assert.Equal("[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]", compact!.Format());

        // Spatial dimension 1 listed before 0: input dimension 1 is spatial 1.
        var swapped = ConvDimensions.Parse("[b, 1, 0, f]x[o, i, 0, 1]->[f, b, 0, 1]", out error);
        Assert.Equal(new long[] { 2, 1 }, swapped!.InputSpatialDimensions.ToArray());
        Assert.Equal(1, swapped.OutputBatchDimension);
        Assert.Equal("[b, 1, 0, f]x[o, i, 0, 1]->[f, b, 0, 1]", swapped.Format());
        Assert.Equal("[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]", ConvDimensions.FromAttribute(compact.ToAttribute(HloFlavor.StableHlo))!.Format());
        Assert.Equal("#mhlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>", compact.ToAttribute(HloFlavor.Mhlo).ToString());
    }

    [Theory]
    [InlineData("[b, 0, f]x[0, i, o]->[b, 0, 1, f]", "same number of spatial dimensions")]
    [InlineData("[b, 0, f]x[0, i]->[b, 0, f]", "the kernel layout needs 'i' and 'o'")]
    [InlineData("[b, 1, f]x[0, i, o]->[b, 0, f]", "input spatial dimensions must be numbered 0 to 0")]
    [InlineData("[b, 0, f]x[0, i, o]->[b, 0, f] extra", "unexpected text")]
    [InlineData("raw input_batch_dimension = 0", "missing 'input_feature_dimension'")]
    public void ConvDimensionsRejectsInconsistentLayouts(string body, string message)
    {
        Assert.Null(ConvDimensions.Parse(body, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void DimSizesReadsDynamicSizes()
    {
        var r = DirectiveReader.OfText("[16, ?, -1]");
        Assert.Equal(new[] { 16, ShapedType.DynamicSize, -1 }, DimSizes.Parse(r));
        Assert.True(r.AtEnd);
        Assert.Equal("[16, ?]", DimSizes.Format([16, ShapedType.DynamicSize]));
        var bad = DirectiveReader.OfText("[16, x]");
        Assert.Null(DimSizes.Parse(bad));
        Assert.Contains("expected a dimension size or '?' at offset 5", bad.FirstError);
    }

    [Fact]
    public void DotDimensionsReadsTheStructBodyInAnyOrder()
    {
        var attr = new OpaqueAttr("stablehlo", "stablehlo.dot<rhs_contracting_dimensions = [0], lhs_contracting_dimensions = [1]>");
        var dims = DotDimensions.FromAttribute(attr);
        Assert.Equal(new DotDimensions([], [], new long[] { 1 }, new long[] { 0 }), dims);
        Assert.Equal("lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]", dims!.Format());
        Assert.Null(DotDimensions.FromAttribute(new OpaqueAttr("stablehlo", "stablehlo.dot<lhs_contracting_dimensions = [1], lhs_contracting_dimensions = [1]>")));
    }

    private static string Function(string argumentTypes, string line)
    {
        var args = TopLevelTypes(argumentTypes).Select((t, i) => $"%arg{i}: {t}");
        return $"func.func @f({string.Join(", ", args)}) {{\n  {line}\n  return\n}}\n";
    }

    // Splits "A, B" at commas outside <...> (tuple<a, b> is one type).
    private static List<string> TopLevelTypes(string types)
    {
        var result = new List<string>();
        int depth = 0, start = 0;
        for (var i = 0; i < types.Length; i++)
        {
            depth += types[i] switch { '<' => 1, '>' => -1, _ => 0 };
            if (types[i] == ',' && depth == 0)
            {
                result.Add(types[start..i].Trim());
                start = i + 1;
            }
        }

        if (types.Trim().Length > 0)
        {
            result.Add(types[start..].Trim());
        }

        return result;
    }

    private static string PrintFunction(string argumentTypes, string line) => Print(Function(argumentTypes, line));

    private static string Print(string source, bool generic = false)
    {
        var diagnostics = new DiagnosticBag();
        var module = MlirFormatter.ParseAndVerify(source, "test.mlir", Options, diagnostics);
        Assert.True(module is not null, string.Join("\n", diagnostics.Select(d => d.ToString())));
        return MlirPrinter.Print(module, MlirFormatter.PrintOptionsFor(Options with { Generic = generic }));
    }

    private static Operation FindOp(string source, string name)
    {
        var diagnostics = new DiagnosticBag();
        var module = MlirFormatter.ParseAndVerify(source, "test.mlir", Options, diagnostics);
        Assert.True(module is not null, string.Join("\n", diagnostics.Select(d => d.ToString())));
        Operation? found = null;
        foreach (var region in module.Regions)
        {
            region.Walk(op => found ??= op.Name == name ? op : null);
        }

        return found ?? throw new InvalidOperationException(name + " not found");
    }

    private static void AssertRoundTrips(string printed)
    {
        var result = RoundTripChecker.Check(printed, "printed.mlir", Options);
        Assert.True(result.Passed, result.Failure);
    }
}
