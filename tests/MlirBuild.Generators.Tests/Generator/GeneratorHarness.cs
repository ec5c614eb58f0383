using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>An in-memory .td AdditionalFile with the item metadata the generator reads.</summary>
internal sealed record TdInput(string Path, string Text, bool IsRoot, string? Namespace = null);

/// <summary>Runs <see cref="OdsSourceGenerator"/> in memory, with step tracking, against MlirBuild.Ir.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The test dialect root plus our TableGen base library as include-only files.</summary>
    public static List<TdInput> TestDialectInputs()
    {
        var inputs = BaseLibrary();
        var root = Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Generators.Tests", "TestData", "TestDialect.td");
        inputs.Add(new TdInput("/td/TestDialect.td", File.ReadAllText(root), true, "Test.Generated"));
        return inputs;
    }

    /// <summary>src/MlirBuild.Dialects/Td/MlirBuildBase.td and Base/*.td under a fixed virtual root (paths stay machine independent).</summary>
    public static List<TdInput> BaseLibrary()
    {
        var dir = Path.Combine(RepoPaths.Root, "src", "MlirBuild.Dialects", "Td");
        var inputs = new List<TdInput> { new("/td/MlirBuildBase.td", File.ReadAllText(Path.Combine(dir, "MlirBuildBase.td")), false) };
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "Base"), "*.td").OrderBy(f => f, StringComparer.Ordinal))
        {
            inputs.Add(new TdInput("/td/Base/" + Path.GetFileName(file), File.ReadAllText(file), false));
        }

        return inputs;
    }

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "GeneratedTest",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var refs = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(MlirBuild.Ir.Operation).Assembly.Location));
        return refs.Distinct().ToImmutableArray();
    });

    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, FileOptions> _files;

        public OptionsProvider(IEnumerable<TdInput> inputs) =>
            _files = inputs.ToDictionary(i => i.Path, i => new FileOptions(i));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new FileOptions(null);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new FileOptions(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _files.TryGetValue(textFile.Path, out var o) ? o : new FileOptions(null);
    }

    private sealed class FileOptions : AnalyzerConfigOptions
    {
        private readonly TdInput? _input;

        public FileOptions(TdInput? input) => _input = input;

        public override bool TryGetValue(string key, out string value)
        {
            value = string.Empty;
            if (_input is null)
            {
                return false;
            }

            switch (key)
            {
                case "build_metadata.AdditionalFiles.MlirBuildRoot":
                    value = _input.IsRoot ? "true" : "false";
                    return true;
                case "build_metadata.AdditionalFiles.MlirBuildNamespace" when _input.Namespace is not null:
                    value = _input.Namespace;
                    return true;
                default:
                    return false;
            }
        }
    }
}

/// <summary>A generator driver over a set of .td inputs that tests can edit between runs.</summary>
internal sealed class GeneratorSession
{
    private readonly Dictionary<string, GeneratorHarness.InMemoryAdditionalText> _texts = new();

    public GeneratorSession(IReadOnlyList<TdInput> inputs)
    {
        foreach (var input in inputs)
        {
            _texts[input.Path] = new GeneratorHarness.InMemoryAdditionalText(input.Path, input.Text);
        }

        Driver = CSharpGeneratorDriver.Create(
            [new OdsSourceGenerator().AsSourceGenerator()],
            inputs.Select(i => (AdditionalText)_texts[i.Path]),
            GeneratorHarness.ParseOptions,
            new GeneratorHarness.OptionsProvider(inputs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public GeneratorDriver Driver { get; private set; }

    public GeneratorDriverRunResult Run(Compilation compilation)
    {
        Driver = Driver.RunGenerators(compilation);
        return Driver.GetRunResult();
    }

    /// <summary>Runs the generator and also returns the compilation with the generated sources added.</summary>
    public (GeneratorDriverRunResult Result, Compilation Output) RunAndCompile(Compilation compilation)
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (Driver.GetRunResult(), output);
    }

    /// <summary>Replaces the text of one .td input (its path and metadata stay).</summary>
    public void Edit(string path, string newText)
    {
        var old = _texts[path];
        var replacement = new GeneratorHarness.InMemoryAdditionalText(path, newText);
        _texts[path] = replacement;
        Driver = Driver.ReplaceAdditionalText(old, replacement);
    }
}
