using MlirBuild.TableGen;

namespace MlirBuild.Cli.Commands;

/// <summary>
/// Resolves TableGen <c>include</c>s against the file system as llvm-tblgen does: the name as given (relative to
/// the working directory), then each <c>-I</c> directory in order. (The library itself does no file IO.)
/// </summary>
internal sealed class FileSystemSourceResolver : ISourceResolver
{
    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        var found = Load(includeName);
        if (found is not null || Path.IsPathRooted(includeName))
        {
            return found;
        }

        foreach (var d in includeDirectories)
        {
            found = Load(Path.Combine(d, includeName));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static ResolvedSource? Load(string path) =>
        File.Exists(path) ? new ResolvedSource(path, File.ReadAllText(path)) : null;
}
