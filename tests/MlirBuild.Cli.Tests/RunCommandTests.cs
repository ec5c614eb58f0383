using System.CommandLine;
using System.Text;
using MlirBuild.Cli.Commands;

namespace MlirBuild.Cli.Tests;

/// <summary>
/// The <c>mlirbuild run</c> contract of issue 7: pretty-form StableHLO parses with our dialects; checks run and failures
/// are located; --entry/--input/--expect/--io/--rtol/--atol/--split-input-file/-o; "N passed, M failed"; exit code 0
/// only when everything passed. Tensor files here are written by hand (not by our writers) so the test is independent.
/// </summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlirbuild-runcli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private const string ChecksModule = """
        func.func @passes() {
          %0 = stablehlo.constant dense<[1, -2]> : tensor<2xi8>
          %1 = stablehlo.abs %0 : tensor<2xi8>
          check.expect_eq_const %1, dense<[1, 2]> : tensor<2xi8>
          func.return
        }

        // -----

        func.func @fails() {
          %0 = stablehlo.constant dense<[1.0, 4.0]> : tensor<2xf32>
          %1 = stablehlo.sqrt %0 : tensor<2xf32>
          check.expect_almost_eq_const %1, dense<[1.0, 3.0]> : tensor<2xf32>
          func.return
        }
        """;

    private const string AxpyModule = """
        func.func @other(%a: tensor<3xf32>) -> tensor<3xf32> {
          return %a : tensor<3xf32>
        }
        func.func @axpy(%a: tensor<3xf32>, %x: tensor<3xf32>) -> tensor<3xf32> {
          %0 = stablehlo.multiply %a, %x : tensor<3xf32>
          %1 = stablehlo.add %0, %x : tensor<3xf32>
          return %1 : tensor<3xf32>
        }
        """;

    [Fact]
    public void SplitInputFileRunsEachPartReportsLocatedFailuresAndExitsNonZero()
    {
        string file = Write("checks.mlir", ChecksModule);
        var (code, text) = Run("run", "--split-input-file", file);
        Assert.Equal(1, code);
        Assert.Contains($"{file}:13:3: error: check.expect_almost_eq_const failed: element [1]", text);
        Assert.Contains("(part 2): FAILED", text);
        Assert.EndsWith("1 passed, 1 failed", text.TrimEnd());

        // without splitting, the second module's func makes one module with two tests, which fails as a whole
        var (whole, wholeText) = Run("run", file);
        Assert.Equal(1, whole);
        Assert.EndsWith("0 passed, 1 failed", wholeText.TrimEnd());
    }

    [Fact]
    public void SeveralFilesEndWithTheTotalsAndExitZeroOnlyWhenAllPass()
    {
        string good = Write("good.mlir", ChecksModule.Split("// -----")[0]);
        var (code, text) = Run("run", good, good);
        Assert.Equal(0, code);
        Assert.EndsWith("2 passed, 0 failed", text.TrimEnd());

        var (missing, missingText) = Run("run", good, Path.Combine(dir, "nope.mlir"));
        Assert.Equal(1, missing);
        Assert.EndsWith("1 passed, 1 failed", missingText.TrimEnd());
    }

    [Fact]
    public void EntryInputsExpectAndOutputDirectory()
    {
        string file = Write("axpy.mlir", AxpyModule);
        string a = WriteNpyF32("a.npy", 1, 2, 3);
        string x = WriteNpyF32("x.npy", 10, 20, 30);
        string good = WriteNpyF32("good.npy", 20, 60, 120);
        string near = WriteNpyF32("near.npy", 20, 60, 120.01f);
        string outDir = Path.Combine(dir, "out");

        var (code, text) = Run("run", file, "--entry", "axpy", "--input", $"a={a}", "--input", x, "--expect", good, "-o", outDir);
        Assert.True(code == 0, text);
        byte[] written = File.ReadAllBytes(Path.Combine(outDir, "axpy.result0.npy"));
        Assert.Contains("'descr': '<f4'", Encoding.ASCII.GetString(written));
        Assert.Equal(new float[] { 20, 60, 120 }, Floats(written[^12..]));

        // 120 vs 120.01: outside the default tolerances, inside --rtol 1e-3
        var (strict, strictText) = Run("run", file, "--entry", "axpy", "--input", a, "--input", x, "--expect", near);
        Assert.Equal(1, strict);
        Assert.Contains("element [2]", strictText);
        Assert.Equal(0, Run("run", file, "--entry", "axpy", "--input", a, "--input", x, "--expect", near, "--rtol", "1e-3").Code);
        Assert.Equal(0, Run("run", file, "--entry", "axpy", "--input", a, "--input", x, "--expect", near, "--atol", "0.02").Code);
    }

    [Fact]
    public void IoJsonSuppliesInputsAndExpectedOutputs()
    {
        string file = Write("axpy.mlir", AxpyModule.Replace("@axpy", "@main", StringComparison.Ordinal));
        string io = Write("axpy.io.json", $$"""
            {"model": "axpy", "producer": "hand",
             "inputs": [{"name": "a", "dtype": "float32", "shape": [3], "data": "{{Base64(1, 1, 1)}}"},
                        {"name": "x", "dtype": "float32", "shape": [3], "data": "{{Base64(1, 2, 3)}}"}],
             "outputs": [{"name": "y", "dtype": "float32", "shape": [3], "data": "{{Base64(2, 4, 6)}}"}]}
            """);
        var (code, text) = Run("run", file, "--io", io);
        Assert.True(code == 0, text);

        string wrong = Write("wrong.io.json", File.ReadAllText(io).Replace(Base64(2, 4, 6), Base64(2, 4, 7), StringComparison.Ordinal));
        Assert.Equal(1, Run("run", file, "--io", wrong).Code);
    }

    [Fact]
    public void ArgsGiveInputsAsAttributesAndResultsArePrintedWithoutExpectations()
    {
        string file = Write("add.mlir", """
            func.func @main(%a: tensor<2xi32>, %b: tensor<2xi32>) -> tensor<2xi32> {
              %0 = stablehlo.add %a, %b : tensor<2xi32>
              return %0 : tensor<2xi32>
            }
            """);
        var (code, text) = Run("run", file, "--args", "[dense<1> : tensor<2xi32>, dense<[2, 5]> : tensor<2xi32>]");
        Assert.True(code == 0, text);
        Assert.Contains("result0 = dense<[3, 6]> : tensor<2xi32>", text);

        var (bad, badText) = Run("run", file, "--args", "not_array");
        Assert.Equal(1, bad);
        Assert.Contains("--args: expected an array attribute", badText);
    }

    [Fact]
    public void MainWithArgumentsAndNoInputsIsAClearFailure()
    {
        string file = Write("args.mlir", AxpyModule.Replace("@axpy", "@main", StringComparison.Ordinal));
        var (code, text) = Run("run", file);
        Assert.Equal(1, code);
        Assert.Contains("@main takes 2 arguments and no inputs were given", text);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A version 1.0 .npy file of a 1-D little-endian float32 array, written by the format's definition.</summary>
    private string WriteNpyF32(string name, params float[] values)
    {
        string header = $"{{'descr': '<f4', 'fortran_order': False, 'shape': ({values.Length},), }}";
        int total = 10 + header.Length + 1;
        header = header.PadRight(header.Length + ((64 - (total % 64)) % 64)) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange("NUMPY"u8.ToArray());
        bytes.AddRange([1, 0, (byte)(header.Length & 0xFF), (byte)(header.Length >> 8)]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        foreach (var v in values)
        {
            bytes.AddRange(BitConverter.GetBytes(v));
        }

        string path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes.ToArray());
        return path;
    }

    private static string Base64(params float[] values) => Convert.ToBase64String(values.SelectMany(BitConverter.GetBytes).ToArray());

    private static float[] Floats(byte[] bytes) =>
        Enumerable.Range(0, bytes.Length / 4).Select(i => BitConverter.ToSingle(bytes, i * 4)).ToArray();

    private static (int Code, string Text) Run(params string[] args)
    {
        // the command writes to the invocation's Output, so tests need not swap Console.Out (tests run in parallel)
        var output = new StringWriter();
        var root = new RootCommand { RunCommand.Create() };
        int code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (code, output.ToString());
    }
}
