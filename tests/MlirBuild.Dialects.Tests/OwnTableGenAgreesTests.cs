using System.Collections.Immutable;
using MlirBuild.TableGen;
using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>
/// MlirBuild's own TableGen evaluator (src/MlirBuild.TableGen, which our C# generator uses) reads every spec
/// exactly as mlir-tblgen does: `--print-records` output is byte-identical.
/// </summary>
public sealed class OwnTableGenAgreesTests
{
    [Theory]
    [MemberData(nameof(TdFiles.OpRootData), MemberType = typeof(TdFiles))]
    public void RecordsMatchMlirTblgen(string file)
    {
        var path = Path.Combine(TdFiles.Root, file);
        var options = new TableGenOptions { IncludeDirectories = [TdFiles.Root] };
        var result = TableGenEvaluator.Evaluate(path, File.ReadAllText(path), new FileResolver(), options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));

        var expected = TdFiles.Tblgen("--print-records", file);
        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(expected.StdOut, RecordPrinter.PrintRecords(result.Records!));
    }

    /// <summary>Includes from the including file's folder, then from the include directories.</summary>
    private sealed class FileResolver : ISourceResolver
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
    }
}
