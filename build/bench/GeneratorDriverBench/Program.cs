using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MlirBuild.Generators;

// The Roslyn source generator over src/MlirBuild.Dialects' .td AdditionalFiles (roots and namespaces read from its
// csproj), timed as the compiler and the IDE run it:
//   first run   a new driver in a fresh process (generator and TableGen code not yet JIT-compiled)
//   full run    a new driver in a process that ran it before (what a build pays when the compiler server has
//               the generator loaded but no cached driver state): runs 2..N+1, and N runs after those
//   re-runs     the same driver after one edit: an unrelated C# file; a comment in one root (TableGen re-runs for
//               that root, emission stays cached); an op summary in one root (that root is evaluated and emitted
//               again); a comment in a base file every root includes (all roots re-evaluate).
// Usage: GeneratorDriverBench <repo-root> [runs]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: GeneratorDriverBench <repo-root> [runs]");
    return 2;
}

var project = Path.Combine(args[0], "src", "MlirBuild.Dialects");
int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var inputs = TdInputs.Load(project);
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var compilation = CSharpCompilation.Create(
    "Bench",
    [CSharpSyntaxTree.ParseText("namespace Bench { public static class A { } }", parseOptions, path: "A.cs")],
    [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

GeneratorDriver NewDriver(bool track) => CSharpGeneratorDriver.Create(
    [new OdsSourceGenerator().AsSourceGenerator()],
    inputs.Texts.Values,
    parseOptions,
    new TdOptionsProvider(inputs),
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

// First run: the cost of the first build with a fresh compiler process.
var sw = Stopwatch.StartNew();
var driver = NewDriver(track: false).RunGenerators(compilation);
var first = sw.Elapsed.TotalMilliseconds;
var result = driver.GetRunResult();
var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
if (errors.Count > 0)
{
    Console.Error.WriteLine(string.Join("\n", errors));
    return 1;
}

var files = result.GeneratedTrees.Length;
var kib = result.GeneratedTrees.Sum(t => (long)t.Length) / 1024;

// Full runs in a warm process.
// The first full runs still execute partly unoptimized (tier-0) code; the compiler server reaches the later state
// after a few builds. Report both.
var fullEarly = Times0(runs, () => NewDriver(track: false).RunGenerators(compilation));
var full = Times0(runs, () => NewDriver(track: false).RunGenerators(compilation));

// Phase split of one warm full run from the tracked steps (tracking itself adds a little).
var tracked = NewDriver(track: true).RunGenerators(compilation).GetRunResult().Results[0];
double StepMs(string name) => tracked.TrackedSteps.TryGetValue(name, out var steps) ? steps.Sum(s => s.ElapsedTime.TotalMilliseconds) : 0;

// Re-runs after edits, each alternating between two texts so every run sees a change.
var warm = NewDriver(track: false).RunGenerators(compilation);
var csEdit = Times(runs, i =>
{
    var old = compilation.SyntaxTrees.First();
    compilation = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText("namespace Bench { public static class A { public const int X = " + i + "; } }", parseOptions, path: "A.cs"));
    warm = warm.RunGenerators(compilation);
});
var rootComment = EditTimes("Td/Tf/TfOps.td", (text, i) => text + "\n// edit " + i + "\n");
var rootSummary = EditTimes("Td/Check/CheckOps.td", (text, i) => ReplaceFirst(text, "summary = \"", "summary = \"edit " + i + " "));
var baseComment = EditTimes("Td/Base/Ops.td", (text, i) => text + "\n// edit " + i + "\n");

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"source generator over src/MlirBuild.Dialects ({inputs.Texts.Count} .td files, {inputs.Roots} roots; {files} generated files, {kib} KiB; median of {runs}, in-process):"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first run (fresh process, JIT):           {first,8:F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  full run (new driver), runs 2..{runs + 1}:       {fullEarly,8:F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  full run (new driver), warm:              {full,8:F1} ms  (steps: TableGen+ODS {StepMs(OdsSourceGenerator.Steps.Models):F1} ms, emit {StepMs(OdsSourceGenerator.Steps.Outputs):F1} ms)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-run, unrelated C# edit:               {csEdit,8:F1} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-run, comment in one root (TfOps.td):  {rootComment.Ms,8:F1} ms  ({rootComment.Steps})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-run, op summary in CheckOps.td:       {rootSummary.Ms,8:F1} ms  ({rootSummary.Steps})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-run, comment in Base/Ops.td (all):    {baseComment.Ms,8:F1} ms  ({baseComment.Steps})"));
return 0;

(double Ms, string Steps) EditTimes(string relativePath, Func<string, int, string> edit)
{
    var path = Path.GetFullPath(Path.Combine(project, relativePath));
    var original = inputs.Texts[path];
    var originalText = original.GetText()!.ToString();
    var current = original;
    var d = NewDriver(track: true).RunGenerators(compilation);
    var steps = new Dictionary<string, List<double>>();
    var ms = Times(runs, i =>
    {
        var next = new InMemoryText(path, edit(originalText, i));
        d = d.ReplaceAdditionalText(current, next).RunGenerators(compilation);
        current = next;
        foreach (var (name, runSteps) in d.GetRunResult().Results[0].TrackedSteps)
        {
            if (!steps.TryGetValue(name, out var list))
            {
                steps[name] = list = new List<double>();
            }

            list.Add(runSteps.Sum(s => s.ElapsedTime.TotalMilliseconds));
        }
    });

    // Median time of the main steps in these runs (step tracking on).
    string Step(string name) => steps.TryGetValue(name, out var l) ? l.OrderBy(x => x).ElementAt(l.Count / 2).ToString("F1", CultureInfo.InvariantCulture) : "-";
    return (ms, $"steps: root inputs {Step(OdsSourceGenerator.Steps.RootInputs)}, TableGen+ODS {Step(OdsSourceGenerator.Steps.Models)}, emit {Step(OdsSourceGenerator.Steps.Outputs)} ms");
}

static string ReplaceFirst(string text, string what, string with)
{
    var at = text.IndexOf(what, StringComparison.Ordinal);
    return at < 0 ? throw new InvalidOperationException("no '" + what + "'") : text.Substring(0, at) + with + text.Substring(at + what.Length);
}

static double Times(int runs, Action<int> run)
{
    var times = new List<double>();
    for (int i = 0; i < runs; i++)
    {
        var sw = Stopwatch.StartNew();
        run(i);
        times.Add(sw.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}

static double Times0(int runs, Action run) => Times(runs, _ => run());

/// <summary>The .td AdditionalFiles of a project, with the MlirBuildRoot/MlirBuildNamespace metadata of its csproj.</summary>
internal sealed class TdInputs
{
    public Dictionary<string, AdditionalText> Texts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Namespaces { get; } = new(StringComparer.Ordinal);

    public int Roots => Namespaces.Count;

    public static TdInputs Load(string projectDir)
    {
        var result = new TdInputs();
        foreach (var file in Directory.GetFiles(Path.Combine(projectDir, "Td"), "*.td", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            result.Texts[full] = new InMemoryText(full, File.ReadAllText(full));
        }

        var csproj = XDocument.Load(Directory.GetFiles(projectDir, "*.csproj").Single());
        foreach (var item in csproj.Descendants("AdditionalFiles"))
        {
            if ((string?)item.Attribute("MlirBuildRoot") == "true" && item.Attribute("Update") is { } update)
            {
                result.Namespaces[Path.GetFullPath(Path.Combine(projectDir, update.Value))] = (string?)item.Attribute("MlirBuildNamespace") ?? "MlirBuild.Dialects";
            }
        }

        return result;
    }
}

internal sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Item metadata as MSBuild passes it (CompilerVisibleItemMetadata), and the RootNamespace property.</summary>
internal sealed class TdOptionsProvider(TdInputs inputs) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new() { ["build_property.RootNamespace"] = "MlirBuild.Dialects" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        inputs.Namespaces.TryGetValue(textFile.Path, out var ns)
            ? new Options(new() { ["build_metadata.AdditionalFiles.MlirBuildRoot"] = "true", ["build_metadata.AdditionalFiles.MlirBuildNamespace"] = ns })
            : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
