using MlirBuild.Tests.Common;

namespace MlirBuild.Cli.Tests;

/// <summary><c>mlirbuild tblgen</c>: output equals mlir-tblgen's, -o writes a file, errors exit non-zero.</summary>
public class TblgenCommandTests
{
    private static (int Code, string Out, string Err) RunCli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (prevOut, prevErr) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (Program.Main(args), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(prevOut);
            Console.SetError(prevErr);
        }
    }

    [Fact]
    public void PrintRecordsToFileMatchesMlirTblgen()
    {
        var td = Path.Combine(RepoPaths.LlvmInclude, "mlir/Dialect/Index/IR/IndexOps.td");
        var outFile = Path.Combine(Path.GetTempPath(), "mlirbuild-tblgen-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            var (code, _, err) = RunCli("tblgen", "-I", RepoPaths.LlvmInclude, td, "--print-records", "-o", outFile);
            Assert.True(code == 0, err);
            var expected = ExternalTool.Run(RepoPaths.MlirTblgen, ["--print-records", "-I", RepoPaths.LlvmInclude, td]);
            Assert.Equal(0, expected.ExitCode);
            Assert.Equal(expected.StdOut, File.ReadAllText(outFile));
        }
        finally
        {
            File.Delete(outFile);
        }
    }

    [Fact]
    public void ErrorsAreReportedWithLocationAndExitCode()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mlirbuild-tblgen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var td = Path.Combine(dir, "bad.td");
            File.WriteAllText(td, "def x { int a = nope; }\n");
            var outFile = Path.Combine(dir, "out.txt");
            var (code, _, err) = RunCli("tblgen", td, "--print-records", "-o", outFile);
            Assert.Equal(1, code);
            Assert.Contains("bad.td:1:17: error: Variable not defined: 'nope'", err);
            Assert.False(File.Exists(outFile));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void GenCSharpRewritesOnlyChangedFiles()
    {
        var td = Path.Combine(RepoPaths.LlvmInclude, "mlir/Dialect/Index/IR/IndexOps.td");
        var dir = Path.Combine(Path.GetTempPath(), "mlirbuild-gencs-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, _, err) = RunCli("tblgen", "-I", RepoPaths.LlvmInclude, td, "--gen-csharp", "-o", dir);
            Assert.True(code == 0, err);
            var files = Directory.GetFiles(dir).OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.True(files.Count > 2, "expected op files, got " + files.Count);
            var contents = files.ToDictionary(f => f, File.ReadAllText);

            // Mark every file old, and damage one: the next run rewrites only the damaged one.
            var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            foreach (var f in files)
            {
                File.SetLastWriteTimeUtc(f, old);
            }

            File.WriteAllText(files[1], "// damaged\n");
            (code, _, err) = RunCli("tblgen", "-I", RepoPaths.LlvmInclude, td, "--gen-csharp", "-o", dir);
            Assert.True(code == 0, err);
            Assert.Equal(files, Directory.GetFiles(dir).OrderBy(f => f, StringComparer.Ordinal).ToList());
            foreach (var f in files)
            {
                Assert.Equal(contents[f], File.ReadAllText(f));
                Assert.Equal(f == files[1], File.GetLastWriteTimeUtc(f) != old);
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
