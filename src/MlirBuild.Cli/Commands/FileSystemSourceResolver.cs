using MlirBuild.TableGen;

namespace MlirBuild.Cli.Commands;

/// <summary>Resolves TableGen <c>include</c>s against the file system (the library itself does no file IO).</summary>
internal sealed class FileSystemSourceResolver : ISourceResolver
{
    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        if (Path.IsPathRooted(includeName))
        {
            return Load(includeName);
        }

        if (includingFile is not null)
        {
            var dir = Path.GetDirectoryName(includingFile);
            var found = Load(Path.Combine(string.IsNullOrEmpty(dir) ? "." : dir, includeName));
            if (found is not null)
            {
                return found;
            }
        }

        foreach (var d in includeDirectories)
        {
            var found = Load(Path.Combine(d, includeName));
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
