using MlirBuild.Importers.Common;
using MlirBuild.Importers.Tensorflow.Emit;
using MlirBuild.Importers.Tensorflow.Readers;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow;

/// <summary>
/// Imports TensorFlow models — binary GraphDef (<c>.pb</c>), text GraphDef (<c>.pbtxt</c>), TF.js graph models
/// (<c>model.json</c>) and SavedModel directories — into a module of <c>tf.*</c> operations.
/// </summary>
public sealed class TfModelImporter : IModelImporter
{
    public string FormatName => "TensorFlow (.pb, .pbtxt, TF.js model.json, SavedModel directory)";

    public bool CanImport(string path) =>
        Directory.Exists(path) ? File.Exists(Path.Combine(path, "saved_model.pb"))
        : path.EndsWith(".pb", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pbtxt", StringComparison.OrdinalIgnoreCase)
          || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public ImportResult Import(string path, ImportOptions options, MlirContext context)
    {
        var issues = new List<ImportIssue>();
        Operation? module = null;
        try
        {
            var model = Read(path, options, issues);
            if (model is not null && !issues.Any(i => !i.IsWarning))
            {
                module = new TfModuleEmitter(model, options, context, issues).EmitModule();
                if (module is not null)
                {
                    // A module that fails verification is an importer bug; report it rather than hand it on.
                    foreach (var d in MlirBuild.Ir.Verification.Verifier.Verify(module).Where(d => d.IsError).Take(5))
                    {
                        issues.Add(new ImportIssue(path, null, "internal error (importer bug): emitted module does not verify: " + d));
                    }
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A safety net for importer bugs: report, never crash the caller. Fuzz tests check this never fires.
            issues.Add(new ImportIssue(path, null, $"internal error (importer bug): {e.GetType().Name}: {e.Message}"));
        }

        var diagnostics = issues.Select(ToDiagnostic).ToList();
        return new ImportResult(diagnostics.Any(d => d.IsError) ? null : module, diagnostics);
    }

    /// <summary>Reads any supported form into the neutral model, or null with issues.</summary>
    public static TfModel? Read(string path, ImportOptions options, List<ImportIssue> issues)
    {
        if (Directory.Exists(path))
        {
            return SavedModelReader.Read(path, options.Signature, issues);
        }

        if (path.EndsWith(".pbtxt", StringComparison.OrdinalIgnoreCase))
        {
            return GraphDefReader.ReadText(path, issues);
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return TfjsModelReader.Read(path, issues);
        }

        if (Path.GetFileName(path) == "saved_model.pb" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir && Directory.Exists(Path.Combine(dir, "variables")))
        {
            return SavedModelReader.Read(dir, options.Signature, issues);
        }

        return GraphDefReader.ReadBinary(path, issues);
    }

    private static Diagnostic ToDiagnostic(ImportIssue issue)
    {
        string message = issue.Node is null ? issue.Message : $"node '{issue.Node}': {issue.Message}";
        var location = new FileLineColLoc(issue.File, issue.Line, issue.Column);
        return issue.IsWarning ? Diagnostic.Warning(location, message) : Diagnostic.Error(location, message);
    }
}
