using System.Diagnostics;
using System.Globalization;
using MlirBuild.Importers.Common;
using MlirBuild.Ir;

// Usage: ImportBench MODEL [RUNS]. Imports MODEL RUNS times (after one warm-up), then prints the median import
// time, throughput over the model's weight bytes, the time to print the module, and the process's peak memory.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ImportBench MODEL [RUNS]");
    return 2;
}

string model = args[0];
int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
long weightBytes = Directory.Exists(model)
    ? Directory.GetFiles(Path.Combine(model, "variables"), "variables.data-*").Sum(f => new FileInfo(f).Length)
    : Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(model))!, Path.GetFileNameWithoutExtension(model) + "*.bin").Sum(f => new FileInfo(f).Length);

ImportResult Once() => ModelImporter.Import(model, new ImportOptions(), new MlirContext(allowUnregisteredDialects: true));

if (Environment.GetEnvironmentVariable("BENCH_PHASES") == "1")
{
    for (int k = 0; k < 5; k++)
    {
        var issues = new List<MlirBuild.Importers.Tensorflow.ImportIssue>();
        var s1 = Stopwatch.StartNew();
        var m = MlirBuild.Importers.Tensorflow.TfModelImporter.Read(model, new ImportOptions(), issues);
        double read = s1.Elapsed.TotalMilliseconds;
        s1.Restart();
        var full = Once();
        double all = s1.Elapsed.TotalMilliseconds;
        s1.Restart();
        MlirBuild.Ir.Verification.Verifier.Verify(full.Module!);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read={read:F1}ms import={all:F1}ms verify_again={s1.Elapsed.TotalMilliseconds:F1}ms"));
    }
}

var warm = Once();
if (!warm.Succeeded)
{
    Console.Error.WriteLine(string.Join("\n", warm.Diagnostics));
    return 1;
}

// Wall time suffers when the machine is shared; CPU time of this process is the steadier measure of our cost.
var times = new List<double>();
var cpuTimes = new List<double>();
var self = Process.GetCurrentProcess();
for (int i = 0; i < runs; i++)
{
    self.Refresh();
    var cpu0 = self.TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    var r = Once();
    sw.Stop();
    self.Refresh();
    GC.KeepAlive(r);
    times.Add(sw.Elapsed.TotalMilliseconds);
    cpuTimes.Add((self.TotalProcessorTime - cpu0).TotalMilliseconds);
}

cpuTimes.Sort();
double cpuMedian = cpuTimes[cpuTimes.Count / 2];

times.Sort();
double median = times[times.Count / 2];
var printWatch = Stopwatch.StartNew();
long printed;
using (var sink = new StreamWriter(Stream.Null))
{
    MlirPrinter.Print(warm.Module!, sink, new PrintOptions());
    sink.Flush();
    printed = sink.BaseStream.Length;
}

printWatch.Stop();
long allocated = GC.GetTotalAllocatedBytes(precise: true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"model={Path.GetFileName(model)} weights={weightBytes / 1e6:F2}MB runs={runs} import_median={median:F1}ms import_min={times[0]:F1}ms " +
    $"throughput={weightBytes / 1e6 / (median / 1000):F0}MB/s (best run {weightBytes / 1e6 / (times[0] / 1000):F0}MB/s) " +
    $"cpu_median={cpuMedian:F1}ms cpu_throughput={weightBytes / 1e6 / (cpuMedian / 1000):F0}MB/s print={printWatch.Elapsed.TotalMilliseconds:F0}ms " +
    $"peak_working_set={Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0}MB total_allocated={allocated / 1e6:F0}MB"));
return 0;
