using System.Collections.Immutable;
using System.CommandLine;
using MlirBuild.TableGen;

namespace MlirBuild.Cli.Commands;

/// <summary>
/// <c>mlirbuild tblgen -I DIR... FILE --print-records [-o OUT]</c>: evaluates a TableGen file and runs one backend.
/// Backends are entries of <see cref="Backends"/>: a flag name and a writer of records to text, so further
/// generators (<c>--gen-op-doc</c>, <c>--gen-csharp</c>) are one line each.
/// </summary>
internal static class TblgenCommand
{
    private sealed record Backend(string Flag, string Description, Action<RecordKeeper, TextWriter> Run)
    {
        /// <summary>For backends that write several files themselves (records, -o value) -> exit code.</summary>
        public Func<RecordKeeper, string?, int>? Write { get; init; }
    }

    private static readonly Backend[] Backends =
    [
        new("--print-records", "Print all classes and defs as llvm-tblgen --print-records does (the default)", (records, writer) => RecordPrinter.PrintRecords(records, writer)),
        new("--gen-op-doc", "Print Markdown op documentation as mlir-tblgen --gen-op-doc does", (records, writer) => writer.Write(OdsBackends.GenOpDoc(records))),
        new("--gen-csharp", "Write the C# op classes the source generator would add into the -o directory", (_, _) => { }) { Write = OdsBackends.GenCSharp },
    ];

    public static Command Create()
    {
        var command = new Command("tblgen", "Evaluate a TableGen file and print its records (or run a generator backend).");
        var file = new Argument<string>("file") { Description = "The .td file to evaluate" };
        var includes = new Option<string[]>("-I", "--include") { Description = "Directory searched for include files (repeatable)", AllowMultipleArgumentsPerToken = false };
        var defines = new Option<string[]>("-D", "--define") { Description = "Define a preprocessor macro (repeatable)" };
        var output = new Option<string?>("-o", "--output") { Description = "Write the output to this file (default: standard output)" };
        command.Arguments.Add(file);
        command.Options.Add(includes);
        command.Options.Add(defines);
        command.Options.Add(output);
        var backendOptions = new List<(Option<bool> Option, Backend Backend)>();
        foreach (var b in Backends)
        {
            var opt = new Option<bool>(b.Flag) { Description = b.Description };
            command.Options.Add(opt);
            backendOptions.Add((opt, b));
        }

        command.SetAction(parse =>
        {
            var chosen = backendOptions.Where(o => parse.GetValue(o.Option)).Select(o => o.Backend).ToList();
            if (chosen.Count > 1)
            {
                Console.Error.WriteLine("mlirbuild tblgen: choose one action (" + string.Join(", ", chosen.Select(c => c.Flag)) + ")");
                return 2;
            }

            var backend = chosen.Count == 1 ? chosen[0] : Backends[0];
            return Run(parse.GetValue(file)!, parse.GetValue(includes) ?? [], parse.GetValue(defines) ?? [], parse.GetValue(output), backend);
        });
        return command;
    }

    private static int Run(string file, string[] includeDirs, string[] defines, string? output, Backend backend)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"mlirbuild tblgen: could not open input file '{file}'");
            return 1;
        }

        var options = new TableGenOptions
        {
            IncludeDirectories = includeDirs.ToImmutableArray(),
            Defines = defines.ToImmutableArray(),
        };
        var result = TableGenEvaluator.Evaluate(file, File.ReadAllText(file), new FileSystemSourceResolver(), options);
        foreach (var d in result.Diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }

        if (!result.Success)
        {
            return 1;
        }

        if (backend.Write is not null)
        {
            return backend.Write(result.Records!, output);
        }

        var utf8 = new System.Text.UTF8Encoding(false);
        if (output is null)
        {
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { NewLine = "\n" };
            backend.Run(result.Records!, stdout);
            return 0;
        }

        // Write to a temporary file, then move: no partial artifacts.
        var full = Path.GetFullPath(output);
        var tmp = full + ".tmp" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            using (var writer = new StreamWriter(tmp, false, utf8, 1 << 16) { NewLine = "\n" })
            {
                backend.Run(result.Records!, writer);
            }

            File.Move(tmp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }

        return 0;
    }
}
