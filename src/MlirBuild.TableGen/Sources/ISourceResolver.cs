using System.Collections.Generic;

namespace MlirBuild.TableGen
{
    /// <summary>A source file found by a resolver: the name used in diagnostics and its text.</summary>
    public sealed record ResolvedSource(string Name, string Text);

    /// <summary>
    /// Maps <c>include "x.td"</c> to text. The front end does no file IO itself: the CLI passes a file-system
    /// resolver, the Roslyn generator one over AdditionalFiles.
    /// </summary>
    public interface ISourceResolver
    {
        /// <summary>
        /// Finds <paramref name="includeName"/>: first relative to the including file's directory, then in each of
        /// <paramref name="includeDirectories"/> in order. Returns null when nothing matches.
        /// </summary>
        ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories);
    }

    /// <summary>A resolver over an in-memory map of normalized paths to text (tests, the source generator).</summary>
    public sealed class InMemorySourceResolver : ISourceResolver
    {
        private readonly Dictionary<string, string> files = new Dictionary<string, string>(System.StringComparer.Ordinal);

        public InMemorySourceResolver(IEnumerable<KeyValuePair<string, string>> pathToText)
        {
            foreach (var kv in pathToText)
            {
                files[Normalize(kv.Key)] = kv.Value;
            }
        }

        public ResolvedSource? Resolve(string includeName, string? includingFile, IReadOnlyList<string> includeDirectories)
        {
            var candidates = new List<string>();
            if (includingFile is not null)
            {
                candidates.Add(Combine(DirectoryOf(includingFile), includeName));
            }

            foreach (var dir in includeDirectories)
            {
                candidates.Add(Combine(dir, includeName));
            }

            candidates.Add(includeName);
            foreach (var c in candidates)
            {
                var key = Normalize(c);
                if (files.TryGetValue(key, out var text))
                {
                    return new ResolvedSource(key, text);
                }
            }

            return null;
        }

        internal static string DirectoryOf(string path)
        {
            var p = path.Replace('\\', '/');
            int slash = p.LastIndexOf('/');
            return slash < 0 ? string.Empty : p.Substring(0, slash);
        }

        internal static string Combine(string dir, string name)
        {
            if (dir.Length == 0 || name.StartsWith("/", System.StringComparison.Ordinal))
            {
                return name;
            }

            return dir.TrimEnd('/', '\\') + "/" + name;
        }

        /// <summary>Collapses <c>.</c>, <c>..</c> and duplicate separators, using forward slashes.</summary>
        public static string Normalize(string path)
        {
            var p = path.Replace('\\', '/');
            bool rooted = p.StartsWith("/", System.StringComparison.Ordinal);
            var parts = new List<string>();
            foreach (var part in p.Split('/'))
            {
                if (part.Length == 0 || part == ".")
                {
                    continue;
                }

                if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                    continue;
                }

                parts.Add(part);
            }

            var joined = string.Join("/", parts);
            return rooted ? "/" + joined : joined;
        }
    }
}
