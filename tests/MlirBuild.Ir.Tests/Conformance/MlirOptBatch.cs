using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests.Conformance;

/// <summary>
/// Runs mlir-opt once over many modules (joined with <c>// -----</c>, processed with --split-input-file) and splits
/// its output back per module, so the conformance test pays for one process start instead of hundreds.
/// </summary>
public static class MlirOptBatch
{
    /// <summary>The per-module outputs (null where mlir-opt rejected the module) and mlir-opt's stderr.</summary>
    public sealed record Result(IReadOnlyList<string?> Outputs, string StdErr);

    public static Result Run(IReadOnlyList<string> modules, params string[] flags)
    {
        foreach (var m in modules)
        {
            if (m.Contains(CorpusModule.SplitMarker, StringComparison.Ordinal))
            {
                throw new ArgumentException("a module text contains the split marker itself", nameof(modules));
            }
        }

        var input = Path.Combine(Path.GetTempPath(), $"mlirbuild-conformance-{Guid.NewGuid():N}.mlir");
        try
        {
            File.WriteAllText(input, string.Join("\n" + CorpusModule.SplitMarker + "\n", modules));
            var args = new List<string> { "--allow-unregistered-dialect", "--split-input-file" };
            args.AddRange(flags);
            args.Add(input);
            var result = ExternalTool.Run(RepoPaths.MlirOpt, args);
            var pieces = SplitOutput(result.StdOut);
            if (pieces.Count != modules.Count)
            {
                throw new InvalidOperationException(
                    $"mlir-opt printed {pieces.Count} chunks for {modules.Count} modules; stderr:\n{result.StdErr}");
            }

            return new Result(pieces, result.StdErr);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>
    /// mlir-opt separates chunk outputs with a <c>// -----</c> line; each piece is exactly what a run on that chunk
    /// alone prints (the module and a final empty line); an empty piece means mlir-opt reported an error.
    /// </summary>
    public static IReadOnlyList<string?> SplitOutput(string stdout) =>
        stdout.Split(CorpusModule.SplitMarker + "\n").Select(p => p.Length == 0 ? null : p).ToList();
}
