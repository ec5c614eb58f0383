using System.Diagnostics;
using System.Globalization;
using MlirBuild.Interpreter.Evaluation;
using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

// Runs block.mlir (or, with --kernels, the same computation as direct kernel calls) on inputs made by the same
// integer formula as tfjs-block.js, and prints the median time and a checksum as JSON.
const int H = 224, W = 224, C = 64;
int runs = int.TryParse(Environment.GetEnvironmentVariable("RUNS"), out var r) ? r : 3;
bool kernelsOnly = args.Contains("--kernels");
string mlirPath = args.FirstOrDefault(a => a.EndsWith(".mlir", StringComparison.Ordinal)) ?? "block.mlir";

static Tensor Pattern(int[] shape, long mul, double scale, double shift = 0)
{
    int n = ShapeMath.Count(shape);
    var values = new float[n];
    for (long i = 0; i < n; i++)
    {
        values[i] = (float)((((double)(i * mul % 1000)) / 1000 * scale) - (scale / 2) + shift);
    }

    return Tensor.FromArray(ElementType.F32, shape, values);
}

var x = Pattern([1, H, W, C], 7919, 1);
var w = Pattern([3, 3, C, C], 104729, 0.1);
var scale = Pattern([C], 31, 1, 1);
var offset = Pattern([C], 37, 0.2);
var mean = Pattern([C], 41, 0.2);
var variance = Pattern([C], 43, 0.5, 1);

Func<Tensor> block;
if (kernelsOnly)
{
    var p = ConvolutionParams.Create(0, 3, [1, 2], 2, 3, [0, 1], 0, 3, [1, 2], paddingLow: [1, 1], paddingHigh: [1, 1]);
    block = () =>
    {
        var conv = ConvolutionKernel.Convolution(x, w, p, ElementType.F32);
        var bn = BatchNormKernels.Inference(conv, scale, offset, mean, variance, 1e-3, 3);
        var sum = BinaryKernels.Apply(BinaryOp.Add, bn, x);
        return BinaryKernels.Apply(BinaryOp.Maximum, sum, Tensor.Zeros(ElementType.F32, [1, H, W, C]));
    };
}
else
{
    var parsed = MlirParser.Parse(File.ReadAllText(mlirPath), mlirPath, new MlirContext(allowUnregisteredDialects: true));
    if (!parsed.Succeeded)
    {
        Console.Error.WriteLine(string.Join("\n", parsed.Diagnostics));
        return 1;
    }

    block = () =>
    {
        var outcome = ModuleRunner.RunFunction(parsed.Module!, "main", [x, w, scale, offset, mean, variance]);
        return outcome.Error is null ? outcome.OutputTensors[0] : throw new InvalidOperationException(outcome.Error);
    };
}

block(); // warm-up (JIT, page faults)
var times = new List<double>();
double checksum = 0;
for (int run = 0; run < runs; run++)
{
    var sw = Stopwatch.StartNew();
    var y = block();
    times.Add(sw.Elapsed.TotalMilliseconds);
    if (run == 0)
    {
        var data = y.Span<float>();
        for (int i = 0; i < data.Length; i += 997)
        {
            checksum += data[i];
        }
    }
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{{\"engine\": \"mlirbuild-interpreter{(kernelsOnly ? " (kernels)" : string.Empty)}\", \"medianMs\": {times[times.Count / 2]:F1}, \"times\": [{string.Join(", ", times.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))}], \"checksum\": {checksum:R}}}"));
return 0;
