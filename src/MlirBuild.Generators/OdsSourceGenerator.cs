using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MlirBuild.Generators.Emit;
using MlirBuild.Generators.Pipeline;
using MlirBuild.TableGen.Ods;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MlirBuild.Generators;

/// <summary>
/// Generates typed C# op classes from TableGen dialect specs given as <c>.td</c> AdditionalFiles. Item metadata
/// <c>MlirBuildRoot</c> (true: generate code for this file; otherwise include-only) and <c>MlirBuildNamespace</c>
/// (the C# namespace) steer it. Steps are value-equal records so unrelated edits keep everything cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OdsSourceGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps (asserted by the incremental tests).</summary>
    public static class Steps
    {
        public const string TdFiles = "TdFiles";
        public const string RootInputs = "RootInputs";
        public const string Models = "OdsModels";
        public const string Outputs = "CSharpOutputs";
    }

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(c => c.AddSource(SupportEmitter.HintName, SourceText.From(SupportEmitter.Emit(), System.Text.Encoding.UTF8)));

        var defaultNamespace = context.AnalyzerConfigOptionsProvider.Select((o, _) =>
            o.GlobalOptions.TryGetValue("build_property.RootNamespace", out var ns) && !string.IsNullOrWhiteSpace(ns) ? ns.Trim() : "MlirBuild.Generated");

        var tdFiles = context.AdditionalTextsProvider
            .Where(t => t.Path.EndsWith(".td", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Combine(defaultNamespace)
            .Select((pair, ct) => ToTdFile(pair.Left.Left, pair.Left.Right, pair.Right, ct))
            .WithTrackingName(Steps.TdFiles);

        var allFiles = tdFiles.Collect().Select((files, _) => files.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableEquatableArray());

        var rootInputs = tdFiles
            .Where(f => f.IsRoot)
            .Combine(allFiles)
            .Select((pair, _) => ToRootInput(pair.Left, pair.Right))
            .WithTrackingName(Steps.RootInputs);

        var models = rootInputs.Select((input, _) => RootEvaluator.Evaluate(input)).WithTrackingName(Steps.Models);
        var outputs = models.Select((model, _) => RootEvaluator.Emit(model)).WithTrackingName(Steps.Outputs);

        context.RegisterSourceOutput(outputs.Select((o, _) => o.Sources), (spc, sources) =>
        {
            foreach (var source in sources)
            {
                spc.AddSource(source.HintName, SourceText.From(source.Text, System.Text.Encoding.UTF8));
            }
        });

        // Diagnostics travel on their own output so that moving code around regenerates nothing.
        context.RegisterSourceOutput(outputs.Select((o, _) => o.Diagnostics), (spc, diagnostics) =>
        {
            foreach (var d in diagnostics)
            {
                spc.ReportDiagnostic(GeneratorDiagnostics.Create(d));
            }
        });
    }

    private static TdFile ToTdFile(AdditionalText text, AnalyzerConfigOptionsProvider options, string defaultNamespace, CancellationToken ct)
    {
        var fileOptions = options.GetOptions(text);
        var isRoot = fileOptions.TryGetValue("build_metadata.AdditionalFiles.MlirBuildRoot", out var root)
            && string.Equals(root.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var ns = fileOptions.TryGetValue("build_metadata.AdditionalFiles.MlirBuildNamespace", out var n) && !string.IsNullOrWhiteSpace(n)
            ? n.Trim()
            : defaultNamespace;
        return new TdFile(text.Path, text.GetText(ct)?.ToString() ?? string.Empty, isRoot, ns);
    }

    private static RootInput ToRootInput(TdFile root, ImmutableEquatableArray<TdFile> all)
    {
        var includes = new IncludeResolver(all).Closure(root);

        // Definitions of include-only files are generated with the roots that include them; other roots' own
        // definitions are left to those roots.
        var emit = includes.Where(f => !f.IsRoot).Select(f => f.Path).Concat(new[] { root.Path })
            .OrderBy(p => p, StringComparer.Ordinal).ToImmutableEquatableArray();
        return new RootInput(root, includes, emit);
    }
}
