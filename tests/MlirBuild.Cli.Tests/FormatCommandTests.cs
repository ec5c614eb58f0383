using MlirBuild.Cli.Commands;
using MlirBuild.Tests.Common;

namespace MlirBuild.Cli.Tests;

/// <summary><c>mlirbuild format</c>; expected outputs come from mlir-opt 22 at test time.</summary>
public sealed class FormatCommandTests : IDisposable
{
    private const string Module = """
        func.func @f(%a: i32) -> i32 {
          %0 = "foo.op"(%a) {attr = dense<[1, 2]> : tensor<2xi8>} : (i32) -> i32
          return %0 : i32
        }
        func.func private @g() -> tensor<?xf32>
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("mlirbuild-format-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(FormatCommand.Arguments args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = FormatCommand.Run(args, new StringReader(stdin), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static FormatCommand.Arguments Args(string input, bool generic = false, bool debugInfo = false, bool split = false, string? output = null) =>
        new([input], generic, AllowUnregisteredDialect: true, debugInfo, split, VerifyRoundTrip: false, output);

    private static string MlirOpt(string path, params string[] flags) =>
        ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", .. flags, path]).StdOut;

    [Fact]
    public void GenericOutputIsByteIdenticalToMlirOpt()
    {
        var path = File("m.mlir", Module);
        var (exit, stdout, stderr) = Run(Args(path, generic: true));
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(MlirOpt(path, "--mlir-print-op-generic"), stdout);

        (exit, stdout, _) = Run(Args(path, generic: true, debugInfo: true));
        Assert.Equal(0, exit);
        Assert.Equal(MlirOpt(path, "--mlir-print-op-generic", "--mlir-print-debuginfo"), stdout);
    }

    [Fact]
    public void PrettyOutputReparsesInMlirOptToTheSameIr()
    {
        var path = File("m.mlir", Module);
        var (exit, stdout, _) = Run(Args(path));
        Assert.Equal(0, exit);
        var pretty = File("pretty.mlir", stdout);
        Assert.Equal(MlirOpt(path, "--mlir-print-op-generic"), MlirOpt(pretty, "--mlir-print-op-generic"));
    }

    [Fact]
    public void WritesOutputFileAndReadsStdin()
    {
        var output = Path.Combine(dir, "out.mlir");
        var (exit, stdout, _) = Run(Args("-", generic: true, output: output), stdin: Module);
        Assert.Equal(0, exit);
        Assert.Equal("", stdout);
        Assert.Equal(MlirOpt(File("m.mlir", Module), "--mlir-print-op-generic"), System.IO.File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(dir, ".*.tmp"));
    }

    [Fact]
    public void ErrorsAreLocatedAndLeaveNoOutputFile()
    {
        var path = File("bad.mlir", "func.func @f() {\n  %0 = \"foo.op\"( : () -> i32\n}\n");
        var output = Path.Combine(dir, "never.mlir");
        var (exit, stdout, stderr) = Run(Args(path, output: output));
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith($"{path}:2:", stderr);
        Assert.Contains(": error: ", stderr);
        Assert.False(System.IO.File.Exists(output));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void UnregisteredDialectNeedsTheFlag()
    {
        var path = File("m.mlir", "\"foo.op\"() : () -> ()\n");
        var (exit, _, stderr) = Run(Args(path) with { AllowUnregisteredDialect = false });
        Assert.Equal(1, exit);
        var oracle = ExternalTool.Run(RepoPaths.MlirOpt, [path]).StdErr;
        Assert.Equal(oracle.Split('\n')[0], stderr.Split('\n')[0]);
        Assert.Equal(0, Run(Args(path)).Exit);
    }

    [Fact]
    public void MissingFileIsAnError()
    {
        var (exit, _, stderr) = Run(Args(Path.Combine(dir, "missing.mlir")));
        Assert.Equal(1, exit);
        Assert.Contains("error: cannot read file", stderr);
    }

    [Fact]
    public void SplitInputMatchesMlirOptChunkByChunk()
    {
        var path = File("split.mlir", "\"foo.a\"() : () -> ()\n// -----\n\"foo.bad\"( : () -> ()\n// -----\nfunc.func @g(%x: i32) {\n  return\n}\n");
        var (exit, stdout, stderr) = Run(Args(path, generic: true, debugInfo: true, split: true));
        Assert.Equal(1, exit);
        Assert.Contains($"{path}:3:", stderr);
        Assert.Equal(MlirOpt(path, "--split-input-file", "--mlir-print-op-generic", "--mlir-print-debuginfo"), stdout);
    }

    [Fact]
    public void VerifyRoundTripListsFailuresAndCounts()
    {
        var good = File("good.mlir", Module);
        var split = File("split.mlir", Module + "\n// -----\n\"foo.x\"() : () -> ()\n// -----\n\"foo.y\"(%) : () -> ()\n");
        var bad = File("bad.mlir", "func.func @f( {\n");
        var args = new FormatCommand.Arguments([good, split, bad], false, true, false, SplitInputFile: true, VerifyRoundTrip: true, null);
        var (exit, stdout, _) = Run(args);
        Assert.Equal(1, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        // Chunks: good 1/0, split 2/1, bad 0/1; files: only good passes (a file fails when any chunk fails).
        Assert.Equal("chunks: 3 passed, 2 failed", lines[^2]);
        Assert.Equal("1 passed, 2 failed", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith($"FAIL {split}#2: does not parse: {split}:9:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"FAIL {bad}: does not parse: {bad}:1:", StringComparison.Ordinal));

        var (okExit, okOut, _) = Run(args with { Inputs = [good] });
        Assert.Equal(0, okExit);
        Assert.Equal("chunks: 1 passed, 0 failed\n1 passed, 0 failed\n", okOut);

        var (_, unsplitOut, _) = Run(args with { Inputs = [split], SplitInputFile = false });
        Assert.EndsWith("\n0 passed, 1 failed\n", unsplitOut);
        Assert.DoesNotContain("chunks:", unsplitOut);
    }

    [Fact]
    public void CommandLineIsWiredThroughProgramMain()
    {
        var path = File("m.mlir", Module);
        var output = Path.Combine(dir, "main-out.mlir");
        Assert.Equal(0, Program.Main(["format", path, "--generic", "--allow-unregistered-dialect", "-o", output]));
        Assert.Equal(MlirOpt(path, "--mlir-print-op-generic"), System.IO.File.ReadAllText(output));
    }
}
