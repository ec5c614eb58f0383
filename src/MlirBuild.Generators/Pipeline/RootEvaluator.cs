using System;
using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Emit;
using MlirBuild.TableGen;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Pipeline;

/// <summary>The expensive steps: evaluate a root's TableGen into the ODS model, and emit C# from it.</summary>
public static class RootEvaluator
{
    public static RootModel Evaluate(RootInput input)
    {
        var files = new List<TdFile>(input.Includes) { input.Root };
        var resolver = new IncludeResolver(files);
        var diagnostics = new List<OdsDiagnostic>();
        TableGenResult result;
        try
        {
            result = TableGenEvaluator.Evaluate(input.Root.Path, input.Root.Text, resolver, new TableGenOptions());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the front end must not take the compiler down: report it on the root file.
            diagnostics.Add(new OdsDiagnostic(DiagnosticIds.TableGenError, true, "TableGen evaluation failed: " + e.Message, new OdsLocation(input.Root.Path, 1, 1)));
            return new RootModel(input.Root.Path, input.Root.Namespace, null, input.EmitFiles, diagnostics.ToImmutableEquatableArray());
        }

        foreach (var d in result.Diagnostics)
        {
            diagnostics.Add(new OdsDiagnostic(
                DiagnosticIds.TableGenError,
                d.Severity == DiagnosticSeverity.Error,
                d.Message,
                d.Location.IsKnown ? new OdsLocation(d.Location.File, d.Location.Line, d.Location.Column) : new OdsLocation(input.Root.Path, 1, 1)));
        }

        if (!result.Success)
        {
            return new RootModel(input.Root.Path, input.Root.Namespace, null, input.EmitFiles, diagnostics.ToImmutableEquatableArray());
        }

        var model = OdsReader.Read(result.Records!);
        return new RootModel(input.Root.Path, input.Root.Namespace, model, input.EmitFiles, diagnostics.ToImmutableEquatableArray());
    }

    public static RootOutput Emit(RootModel root)
    {
        if (root.Model is null)
        {
            return new RootOutput(root.RootPath, ImmutableEquatableArray<GeneratedSource>.Empty, root.Diagnostics);
        }

        CSharpEmitResult emitted;
        try
        {
            emitted = CSharpEmitter.Emit(new CSharpEmitRequest(root.Model, root.Namespace, root.EmitFiles));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the emitter must not take the compiler down: report it on the root file.
            var bug = new OdsDiagnostic(DiagnosticIds.OdsError, true, "C# generation failed: " + e.Message, new OdsLocation(root.RootPath, 1, 1));
            return new RootOutput(root.RootPath, ImmutableEquatableArray<GeneratedSource>.Empty, root.Diagnostics.Concat(new[] { bug }).ToImmutableEquatableArray());
        }


        // Hint names must be unique across roots that share a namespace: prefix the root's file stem.
        var stem = TdPaths.FileStem(root.RootPath);
        var sources = emitted.Sources.Select(s => new GeneratedSource(stem + "." + s.HintName, s.Text)).ToImmutableEquatableArray();
        return new RootOutput(root.RootPath, sources, root.Diagnostics.Concat(emitted.Diagnostics).ToImmutableEquatableArray());
    }
}
