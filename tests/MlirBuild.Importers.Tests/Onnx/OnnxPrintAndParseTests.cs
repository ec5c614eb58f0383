using MlirBuild.Importers.Onnx;
using MlirBuild.Ir;
using MlirBuild.Tests.Common;
using static MlirBuild.Importers.Tests.Onnx.OnnxModels;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Imported modules print in generic form and mlir-opt 22 parses them (--allow-unregistered-dialect).</summary>
public class OnnxPrintAndParseTests
{
    public static TheoryData<string> Cases() =>
    [
        "node/test_if", "node/test_loop11", "node/test_scan9_sum", "node/test_adam", "node/test_clip_default_inbounds",
        "node/test_gru_defaults", "node/test_identity_opt", "node/test_strnormalizer_export_monday_casesensintive_lower",
        "node/test_cast_FLOAT_to_STRING", "node/test_constant", "node/test_range_float_type_positive_delta_expanded",
        "node/test_sequence_map_add_2_sequences_expanded", "node/test_if_opt", "node/test_loop16_seq_none",
        "node/test_cast_FLOAT_to_BFLOAT16", "node/test_and2d", "node/test_bitshift_left_uint64",
        "simple/test_sequence_model1", "simple/test_strnorm_model_monday_empty_output", "simple/test_gradient_of_add_and_mul",
    ];

    internal static string PrintGeneric(Operation module) => MlirPrinter.Print(module, new PrintOptions { Generic = true });

    [Theory]
    [MemberData(nameof(Cases))]
    public void GenericPrintParsesInMlirOpt(string testCase)
    {
        var path = Path.Combine(RepoPaths.OnnxTestData, testCase, "model.onnx");
        var r = OnnxImporter.Import(path);
        Assert.True(r.Succeeded, Problems(r));
        var text = PrintGeneric(r.Module!);
        var opt = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "-"], stdin: text);
        Assert.True(opt.ExitCode == 0, opt.StdErr + "\n" + text);
        Assert.Contains("\"onnx.", opt.StdOut);
    }

    [Fact]
    public void ImportIsDeterministic()
    {
        var path = TestData("node", "test_loop11");
        var a = PrintGeneric(OnnxImporter.Import(path).Module!);
        var b = PrintGeneric(OnnxImporter.Import(path).Module!);
        Assert.Equal(a, b);
    }
}
