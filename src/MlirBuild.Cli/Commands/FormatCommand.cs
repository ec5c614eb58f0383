using System.CommandLine;
using System.Text;
using MlirBuild.Ir;
using MlirBuild.Ir.Tools;

namespace MlirBuild.Cli.Commands;

/// <summary>
/// <c>mlirbuild format FILE|- [--generic] [--allow-unregistered-dialect] [--print-debuginfo] [--split-input-file]
/// [--verify-roundtrip] [-o OUT]</c>: parses, verifies and prints MLIR like <c>mlir-opt</c> without passes. With
/// <c>--verify-roundtrip</c> it checks many files for print/parse fixed points instead. The work is done by
/// <see cref="MlirFormatter"/> and <see cref="RoundTripChecker"/>; this file only binds arguments and streams.
/// </summary>
internal static class FormatCommand
{
    /// <summary>The parsed command line, independent of System.CommandLine so tests can call <see cref="Run"/>.</summary>
    public sealed record Arguments(
        IReadOnlyList<string> Inputs,
        bool Generic,
        bool AllowUnregisteredDialect,
        bool PrintDebugInfo,
        bool SplitInputFile,
        bool VerifyRoundTrip,
        string? Output);

    public static Command Create()
    {
        var inputs = new Argument<string[]>("FILE")
        {
            Description = "Input .mlir file, or - for standard input (several files with --verify-roundtrip).",
            Arity = ArgumentArity.OneOrMore,
        };
        var generic = new Option<bool>("--generic") { Description = "Print every operation in the generic form." };
        var unregistered = new Option<bool>("--allow-unregistered-dialect")
        {
            Description = "Accept operations, types and attributes of dialects that are not registered.",
        };
        var debugInfo = new Option<bool>("--print-debuginfo") { Description = "Print locations." };
        var split = new Option<bool>("--split-input-file")
        {
            Description = "Split the input at '// -----' and process each chunk on its own.",
        };
        var roundTrip = new Option<bool>("--verify-roundtrip")
        {
            Description = "Check that print -> parse is a fixed point (pretty and generic) for each FILE; " +
                          "ends with 'N passed, M failed' counting files (after 'chunks: N passed, M failed' with --split-input-file).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };

        var command = new Command("format", "Parse, verify and print MLIR (like mlir-opt with no passes).");
        command.Arguments.Add(inputs);
        foreach (var option in new Option[] { generic, unregistered, debugInfo, split, roundTrip, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            new Arguments(
                parse.GetValue(inputs) ?? [],
                parse.GetValue(generic),
                parse.GetValue(unregistered),
                parse.GetValue(debugInfo),
                parse.GetValue(split),
                parse.GetValue(roundTrip),
                parse.GetValue(output)),
            Console.In,
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Runs the command; returns the process exit code (0 success, 1 errors in the input, 2 usage).</summary>
    public static int Run(Arguments args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = new FormatOptions
        {
            Generic = args.Generic,
            AllowUnregisteredDialects = args.AllowUnregisteredDialect,
            PrintDebugInfo = args.PrintDebugInfo,
            ConfigureContext = MlirBuild.Dialects.HloDialects.Register,
        };
        if (args.VerifyRoundTrip)
        {
            return VerifyRoundTrip(args, options, stdin, stdout, stderr);
        }

        if (args.Inputs.Count != 1)
        {
            stderr.WriteLine("mlirbuild format: expected exactly one input file (or --verify-roundtrip)");
            return 2;
        }

        if (!args.SplitInputFile && args.Inputs[0] != "-")
        {
            return FormatFile(args.Inputs[0], args.Output, options, stdout, stderr);
        }

        if (!TryRead(args.Inputs[0], stdin, stderr, out var name, out var bytes))
        {
            return 1;
        }

        if (args.SplitInputFile)
        {
            var result = MlirFormatter.FormatSplit(Encoding.UTF8.GetString(bytes), name, options);
            Report(result.Diagnostics, stderr);

            // The successful chunks are written even when others failed, as mlir-opt does.
            return WriteOutput(args.Output, w => w.Write(result.Text), stdout, stderr) && result.Succeeded ? 0 : 1;
        }

        // One module: print straight from the parsed bytes into the output (no full-text copies of big files).
        DiagnosticBag? diagnostics = null;
        var written = WriteOutput(
            args.Output,
            w =>
            {
                diagnostics = MlirFormatter.Format(bytes, name, options, w);
                return !diagnostics.HasErrors;
            },
            stdout,
            stderr);
        Report(diagnostics ?? [], stderr);
        return written && diagnostics is { HasErrors: false } ? 0 : 1;
    }

    /// <summary>
    /// One module from a file: mapped rather than read (pages the parser has passed leave memory) and printed
    /// straight into the output, so a big file costs about its IR, not its text on top.
    /// </summary>
    private static int FormatFile(string path, string? output, FormatOptions options, TextWriter stdout, TextWriter stderr)
    {
        MappedSource source;
        try
        {
            source = MappedSource.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{path}: error: cannot read file: {e.Message}");
            return 1;
        }

        using (source)
        {
            DiagnosticBag? diagnostics = null;
            var written = WriteOutput(
                output,
                w =>
                {
                    diagnostics = MlirFormatter.Format(source, path, options, w);
                    return !diagnostics.HasErrors;
                },
                stdout,
                stderr);
            Report(diagnostics ?? [], stderr);
            return written && diagnostics is { HasErrors: false } ? 0 : 1;
        }
    }

    private static void Report(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d.ToString());
        }
    }

    /// <summary>
    /// Checks every chunk of every input; lists failing chunks as <c>FAIL file#chunk: reason</c> and ends with
    /// <c>N passed, M failed</c> counting files (a file passes when all its chunks do), preceded with
    /// --split-input-file by <c>chunks: N passed, M failed</c>.
    /// </summary>
    private static int VerifyRoundTrip(Arguments args, FormatOptions options, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        int passed = 0, failed = 0, chunksPassed = 0, chunksFailed = 0;
        var report = new StringWriter();
        foreach (var input in args.Inputs)
        {
            if (!TryRead(input, stdin, stderr, out var name, out var bytes))
            {
                report.WriteLine($"FAIL {input}: cannot be read");
                failed++;
                chunksFailed++;
                continue;
            }

            var source = Encoding.UTF8.GetString(bytes);
            var chunks = args.SplitInputFile ? SourceChunk.Split(source) : [new SourceChunk(source, 1, 1)];
            var fileFailed = false;
            for (var i = 0; i < chunks.Count; i++)
            {
                var label = chunks.Count > 1 ? $"{name}#{i}" : name;
                var check = RoundTripChecker.Check(chunks[i].PaddedText(), name, options);
                if (check.Passed)
                {
                    chunksPassed++;
                    continue;
                }

                chunksFailed++;
                fileFailed = true;
                report.WriteLine($"FAIL {label}: {check.Failure}");
            }

            if (fileFailed)
            {
                failed++;
            }
            else
            {
                passed++;
            }
        }

        if (args.SplitInputFile)
        {
            report.WriteLine($"chunks: {chunksPassed} passed, {chunksFailed} failed");
        }

        report.WriteLine($"{passed} passed, {failed} failed");
        return WriteOutput(args.Output, w => w.Write(report.ToString()), stdout, stderr) && failed == 0 ? 0 : 1;
    }

    private static bool TryRead(string input, TextReader stdin, TextWriter stderr, out string name, out byte[] bytes)
    {
        name = input == "-" ? "<stdin>" : input;
        try
        {
            bytes = input == "-" ? Encoding.UTF8.GetBytes(stdin.ReadToEnd()) : File.ReadAllBytes(input);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{name}: error: cannot read file: {e.Message}");
            bytes = [];
            return false;
        }
    }

    /// <summary>
    /// Writes to stdout, or to a temp file beside OUT that is moved over it only when <paramref name="write"/>
    /// succeeds (no partial or stale output on errors). With stdout, <paramref name="write"/> prints only on success.
    /// </summary>
    private static bool WriteOutput(string? path, Func<TextWriter, bool> write, TextWriter stdout, TextWriter stderr)
    {
        if (path is null || path == "-")
        {
            var ok = write(stdout);
            stdout.Flush();
            return ok;
        }

        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            bool ok;
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false), bufferSize: 1 << 16))
            {
                ok = write(writer);
            }

            if (ok)
            {
                File.Move(temp, full, overwrite: true);
            }

            return ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{path}: error: cannot write output: {e.Message}");
            return false;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static bool WriteOutput(string? path, Action<TextWriter> write, TextWriter stdout, TextWriter stderr) =>
        WriteOutput(path, w =>
        {
            write(w);
            return true;
        }, stdout, stderr);
}
