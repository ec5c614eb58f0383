using MlirBuild.TableGen;

namespace MlirBuild.Generators.Tests;

/// <summary>Resolves includes on disk: the including file's directory first, then the include directories.</summary>
internal sealed class FileSystemResolver : ISourceResolver
{
    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        var candidates = new List<string>();
        if (includingFile is not null)
        {
            candidates.Add(Path.Combine(Path.GetDirectoryName(includingFile) ?? ".", includeName));
        }

        candidates.AddRange(includeDirectories.Select(d => Path.Combine(d, includeName)));
        var found = candidates.FirstOrDefault(File.Exists);
        return found is null ? null : new ResolvedSource(found, File.ReadAllText(found));
    }

    /// <summary>Evaluates an upstream MLIR .td file (with -I /usr/lib/llvm-22/include) into records.</summary>
    public static RecordKeeper EvaluateUpstream(string relativePath)
    {
        var path = Path.Combine(MlirBuild.Tests.Common.RepoPaths.LlvmInclude, relativePath);
        var options = new TableGenOptions { IncludeDirectories = [MlirBuild.Tests.Common.RepoPaths.LlvmInclude] };
        var result = TableGenEvaluator.Evaluate(path, File.ReadAllText(path), new FileSystemResolver(), options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Records!;
    }
}
