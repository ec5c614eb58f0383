using System.Text;
using MlirBuild.Ir.Tools;
using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests;

/// <summary>
/// Big files are parsed from a memory map whose passed pages are dropped while parsing; the result and every
/// location must be the same as when parsing the bytes, and mlir-opt must agree on output and error positions.
/// </summary>
public sealed class MappedSourceTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("mlirbuild-mapped-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>
    /// A file above <see cref="MappedSource.MapThreshold"/>: a hex constant bigger than the release step and
    /// thousands of ops on separate lines, optionally ending in an error on the last line.
    /// </summary>
    private string WriteBigModule(string name, string? lastLine)
    {
        var rng = new Random(11);
        var sb = new StringBuilder();
        sb.Append("\"builtin.module\"() ({\n");
        int elems = 3 << 20; // 12 MiB of f32 data, 24 MiB of hex digits
        var raw = new byte[elems * 4];
        rng.NextBytes(raw);
        sb.Append("  \"t.weights\"() {value = dense<\"0x").Append(Convert.ToHexString(raw)).Append("\"> : tensor<")
            .Append(elems).Append("xf32>} : () -> ()\n");
        sb.Append("  %a = \"t.src\"() : () -> i32\n");
        for (int i = 0; i < 20_000; i++)
        {
            sb.Append("  %").Append(i).Append(" = \"t.op\"(%a) {k = ").Append(rng.Next(-500, 500)).Append(" : i32, s = \"x")
                .Append(i).Append("\"} : (i32) -> i32\n");
        }

        if (lastLine is not null)
        {
            sb.Append(lastLine).Append('\n');
        }

        sb.Append("}) : () -> ()\n");
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static FormatOptions Options => new() { Generic = true, AllowUnregisteredDialects = true, PrintDebugInfo = true };

    private static string FormatMapped(string path, out DiagnosticBag diagnostics)
    {
        using var source = MappedSource.Open(path);
        Assert.True(source.IsMapped || !OperatingSystem.IsLinux());
        var w = new StringWriter();
        diagnostics = MlirFormatter.Format(source, path, Options, w);
        return w.ToString();
    }

    [Fact]
    public void MappedParseMatchesMlirOptIncludingLocations()
    {
        var path = WriteBigModule("ok.mlir", null);
        var ours = FormatMapped(path, out var diagnostics);
        Assert.Empty(diagnostics);

        var oracle = ExternalTool.Run(
            RepoPaths.MlirOpt,
            ["--allow-unregistered-dialect", "--mlir-print-op-generic", "--mlir-print-debuginfo", path]);
        Assert.Equal(0, oracle.ExitCode);
        Assert.Equal(oracle.StdOut, ours);
    }

    [Fact]
    public void ErrorAfterReleasedPagesHasMlirOptsPosition()
    {
        var path = WriteBigModule("bad.mlir", "  %x = \"t.op\"(%nope) : (i32) -> i32");
        FormatMapped(path, out var diagnostics);
        var first = Assert.Single(diagnostics);

        var oracle = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", path]);
        Assert.NotEqual(0, oracle.ExitCode);
        Assert.Equal(oracle.StdErr.Split('\n')[0], first.ToString().Split('\n')[0]);
    }

    [Fact]
    public void ReleasedPagesReadBackUnchanged()
    {
        var path = Path.Combine(dir, "data.bin");
        var data = new byte[(int)MappedSource.MapThreshold + 12345];
        new Random(3).NextBytes(data);
        File.WriteAllBytes(path, data);
        using var source = MappedSource.Open(path);
        Assert.True(source.Memory.Span.SequenceEqual(data));
        source.Release(0, source.Memory.Length);
        source.Release(100, 9000);
        Assert.True(source.Memory.Span.SequenceEqual(data));
    }

    [Fact]
    public void SymlinkToABigFileIsMapped()
    {
        var path = Path.Combine(dir, "target.bin");
        var data = new byte[(int)MappedSource.MapThreshold + 1];
        data[^1] = 7;
        File.WriteAllBytes(path, data);
        var link = Path.Combine(dir, "link.bin");
        File.CreateSymbolicLink(link, path);
        using var source = MappedSource.Open(link);
        Assert.Equal(OperatingSystem.IsLinux(), source.IsMapped);
        Assert.Equal(data.Length, source.Memory.Length);
        Assert.Equal(7, source.Memory.Span[^1]);
    }

    [Fact]
    public void LexerLineColumnsMatchAScanOfTheWholeText()
    {
        var rng = new Random(5);
        var text = new byte[200_000];
        for (int i = 0; i < text.Length; i++)
        {
            text[i] = rng.Next(12) == 0 ? (byte)'\n' : (byte)'a';
        }

        var lexer = new Lexer(text, "t");
        var offsets = Enumerable.Range(0, 2000).Select(_ => rng.Next(text.Length)).ToList();
        offsets.AddRange([0, text.Length - 1, text.Length]);
        foreach (var offset in offsets)
        {
            int line = 1, lineStart = 0;
            for (int i = 0; i < offset; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            Assert.Equal((line, offset - lineStart + 1), lexer.LineColumn(offset));
            Assert.Equal(offset, lexer.OffsetOf(line, offset - lineStart + 1));
        }
    }
}
