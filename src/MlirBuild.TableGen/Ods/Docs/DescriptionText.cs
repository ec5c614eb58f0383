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
        var text = description.TrimEnd(' ', '\t');

        // Skip leading lines that are empty or whitespace only.
        var start = 0;
        var found = false;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            if (line.Trim(' ', '\t').Length != 0)
            {
                found = true;
                break;
            }

            if (end < 0)
            {
                start = text.Length;
                break;
            }

            start = end + 1;
        }

        if (!found)
        {
            return string.Empty;
        }

        var body = text.Substring(start);
        var lines = body.Split('\n');
        var indent = int.MaxValue;
        foreach (var line in lines)
        {
            var first = FirstNonBlank(line);
            if (first >= 0)
            {
                indent = Math.Min(indent, first);
            }
        }

        var sb = new StringBuilder(body.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var isLast = i == lines.Length - 1;
            if (isLast)
            {
                // Text after the last newline is printed only when it has content.
                if (line.Trim().Length != 0)
                {
                    sb.Append(Drop(line, indent));
                }

                break;
            }

            // Whitespace-only lines come out empty.
            sb.Append(FirstNonBlank(line) < 0 ? string.Empty : Drop(line, indent)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Drop(string line, int count) => count >= line.Length ? string.Empty : line.Substring(count);

    private static int FirstNonBlank(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != ' ' && line[i] != '\t')
            {
                return i;
            }
        }

        return -1;
    }
}
