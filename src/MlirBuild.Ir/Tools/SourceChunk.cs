namespace MlirBuild.Ir.Tools;

/// <summary>
/// One chunk of a source split like mlir-opt's <c>--split-input-file</c>: the text between occurrences of the
/// marker <c>// -----</c>, with the 1-based line and column where it starts so diagnostics and locations keep
/// pointing into the whole file.
/// </summary>
public sealed record SourceChunk(string Text, int StartLine, int StartColumn)
{
    public const string SplitMarker = "// -----";

    /// <summary>Splits at every occurrence of the marker, as mlir-opt does (even mid-line).</summary>
    public static IReadOnlyList<SourceChunk> Split(string source)
    {
        var chunks = new List<SourceChunk>();
        int start = 0, line = 1, column = 1;
        while (true)
        {
            var at = source.IndexOf(SplitMarker, start, StringComparison.Ordinal);
            var end = at < 0 ? source.Length : at;
            chunks.Add(new SourceChunk(source[start..end], line, column));
            if (at < 0)
            {
                return chunks;
            }

            Advance(source, start, at + SplitMarker.Length, ref line, ref column);
            start = at + SplitMarker.Length;
        }
    }

    /// <summary>
    /// The chunk text preceded by blank lines and spaces so that a parser counting from 1:1 reports the positions
    /// the chunk has in the whole file (costs one character per skipped line).
    /// </summary>
    public string PaddedText() =>
        StartLine == 1 && StartColumn == 1 ? Text : new string('\n', StartLine - 1) + new string(' ', StartColumn - 1) + Text;

    private static void Advance(string s, int from, int to, ref int line, ref int column)
    {
        for (var i = from; i < to; i++)
        {
            if (s[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
    }
}
