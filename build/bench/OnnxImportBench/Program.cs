using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using MlirBuild.Importers.Onnx;
using MlirBuild.Ir;

// Usage: OnnxImportBench MODEL [ITERATIONS]
// Imports MODEL ITERATIONS times after one warm-up and prints the best and mean import time, the weight
// throughput (bytes of constant data per second of import) and the process's peak working set.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: OnnxImportBench MODEL [ITERATIONS]");
    return 2;
}

var path = args[0];
var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var (ok, ops, weightBytes, _) = ImportOnce(path, measure: true);
if (!ok)
{
    return 1;
}

var times = new List<double>();
for (var i = 0; i < iterations; i++)
{
    // The previous module is unreachable here, so the peak working set reflects a single import.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    times.Add(ImportOnce(path, measure: false).Milliseconds);
}

var best = times.Min();
var mib = 1024.0 * 1024.0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))}/{Path.GetFileName(path)}: {ops} ops, weights {weightBytes / mib:F1} MiB; " +
    $"import best {best:F1} ms, mean {times.Average():F1} ms over {iterations}; {weightBytes / mib / (best / 1000):F0} MiB/s of weights; " +
    $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / mib:F0} MiB"));
return 0;

[MethodImpl(MethodImplOptions.NoInlining)]
static (bool Ok, int Ops, long WeightBytes, double Milliseconds) ImportOnce(string path, bool measure)
{
    var clock = Stopwatch.StartNew();
    var result = OnnxImporter.Import(path);
    clock.Stop();
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(string.Join("\n", result.Problems));
        return (false, 0, 0, 0);
    }

    int ops = 0;
    long weights = 0;
    if (measure)
    {
        result.Module!.Walk(op =>
        {
            ops++;
            if (op.Attributes.Get("value") is DenseElementsAttr d)
            {
                weights += d.Raw.Length;
            }
        });
    }

    return (true, ops, weights, clock.Elapsed.TotalMilliseconds);
}
