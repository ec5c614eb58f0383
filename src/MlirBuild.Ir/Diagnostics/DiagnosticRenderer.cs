namespace MlirBuild.Ir;

/// <summary>Renders diagnostics as mlir-opt does on stderr: the message line, the source line, and a caret.</summary>
public static class DiagnosticRenderer
{
    /// <summary>
    /// Formats <paramref name="diagnostic"/> (and its notes) with source excerpts taken from <paramref name="utf8Source"/>
    /// when the location is a file:line:col in <paramref name="fileName"/>.
    /// </summary>
    public static string Render(Diagnostic diagnostic, ReadOnlySpan<byte> utf8Source, string fileName)
    {
        var sb = new System.Text.StringBuilder();
        AppendOne(sb, diagnostic, utf8Source, fileName);
        foreach (var note in diagnostic.Notes)
        {
            AppendOne(sb, note, utf8Source, fileName);
        }

        return sb.ToString();
    }

    private static void AppendOne(System.Text.StringBuilder sb, Diagnostic d, ReadOnlySpan<byte> source, string fileName)
    {
        sb.Append(d.Headline).Append('\n');
        if (d.Location is not FileLineColLoc { Line: > 0 } loc || loc.File != fileName)
        {
            return;
        }

        int line = 1, start = 0;
        while (line < loc.Line)
        {
            int nl = source[start..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                return;
            }

            start += nl + 1;
            line++;
        }

        int end = source[start..].IndexOf((byte)'\n');
        var text = end < 0 ? source[start..] : source.Slice(start, end);
        sb.Append(System.Text.Encoding.UTF8.GetString(text)).Append('\n');
        sb.Append(' ', Math.Max(0, loc.Column - 1)).Append("^\n");
    }
}
