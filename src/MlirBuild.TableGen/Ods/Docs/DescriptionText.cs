using System;
using System.Text;

namespace MlirBuild.TableGen.Ods.Docs;

/// <summary>
/// Re-indents description text the way MLIR's doc generators do: leading blank lines are dropped, the smallest
/// indentation of the non-blank lines is removed from every line, and a final line that is blank is not printed.
/// </summary>
public static class DescriptionText
{
    public static string Reindent(string description)
    {
        // Works on line bounds within the text (descriptions are long and this runs for every op); the result is
        // that of splitting the text into lines. Trailing spaces and tabs of the whole text are ignored.
        var end = description.Length;
        while (end > 0 && (description[end - 1] == ' ' || description[end - 1] == '\t'))
        {
            end--;
        }

        // Skip leading lines that are empty or whitespace only.
        var start = 0;
        var found = false;
        while (start < end)
        {
            var lineEnd = LineEnd(description, start, end);
            if (FirstNonBlank(description, start, lineEnd) >= 0)
            {
                found = true;
                break;
            }

            if (lineEnd == end)
            {
                break;
            }

            start = lineEnd + 1;
        }

        if (!found)
        {
            return string.Empty;
        }

        var indent = int.MaxValue;
        for (var s = start; ; )
        {
            var e = LineEnd(description, s, end);
            var first = FirstNonBlank(description, s, e);
            if (first >= 0)
            {
                indent = Math.Min(indent, first - s);
            }

            if (e == end)
            {
                break;
            }

            s = e + 1;
        }

        var sb = new StringBuilder(end - start);
        for (var s = start; ; )
        {
            var e = LineEnd(description, s, end);
            if (e == end)
            {
                // Text after the last newline is printed only when it has content.
                if (!IsWhiteSpace(description, s, e))
                {
                    sb.Append(description, s + indent, e - s - indent);
                }

                break;
            }

            // Whitespace-only lines come out empty.
            if (FirstNonBlank(description, s, e) >= 0)
            {
                sb.Append(description, s + indent, e - s - indent);
            }

            sb.Append('\n');
            s = e + 1;
        }

        return sb.ToString();
    }

    private static int LineEnd(string text, int start, int end)
    {
        var newline = text.IndexOf('\n', start, end - start);
        return newline < 0 ? end : newline;
    }

    /// <summary>The index of the first character in [start, end) that is not a space or tab, or -1.</summary>
    private static int FirstNonBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWhiteSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
