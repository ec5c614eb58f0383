using System.Diagnostics;
using System.Globalization;
using MlirBuild.Generators.Emit;
using MlirBuild.TableGen;
using MlirBuild.TableGen.Ods;

// Benchmark entry for build/bench-gencsharp.sh.
//   GenCSharpBench once <file.td> <out-dir> -I DIR...      generate C# into out-dir once (a cold process, as the CLI)
//   GenCSharpBench warm <file.td> <runs> -I DIR...         generate N times in-process; time each phase
if (args.Length < 3 || (args[0] != "once" && args[0] != "warm"))
{
    Console.Error.WriteLine("usage: GenCSharpBench once <file.td> <out-dir> -I DIR... | warm <file.td> <runs> -I DIR...");
    return 2;
}

var file = args[1];
var includes = new List<string>();
for (int i = 3; i + 1 < args.Length; i += 2)
{
    if (args[i] == "-I")
    {
        includes.Add(args[i + 1]);
    }
}

var options = new TableGenOptions { IncludeDirectories = [.. includes] };
var resolver = new DiskResolver();
if (args[0] == "once")
{
    var sources = Generate(file, resolver, options, out _);
    if (sources is null)
    {
        return 1;
    }

    // As the CLI does (OdsBackends.WriteIfChanged): files already holding these bytes are left alone; others are
    // written to a temporary name, then moved.
    var outDir = args[2];
    Directory.CreateDirectory(outDir);
    var encoding = new System.Text.UTF8Encoding(false);
    foreach (var source in sources)
    {
        var target = Path.Combine(outDir, source.HintName);
        var bytes = encoding.GetBytes(source.Text);
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
        {
            continue;
        }

        var tmp = target + ".tmp" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllBytes(tmp, bytes);
        File.Move(tmp, target, overwrite: true);
    }

    return 0;
}

int runs = int.Parse(args[2], CultureInfo.InvariantCulture);
var phases = new List<double[]>();
long chars = 0;
int count = 0;
long allocatedBefore = GC.GetTotalAllocatedBytes();
for (int i = 0; i < runs; i++)
{
    var sources = Generate(file, resolver, options, out var times);
    if (sources is null)
    {
        return 1;
    }

    phases.Add(times);
    count = sources.Count;
    chars = sources.Sum(s => (long)s.Text.Length);
}

double Median(int phase)
{
    var xs = phases.Skip(runs > 1 ? 1 : 0).Select(p => p[phase]).OrderBy(t => t).ToList();
    return xs[xs.Count / 2];
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"in-process ({runs} runs, {count} files, {chars / 1024} KiB of C#): first run {phases[0][3]:F1} ms; warm median: evaluate {Median(0):F1} + ODS read {Median(1):F1} + emit {Median(2):F1} = {Median(3):F1} ms; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / runs / 1e6:F1} MB/run"));
return 0;

// TableGen evaluation + ODS model + C# emission (+ the support class), timing each phase (ms).
static List<GeneratedSource>? Generate(string file, ISourceResolver resolver, TableGenOptions options, out double[] times)
{
    times = new double[4];
    var sw = Stopwatch.StartNew();
    var result = TableGenEvaluator.Evaluate(file, File.ReadAllText(file), resolver, options);
    if (!result.Success)
    {
        Console.Error.WriteLine(string.Join("\n", result.Diagnostics));
        return null;
    }

    times[0] = sw.Elapsed.TotalMilliseconds;
    var model = OdsReader.Read(result.Records!);
    times[1] = sw.Elapsed.TotalMilliseconds - times[0];
    var ns = "MlirBuild.Generated." + CSharpLiteral.Pascal(model.Operations.Count > 0 ? model.Operations[0].DialectName : model.Dialects.Count > 0 ? model.Dialects[0].Name : "ods");
    var emitted = CSharpEmitter.Emit(new CSharpEmitRequest(model, ns, ImmutableEquatableArray<string>.Empty));
    if (emitted.Diagnostics.Any(d => d.IsError))
    {
        Console.Error.WriteLine(string.Join("\n", emitted.Diagnostics));
        return null;
    }

    var sources = emitted.Sources.Append(new GeneratedSource(SupportEmitter.HintName, SupportEmitter.Emit())).ToList();
    times[3] = sw.Elapsed.TotalMilliseconds;
    times[2] = times[3] - times[0] - times[1];
    return sources;
}

/// <summary>File-system include resolution as the CLI does it: the name as given, then each -I directory (cached).</summary>
internal sealed class DiskResolver : ISourceResolver
{
    private readonly Dictionary<string, string?> cache = new();

    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        var found = Load(includeName);
        if (found is not null || Path.IsPathRooted(includeName))
        {
            return found;
        }

        foreach (var d in includeDirectories)
        {
            found = Load(Path.Combine(d, includeName));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private ResolvedSource? Load(string path)
    {
        if (!cache.TryGetValue(path, out var text))
        {
            text = File.Exists(path) ? File.ReadAllText(path) : null;
            cache[path] = text;
        }

        return text is null ? null : new ResolvedSource(path, text);
    }
}
