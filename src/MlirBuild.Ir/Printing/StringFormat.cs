namespace MlirBuild.Ir;

/// <summary>MLIR's string escaping and identifier quoting rules.</summary>
public static class StringFormat
{
    private const string Hex = "0123456789ABCDEF";

    /// <summary>Writes <c>"..."</c>: printable ASCII except <c>"</c> and <c>\</c> verbatim, <c>\\</c>, else <c>\XX</c>.</summary>
    public static void WriteQuoted(AsmWriter w, ReadOnlySpan<byte> bytes)
    {
        var o = w.Output;
        o.Write('"');
        foreach (byte b in bytes)
        {
            if (b == '\\')
            {
                o.Write("\\\\");
            }
            else if (b >= 0x20 && b <= 0x7E && b != '"')
            {
                o.Write((char)b);
            }
            else
            {
                o.Write('\\');
                o.Write(Hex[b >> 4]);
                o.Write(Hex[b & 15]);
            }
        }

        o.Write('"');
    }

    public static void WriteQuoted(AsmWriter w, string s)
    {
        foreach (char c in s)
        {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
            {
                WriteQuoted(w, System.Text.Encoding.UTF8.GetBytes(s));
                return;
            }
        }

        // Printable ASCII without quotes or backslashes needs no escaping.
        w.Output.Write('"');
        w.Output.Write(s);
        w.Output.Write('"');
    }

    /// <summary>True for <c>[a-zA-Z_][a-zA-Z0-9_$.]*</c>.</summary>
    public static bool IsBareIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_'))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A dictionary key: bare when it is an identifier, else quoted.</summary>
    public static void WriteKeywordOrString(AsmWriter w, string s)
    {
        if (IsBareIdentifier(s))
        {
            w.Write(s);
        }
        else
        {
            WriteQuoted(w, s);
        }
    }

    /// <summary><c>@name</c> or <c>@"quoted name"</c>.</summary>
    public static void WriteSymbolName(AsmWriter w, string s)
    {
        w.Write('@');
        WriteKeywordOrString(w, s);
    }
}
