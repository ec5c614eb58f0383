using System.Diagnostics;
using System.Globalization;
using MlirBuild.TableGen;

// Benchmark entry for build/bench-tblgen.sh.
//   TblgenBench once <file.td> <include-dir>        evaluate + print records to stdout once (a cold process, as mlir-tblgen)
//   TblgenBench warm <file.td> <include-dir> [N]    evaluate + print N times in-process; report timings
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: TblgenBench once|warm <file.td> <include-dir> [iterations]");
    return 2;
}

var mode = args[0];
var file = args[1];
var options = new TableGenOptions { IncludeDirectories = [args[2]] };
var resolver = new DiskResolver();
var text = File.ReadAllText(file);
if (mode == "once")
{
    var result = TableGenEvaluator.Evaluate(file, text, resolver, options);
    if (!result.Success)
    {
        Console.Error.WriteLine(string.Join("\n", result.Diagnostics));
        return 1;
    }

    using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
    RecordPrinter.PrintRecords(result.Records!, stdout);
    return 0;
}

int iterations = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20;
var total = new List<double>();
var evalOnly = new List<double>();
for (int i = 0; i < iterations; i++)
{
    var sw = Stopwatch.StartNew();
    var result = TableGenEvaluator.Evaluate(file, text, resolver, options);
    if (!result.Success)
    {
        Console.Error.WriteLine(string.Join("\n", result.Diagnostics));
        return 1;
    }

    evalOnly.Add(sw.Elapsed.TotalMilliseconds);
    RecordPrinter.PrintRecords(result.Records!, TextWriter.Null);
    total.Add(sw.Elapsed.TotalMilliseconds);
}

static double Median(List<double> xs)
{
    var s = xs.Skip(xs.Count > 1 ? 1 : 0).OrderBy(t => t).ToList();
    return s[s.Count / 2];
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"in-process: first run {total[0]:F1} ms; warm median evaluate {Median(evalOnly):F1} ms, evaluate+print {Median(total):F1} ms ({iterations} runs); allocated {GC.GetTotalAllocatedBytes() / iterations / 1e6:F1} MB/run"));
return 0;

/// <summary>File-system include resolution (the library does no IO).</summary>
internal sealed class DiskResolver : ISourceResolver
{
    private readonly Dictionary<string, string> cache = new();

    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        var candidates = new List<string>();
        if (includingFile is not null)
        {
            candidates.Add(Path.Combine(Path.GetDirectoryName(includingFile) ?? ".", includeName));
        }

        candidates.AddRange(includeDirectories.Select(d => Path.Combine(d, includeName)));
        foreach (var c in candidates)
        {
            if (!cache.TryGetValue(c, out var t))
            {
                if (!File.Exists(c))
                {
                    continue;
                }

                t = File.ReadAllText(c);
                cache[c] = t;
            }

            return new ResolvedSource(c, t);
        }

        return null;
    }
}
