using MlirBuild.Interpreter.Driver;
using MlirBuild.Interpreter.Files;
using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Tests;

/// <summary>The library behind <c>mlirbuild run</c>, on generic-form files parsed by our parser.</summary>
public sealed class RunDriverTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlirbuild-run-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static MlirContext Context() => RunDriver.CreateContext();

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Checks = """
        func.func @ok() {
          %0 = "stablehlo.constant"() {value = dense<[1, -2]> : tensor<2xi8>} : () -> tensor<2xi8>
          %1 = "stablehlo.abs"(%0) : (tensor<2xi8>) -> tensor<2xi8>
          "check.expect_eq_const"(%1) {value = dense<[1, 2]> : tensor<2xi8>} : (tensor<2xi8>) -> ()
          func.return
        }

        // -----

        func.func @bad() {
          %0 = "stablehlo.constant"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
          %1 = "stablehlo.sqrt"(%0) : (tensor<2xf32>) -> tensor<2xf32>
          "check.expect_almost_eq_const"(%1) {value = dense<[1.0, 1.5]> : tensor<2xf32>} : (tensor<2xf32>) -> ()
          func.return
        }

        // -----

        func.func @broken() {
          %0 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
          %1 = "stablehlo.unknown_op"(%0) : (tensor<f32>) -> tensor<f32>
          func.return
        }
        """;

    [Fact]
    public void SplitInputRunsEachPartAndReportsLocatedFailures()
    {
        string file = Write("checks.mlir", Checks);
        var output = new StringWriter();
        var summary = RunDriver.Run([file], new RunOptions { SplitInputFile = true }, Context, output);
        Assert.Equal(new RunSummary(1, 2), summary);
        string text = output.ToString();

        // line numbers are those of the whole file, not of the part
        Assert.Contains($"{file}:13:3: error: check.expect_almost_eq_const failed: element [1]: expected 1.5, got 1.414", text);
        Assert.Contains($"{file}:21:8: error: stablehlo.unknown_op: op stablehlo.unknown_op is not supported", text);
        Assert.EndsWith("1 passed, 2 failed" + Environment.NewLine, text);
    }

    [Fact]
    public void ParseErrorsFailTheCase()
    {
        string file = Write("bad.mlir", "func.func @f( {");
        var output = new StringWriter();
        var summary = RunDriver.Run([file], new RunOptions(), Context, output);
        Assert.Equal(new RunSummary(0, 1), summary);
        Assert.Contains("bad.mlir:1:", output.ToString());
    }

    private const string Axpy = """
        func.func @main(%a: tensor<3xf32>, %x: tensor<3xf32>) -> tensor<3xf32> {
          %0 = "stablehlo.multiply"(%a, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
          %1 = "stablehlo.add"(%0, %x) : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
          "func.return"(%1) : (tensor<3xf32>) -> ()
        }
        """;

    [Fact]
    public void RunsOnInputFilesComparesAndWritesResults()
    {
        string file = Write("axpy.mlir", Axpy);
        string a = Path.Combine(dir, "a.npy");
        string x = Path.Combine(dir, "x.pb");
        TensorFiles.Write(a, new NamedTensor("a", TestTensors.Doubles(ElementType.F32, [3], 1, 2, 3)));
        TensorFiles.Write(x, new NamedTensor("x", TestTensors.Doubles(ElementType.F32, [3], 10, 20, 30)));
        string good = Path.Combine(dir, "good.npy");
        string wrong = Path.Combine(dir, "wrong.npy");
        TensorFiles.Write(good, new NamedTensor("y", TestTensors.Doubles(ElementType.F32, [3], 20, 60, 120)));
        TensorFiles.Write(wrong, new NamedTensor("y", TestTensors.Doubles(ElementType.F32, [3], 20, 60, 121)));
        string outDir = Path.Combine(dir, "out");

        var output = new StringWriter();
        var ok = RunDriver.Run([file], new RunOptions { Inputs = [("a", a), (null, x)], Expects = [good], OutputDirectory = outDir }, Context, output);
        Assert.Equal(new RunSummary(1, 0), ok);
        var written = NpyFile.Read(File.ReadAllBytes(Path.Combine(outDir, "axpy.result0.npy")), "result");
        Assert.Equal(new double[] { 20, 60, 120 }, ElementCodec.ToDoubles(written));

        var fail = RunDriver.Run([file], new RunOptions { Inputs = [("a", a), (null, x)], Expects = [wrong] }, Context, output);
        Assert.Equal(new RunSummary(0, 1), fail);
        Assert.Contains("result 0 (wrong): element [2]: expected 121, got 120", output.ToString());
    }

    [Fact]
    public void IoJsonSuppliesInputsAndExpectedOutputs()
    {
        string file = Write("axpy.mlir", Axpy);
        var io = new IoJson("axpy", "test", [
            new NamedTensor("a", TestTensors.Doubles(ElementType.F32, [3], 1, 1, 1)),
            new NamedTensor("x", TestTensors.Doubles(ElementType.F32, [3], 1, 2, 3)),
        ], [new NamedTensor("y", TestTensors.Doubles(ElementType.F32, [3], 2, 4, 6.00001))]);
        string ioPath = Write("axpy.io.json", IoJsonFile.Write(io));
        var output = new StringWriter();
        Assert.Equal(new RunSummary(1, 0), RunDriver.Run([file], new RunOptions { IoJson = ioPath, RelativeTolerance = 1e-5 }, Context, output));
        Assert.Equal(new RunSummary(0, 1), RunDriver.Run([file], new RunOptions { IoJson = ioPath, RelativeTolerance = 1e-7, AbsoluteTolerance = 0 }, Context, output));
        Assert.Equal(new RunSummary(0, 1), RunDriver.Run([Path.Combine(dir, "missing.mlir")], new RunOptions(), Context, output));
    }

    [Fact]
    public void ConvolutionBlockInGenericFormMatchesTheKernels()
    {
        // the benchmark's block on a small input: parse, run, compare with direct kernel calls
        string text = File.ReadAllText(Path.Combine(MlirBuild.Tests.Common.RepoPaths.Root, "build", "bench-interp", "block.mlir"))
            .Replace("224x224", "6x6", StringComparison.Ordinal);
        var parsed = MlirParser.Parse(text, "block.mlir", Context());
        Assert.True(parsed.Succeeded, parsed.Diagnostics.ToString());
        var random = new Random(9);
        var x = TestTensors.RandomF32(random, 1, 6, 6, 64);
        var w = TestTensors.RandomF32(random, 3, 3, 64, 64);
        var s = TestTensors.Doubles(ElementType.F32, [64], Enumerable.Repeat(1.5, 64).ToArray());
        var o = TestTensors.Doubles(ElementType.F32, [64], Enumerable.Repeat(0.25, 64).ToArray());
        var m = TestTensors.Doubles(ElementType.F32, [64], Enumerable.Repeat(-0.5, 64).ToArray());
        var v = TestTensors.Doubles(ElementType.F32, [64], Enumerable.Repeat(4.0, 64).ToArray());
        var outcome = MlirBuild.Interpreter.Evaluation.ModuleRunner.RunFunction(parsed.Module!, "main", [x, w, s, o, m, v]);
        Assert.True(outcome.Passed, outcome.Error);

        var conv = ConvolutionKernel.Convolution(x, w, ConvolutionParams.Create(0, 3, [1, 2], 2, 3, [0, 1], 0, 3, [1, 2], paddingLow: [1, 1], paddingHigh: [1, 1]), ElementType.F32);
        var expected = ElementCodec.ToDoubles(conv).Select((c, i) => Math.Max(0, (1.5 * (c + 0.5) / Math.Sqrt(4.001)) + 0.25 + ElementCodec.ToDoubles(x)[i])).ToArray();
        TestTensors.AssertClose(expected, ElementCodec.ToDoubles(outcome.OutputTensors[0]), 1e-5);
    }
}
