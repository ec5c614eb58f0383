using MlirBuild.TableGen.Ods.Docs;

namespace MlirBuild.Generators.Emit;

/// <summary>XML doc comments from ODS summaries and descriptions.</summary>
internal static class XmlDoc
{
    public static void Write(SourceWriter writer, string summary, string description, string? origin = null)
    {
        var text = summary.Trim();
        writer.Line("/// <summary>" + Escape(text.Length == 0 ? "(no summary)" : text) + "</summary>");
        var body = DescriptionText.Reindent(description).TrimEnd();
        if (body.Length == 0 && origin is null)
        {
            return;
        }

        writer.Line("/// <remarks>");
        if (origin is not null)
        {
            writer.Line("/// <para>" + Escape(origin) + "</para>");
        }

        if (body.Length != 0)
        {
            writer.Line("/// <code>");
            for (var start = 0; ; )
            {
                var end = body.IndexOf('\n', start);
                WriteCodeLine(writer, body, start, end < 0 ? body.Length : end);
                if (end < 0)
                {
                    break;
                }

                start = end + 1;
            }

            writer.Line("/// </code>");
        }

        writer.Line("/// </remarks>");
    }

    /// <summary>
    /// Writes <c>("/// " + Escape(line)).TrimEnd()</c> for the line text[start..end) straight into the writer
    /// (descriptions are most of the generated text): trailing white space dropped, '\r' dropped, &amp;, &lt;, &gt; escaped.
    /// </summary>
    private static void WriteCodeLine(SourceWriter writer, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var sb = writer.BeginLine().Append("///");
        if (end > start)
        {
            sb.Append(' ');
            var run = start;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                var escaped = c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '\r' => string.Empty, _ => null };
                if (escaped is not null)
                {
                    sb.Append(text, run, i - run).Append(escaped);
                    run = i + 1;
                }
            }

            sb.Append(text, run, end - run);
        }

        writer.EndLine();
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", " ");
}
