using MlirBuild.Importers.Common;
using MlirBuild.Importers.Tensorflow;
using MlirBuild.Ir;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>Shared steps of the import tests: import, print, check with mlir-opt.</summary>
internal static class ImportHelpers
{
    public static string Tfjs(string name) => Path.Combine(RepoPaths.SharedCorpus, "tfjs", name + ".json");

    public static string SavedModel(string name) => Path.Combine(RepoPaths.SharedCorpus, "savedmodel", name, "00000123");

    public static ImportResult Import(string path, ImportOptions? options = null) =>
        new TfModelImporter().Import(path, options ?? new ImportOptions(), new MlirContext(allowUnregisteredDialects: true));

    public static Operation ImportOk(string path, ImportOptions? options = null)
    {
        var r = Import(path, options);
        Assert.True(r.Succeeded, string.Join("\n", r.Diagnostics));
        return r.Module!;
    }

    public static string Generic(Operation module) => MlirPrinter.Print(module, new PrintOptions { Generic = true });

    /// <summary>Runs mlir-opt on the text (verifying it) and returns its generic re-print.</summary>
    public static string MlirOptRoundTrip(string text)
    {
        var r = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", "--mlir-print-op-generic", "--mlir-print-debuginfo", "-"], text);
        Assert.True(r.ExitCode == 0, "mlir-opt rejected the module:\n" + r.StdErr[..Math.Min(r.StdErr.Length, 4000)]);
        return r.StdOut;
    }
}
