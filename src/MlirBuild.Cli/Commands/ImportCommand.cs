using System.CommandLine;
using MlirBuild.Importers.Common;
using MlirBuild.Ir;

namespace MlirBuild.Cli.Commands;

/// <summary>
/// <c>mlirbuild import MODEL [--generic] [--debug-info] [--input-shape NAME=DIMS]... [--signature KEY] [-o OUT]</c>: imports a
/// TensorFlow (.pb, .pbtxt, TF.js model.json, SavedModel directory) or ONNX model and prints the module.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var model = new Argument<string>("MODEL") { Description = "A .pb, .pbtxt, TF.js model.json, SavedModel directory or .onnx file." };
        var generic = new Option<bool>("--generic") { Description = "Print operations in generic form." };
        var debugInfo = new Option<bool>("--debug-info") { Description = "Print locations (each op's source node name)." };
        var inputShapes = new Option<string[]>("--input-shape")
        {
            Description = "Override an input's shape, e.g. input=1x224x224x3 (? or -1 keeps a dimension dynamic). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var signature = new Option<string?>("--signature") { Description = "SavedModel: import only this signature." };
        var inputs = new Option<string?>("--inputs") { Description = "Frozen graphs: comma-separated input tensors (default: placeholders)." };
        var outputs = new Option<string?>("--outputs") { Description = "Frozen graphs: comma-separated output tensors (default: unconsumed tensors)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the module here instead of standard output." };
        var command = new Command("import", "Import a model into MLIR (tf or onnx dialect).");
        command.Arguments.Add(model);
        command.Options.Add(generic);
        command.Options.Add(debugInfo);
        command.Options.Add(inputShapes);
        command.Options.Add(signature);
        command.Options.Add(inputs);
        command.Options.Add(outputs);
        command.Options.Add(output);
        command.SetAction(parse => Run(
            parse.GetValue(model)!,
            parse.GetValue(generic),
            parse.GetValue(inputShapes) ?? [],
            parse.GetValue(signature),
            parse.GetValue(inputs),
            parse.GetValue(outputs),
            parse.GetValue(output),
            Console.Out,
            Console.Error,
            parse.GetValue(debugInfo)));
        return command;
    }

    /// <summary>Runs the command; 0 on success, 1 when the import reported errors, 2 for bad arguments.</summary>
    internal static int Run(string model, bool generic, IReadOnlyList<string> inputShapes, string? signature, string? inputs, string? outputs,
        string? outputPath, TextWriter stdout, TextWriter stderr, bool debugInfo = false)
    {
        var shapes = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var spec in inputShapes)
        {
            int eq = spec.LastIndexOf('=');
            var dims = eq > 0 ? ImportOptions.ParseShape(spec[(eq + 1)..]) : null;
            if (dims is null)
            {
                stderr.WriteLine($"mlirbuild import: error: --input-shape '{spec}' is not NAME=DIMS (e.g. input=1x224x224x3)");
                return 2;
            }

            shapes[spec[..eq]] = dims;
        }

        var options = new ImportOptions
        {
            InputShapes = shapes,
            Signature = signature,
            Inputs = inputs?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Outputs = outputs?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        var result = ModelImporter.Import(model, options, new MlirContext(allowUnregisteredDialects: true));
        foreach (var d in result.Diagnostics)
        {
            stderr.WriteLine(d.ToString());
        }

        if (!result.Succeeded)
        {
            return 1;
        }

        var printOptions = new PrintOptions { Generic = generic, PrintDebugInfo = debugInfo };
        if (outputPath is null)
        {
            MlirPrinter.Print(result.Module!, stdout, printOptions);
            return 0;
        }

        // Never leave a partial artifact: write beside the target, then move into place.
        string full = Path.GetFullPath(outputPath);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
            {
                MlirPrinter.Print(result.Module!, writer, printOptions);
            }

            File.Move(temp, full, overwrite: true);
            return 0;
        }
        catch (IOException e)
        {
            File.Delete(temp);
            stderr.WriteLine($"mlirbuild import: error: cannot write {outputPath}: {e.Message}");
            return 1;
        }
    }
}
