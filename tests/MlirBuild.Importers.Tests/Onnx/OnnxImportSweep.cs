using System.Text;
using MlirBuild.Importers.Onnx;
using MlirBuild.Ir;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>
/// Imports ONNX test models, prints each module in generic form and has mlir-opt parse them (in batches with
/// --split-input-file; a failing batch is re-run one module at a time to find the culprit).
/// </summary>
internal static class OnnxImportSweep
{
    public sealed record Outcome(string Model, bool Passed, string Reason);

    private const int BatchSize = 80;

    public static List<Outcome> Run(IReadOnlyList<string> models)
    {
        var outcomes = new Outcome?[models.Count];
        var printed = new List<(int Index, string Text)>();
        for (var i = 0; i < models.Count; i++)
        {
            var result = OnnxImporter.Import(models[i]);
            if (!result.Succeeded)
            {
                var first = result.Problems.FirstOrDefault(p => p.IsError);
                outcomes[i] = new Outcome(models[i], false, "import: " + (first is null ? "no module" : first.Where + ": " + first.Message));
                continue;
            }

            printed.Add((i, MlirPrinter.Print(result.Module!, new PrintOptions { Generic = true })));
        }

        foreach (var batch in printed.Chunk(BatchSize))
        {
            if (ParseInMlirOpt(batch.Select(b => b.Text)) is null)
            {
                foreach (var (index, _) in batch)
                {
                    outcomes[index] = new Outcome(models[index], true, "");
                }

                continue;
            }

            foreach (var (index, text) in batch)
            {
                var error = ParseInMlirOpt([text]);
                outcomes[index] = new Outcome(models[index], error is null, error is null ? "" : "mlir-opt: " + error);
            }
        }

        return [.. outcomes.Select(o => o!)];
    }

    /// <summary>Null when mlir-opt parses every module, else its first error line.</summary>
    private static string? ParseInMlirOpt(IEnumerable<string> modules)
    {
        var input = string.Join("\n// -----\n", modules);
        var r = ExternalTool.Run(RepoPaths.MlirOpt, ["--allow-unregistered-dialect", "--split-input-file", "-o", "/dev/null", "-"], stdin: input);
        if (r.ExitCode == 0)
        {
            return null;
        }

        return r.StdErr.Split('\n').FirstOrDefault(l => l.Contains("error:", StringComparison.Ordinal)) ?? r.StdErr.Trim();
    }

    public static IReadOnlyList<string> Models(string kind) =>
        [.. Directory.EnumerateDirectories(Path.Combine(RepoPaths.OnnxTestData, kind))
            .Select(d => Path.Combine(d, "model.onnx"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)];

    public static string Summary(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        var sb = new StringBuilder();
        foreach (var o in list.Where(o => !o.Passed))
        {
            sb.Append("FAIL ").Append(o.Model).Append(": ").AppendLine(o.Reason);
        }

        foreach (var group in list.Where(o => !o.Passed).GroupBy(o => Classify(o.Reason)).OrderByDescending(g => g.Count()))
        {
            sb.Append("reason ").Append(group.Count()).Append("x: ").AppendLine(group.Key);
        }

        sb.Append(list.Count(o => o.Passed)).Append(" passed, ").Append(list.Count(o => !o.Passed)).AppendLine(" failed");
        return sb.ToString();
    }

    /// <summary>The reason without the names that differ between models (for counting failures by kind).</summary>
    private static string Classify(string reason)
    {
        var cut = reason.LastIndexOf(": ", StringComparison.Ordinal);
        return cut > 0 ? reason[(cut + 2)..] : reason;
    }
}
