using System.Diagnostics;
using System.Globalization;
using MlirBuild.Generators.Emit;
using MlirBuild.TableGen;
using MlirBuild.TableGen.Ods;

// Benchmark entry for build/bench-gencsharp.sh.
//   GenCSharpBench once <file.td> <out-dir> -I DIR...      generate C# into out-dir once (a cold process, as the CLI)
//   GenCSharpBench warm <file.td> <runs> -I DIR...         generate N times in-process; time each phase
//   GenCSharpBench alloc <file.td> <runs> -I DIR...        JIT only: sampled allocations by type (GC AllocationTick)
if (args.Length < 3 || (args[0] != "once" && args[0] != "warm" && args[0] != "alloc"))
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
using var allocations = args[0] == "alloc" ? new AllocationSampler() : null;
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
    $"{(allocations is null ? string.Empty : allocations.Report(15))}in-process ({runs} runs, {count} files, {chars / 1024} KiB of C#): first run {phases[0][3]:F1} ms; warm median: evaluate {Median(0):F1} + ODS read {Median(1):F1} + emit {Median(2):F1} = {Median(3):F1} ms; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / runs / 1e6:F1} MB/run ({Median(4):F1} + {Median(5):F1} + {Median(6):F1})"));
return 0;

// TableGen evaluation + ODS model + C# emission (+ the support class), timing each phase (ms).
static List<GeneratedSource>? Generate(string file, ISourceResolver resolver, TableGenOptions options, out double[] times)
{
    times = new double[7];
    long a0 = GC.GetTotalAllocatedBytes(true);
    var sw = Stopwatch.StartNew();
    var result = TableGenEvaluator.Evaluate(file, File.ReadAllText(file), resolver, options);
    if (!result.Success)
    {
        Console.Error.WriteLine(string.Join("\n", result.Diagnostics));
        return null;
    }

    times[0] = sw.Elapsed.TotalMilliseconds;
    long a1 = GC.GetTotalAllocatedBytes(true);
    var model = OdsReader.Read(result.Records!);
    times[1] = sw.Elapsed.TotalMilliseconds - times[0];
    long a2 = GC.GetTotalAllocatedBytes(true);
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
    long a3 = GC.GetTotalAllocatedBytes(true);
    (times[4], times[5], times[6]) = ((a1 - a0) / 1e6, (a2 - a1) / 1e6, (a3 - a2) / 1e6);
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

/// <summary>Sums the runtime's GC AllocationTick samples (one per ~100 KB allocated) by type name.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> bytesByType = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.Payload is not null)
        {
            var type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            lock (bytesByType)
            {
                bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
            }
        }
    }

    public string Report(int top)
    {
        lock (bytesByType)
        {
            var total = bytesByType.Values.Sum();
            return string.Join("", bytesByType.OrderByDescending(kv => kv.Value).Take(top)
                .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{100.0 * kv.Value / total,5:F1}%  {kv.Key}\n")));
        }
    }
}
