using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests.Conformance;

/// <summary>One module of the conformance corpus: a whole file, or one <c>// -----</c> chunk of a split file.</summary>
public sealed record CorpusModule(string RelativePath, int ChunkIndex, int StartLine, string Text)
{
    public const string SplitMarker = "// -----";

    /// <summary>Folder holding the corpus (hand-written files in hand/, generated ones in gen/).</summary>
    public static string CorpusRoot =>
        Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Ir.Tests", "Conformance", "Corpus");

    /// <summary><c>hand/cf.mlir#3</c>: how failures and known-failures.txt name a module.</summary>
    public string Id => $"{RelativePath}#{ChunkIndex}";

    /// <summary>Every module of the corpus, in a stable order.</summary>
    public static IReadOnlyList<CorpusModule> LoadAll()
    {
        var files = Directory.GetFiles(CorpusRoot, "*.mlir", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var modules = new List<CorpusModule>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(CorpusRoot, file).Replace('\\', '/');
            modules.AddRange(Split(relative, File.ReadAllText(file)));
        }

        return modules;
    }

    /// <summary>Splits like mlir-opt's --split-input-file: at every occurrence of the marker.</summary>
    public static IEnumerable<CorpusModule> Split(string relativePath, string text)
    {
        var start = 0;
        var line = 1;
        var index = 0;
        while (true)
        {
            var at = text.IndexOf(SplitMarker, start, StringComparison.Ordinal);
            var end = at < 0 ? text.Length : at;
            yield return new CorpusModule(relativePath, index++, line, text[start..end]);
            if (at < 0)
            {
                yield break;
            }

            line += CountLines(text, start, at + SplitMarker.Length);
            start = at + SplitMarker.Length;
        }
    }

    private static int CountLines(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                n++;
            }
        }

        return n;
    }
}
