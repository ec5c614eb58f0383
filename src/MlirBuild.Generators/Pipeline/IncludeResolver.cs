using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using MlirBuild.TableGen;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Pipeline;

/// <summary>
/// Resolves TableGen includes among the .td AdditionalFiles (the generator does no file IO): an include names a
/// file by a path suffix, tried first relative to the including file's directory, then anywhere.
/// </summary>
public sealed class IncludeResolver : ISourceResolver
{
    private static readonly Regex IncludePattern = new Regex("^\\s*include\\s+\"([^\"]+)\"", RegexOptions.Multiline);
    private readonly IReadOnlyList<TdFile> _files;

    public IncludeResolver(IReadOnlyList<TdFile> files) => _files = files;

    public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
    {
        var file = Find(includeName, includingFile);
        return file is null ? null : new ResolvedSource(file.Path, file.Text);
    }

    public TdFile? Find(string includeName, string? includingFile)
    {
        if (includingFile is not null)
        {
            var sibling = TdPaths.Directory(includingFile) + "/" + TdPaths.Normalize(includeName);
            foreach (var f in _files)
            {
                if (TdPaths.Normalize(f.Path) == sibling)
                {
                    return f;
                }
            }
        }

        TdFile? best = null;
        foreach (var f in _files)
        {
            if (TdPaths.EndsWithSegment(f.Path, includeName) && (best is null || string.CompareOrdinal(f.Path, best.Path) < 0))
            {
                best = f;
            }
        }

        return best;
    }

    /// <summary>The files <paramref name="root"/> includes, transitively, in a stable order (found by scanning include lines).</summary>
    public ImmutableEquatableArray<TdFile> Closure(TdFile root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Path };
        var result = new List<TdFile>();
        var work = new Stack<TdFile>();
        work.Push(root);
        while (work.Count > 0)
        {
            var current = work.Pop();
            foreach (Match m in IncludePattern.Matches(current.Text))
            {
                var found = Find(m.Groups[1].Value, current.Path);
                if (found is not null && seen.Add(found.Path))
                {
                    result.Add(found);
                    work.Push(found);
                }
            }
        }

        return result.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableEquatableArray();
    }
}
