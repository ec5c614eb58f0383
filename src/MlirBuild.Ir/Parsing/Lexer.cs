using System.Text;

namespace MlirBuild.Ir;

/// <summary>
/// Splits UTF-8 MLIR text into tokens without allocating: tokens are byte ranges; identifiers are interned on
/// demand through <see cref="Intern"/>. Errors become <see cref="TokenKind.Error"/> tokens with <see cref="ErrorMessage"/>.
/// </summary>
public sealed class Lexer
{
    private readonly ReadOnlyMemory<byte> source;
    private readonly Dictionary<string, string> internTable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> internLookup;
    private readonly Action<int, int>? release;

    // Line starts are found lazily up to `linesScannedTo`, so big sources are not swept ahead of the parse.
    private readonly List<int> lineStarts = new() { 0 };
    private int linesScannedTo;
    private int nextRelease = int.MaxValue;
    private int releasedTo;
    private int pos;

    public Lexer(ReadOnlyMemory<byte> utf8Source, string fileName)
        : this(utf8Source, fileName, null)
    {
    }

    /// <summary>
    /// <paramref name="release"/>, when given, is told source ranges [start, end) that are no longer needed (they may
    /// still be read again, e.g. for an error message): a memory-mapped source drops those pages.
    /// </summary>
    public Lexer(ReadOnlyMemory<byte> utf8Source, string fileName, Action<int, int>? release)
    {
        source = utf8Source;
        FileName = fileName;
        internLookup = internTable.GetAlternateLookup<ReadOnlySpan<char>>();
        this.release = release;
        if (release is not null)
        {
            nextRelease = ReleaseStep;
        }
    }

    /// <summary>How much source is read between two release notices, and how much is kept behind the position.</summary>
    private const int ReleaseStep = 8 << 20;

    private const int ReleaseMargin = 1 << 20;

    /// <summary>Tells the release hook (if any) that the source before <paramref name="offset"/> minus a margin is done.</summary>
    public void NoteProgress(int offset)
    {
        if (offset >= nextRelease)
        {
            int end = offset - ReleaseMargin;
            if (end > releasedTo)
            {
                release!(releasedTo, end);
                releasedTo = end;
            }

            nextRelease = offset + ReleaseStep;
        }
    }

    /// <summary>Tells the release hook (if any) that [start, end) was read again and is done (e.g. decoded hex).</summary>
    public void Release(int start, int end) => release?.Invoke(start, end);

    public string FileName { get; }

    public ReadOnlySpan<byte> Source => source.Span;

    public ReadOnlyMemory<byte> SourceMemory => source;

    /// <summary>The message of the last <see cref="TokenKind.Error"/> token.</summary>
    public string ErrorMessage { get; private set; } = string.Empty;

    public int Position => pos;

    public void ResetPosition(int offset) => pos = offset;

    public ReadOnlySpan<byte> Text(Token t) => source.Span.Slice(t.Start, t.Length);

    /// <summary>The token's text as an interned string (identifiers repeat a lot).</summary>
    public string Intern(Token t) => Intern(t.Start, t.Length);

    public string Intern(int start, int length)
    {
        var bytes = source.Span.Slice(start, length);
        if (length <= 256)
        {
            Span<char> chars = stackalloc char[length];
            bool ascii = true;
            for (int i = 0; i < length; i++)
            {
                byte b = bytes[i];
                if (b >= 0x80)
                {
                    ascii = false;
                    break;
                }

                chars[i] = (char)b;
            }

            if (ascii)
            {
                if (internLookup.TryGetValue(chars, out var existing))
                {
                    return existing;
                }

                var s = new string(chars);
                internTable[s] = s;
                return s;
            }
        }

        var str = Encoding.UTF8.GetString(bytes);
        if (internTable.TryGetValue(str, out var e2))
        {
            return e2;
        }

        internTable[str] = str;
        return str;
    }

    /// <summary>1-based line and column (in bytes, as MLIR counts) of a source offset.</summary>
    public (int Line, int Column) LineColumn(int offset)
    {
        ScanLinesTo(offset);
        int last = lineStarts.Count - 1;
        if (lineStarts[last] <= offset)
        {
            // The common case: a location at the parse position, on the last line scanned so far.
            return (last + 1, offset - lineStarts[last] + 1);
        }

        int lo = 0, hi = last;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo + 1, offset - lineStarts[lo] + 1);
    }

    /// <summary>The source offset of a 1-based line and column.</summary>
    public int OffsetOf(int line, int column)
    {
        while (lineStarts.Count < line && linesScannedTo < source.Length)
        {
            ScanLinesTo((int)Math.Min(source.Length, linesScannedTo + 65536L));
        }

        if (line < 1 || line > lineStarts.Count)
        {
            return 0;
        }

        return Math.Min(source.Length, lineStarts[line - 1] + Math.Max(0, column - 1));
    }

    /// <summary>Records every line start at or before <paramref name="offset"/> (newlines before it).</summary>
    private void ScanLinesTo(int offset)
    {
        var s = source.Span;
        int end = Math.Min(offset, s.Length);
        while (linesScannedTo < end)
        {
            int i = s[linesScannedTo..end].IndexOf((byte)'\n');
            if (i < 0)
            {
                linesScannedTo = end;
                break;
            }

            linesScannedTo += i + 1;
            lineStarts.Add(linesScannedTo);
        }
    }

    private Token Make(TokenKind kind, int start) => new(kind, start, pos - start);

    private Token Error(int start, string message)
    {
        ErrorMessage = message;
        return new Token(TokenKind.Error, start, Math.Max(0, pos - start));
    }

    private static bool IsLetter(byte c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsDigit(byte c) => c >= '0' && c <= '9';

    private static bool IsHexDigit(byte c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static bool IsIdPunct(byte c) => c == '$' || c == '.' || c == '_' || c == '-';

    public Token Next()
    {
        NoteProgress(pos);
        var s = source.Span;
        while (true)
        {
            if (pos >= s.Length)
            {
                return new Token(TokenKind.Eof, s.Length, 0);
            }

            int start = pos;
            byte c = s[pos++];
            switch (c)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)'\n':
                case (byte)'\r':
                    continue;
                case (byte)'/':
                    if (pos < s.Length && s[pos] == '/')
                    {
                        int nl = s[pos..].IndexOf((byte)'\n');
                        pos = nl < 0 ? s.Length : pos + nl + 1;
                        continue;
                    }

                    return Error(start, "unexpected character");
                case (byte)':':
                    return Make(TokenKind.Colon, start);
                case (byte)',':
                    return Make(TokenKind.Comma, start);
                case (byte)'(':
                    return Make(TokenKind.LParen, start);
                case (byte)')':
                    return Make(TokenKind.RParen, start);
                case (byte)'}':
                    return Make(TokenKind.RBrace, start);
                case (byte)'[':
                    return Make(TokenKind.LSquare, start);
                case (byte)']':
                    return Make(TokenKind.RSquare, start);
                case (byte)'<':
                    return Make(TokenKind.Less, start);
                case (byte)'>':
                    return Make(TokenKind.Greater, start);
                case (byte)'=':
                    return Make(TokenKind.Equal, start);
                case (byte)'+':
                    return Make(TokenKind.Plus, start);
                case (byte)'*':
                    return Make(TokenKind.Star, start);
                case (byte)'?':
                    return Make(TokenKind.Question, start);
                case (byte)'|':
                    return Make(TokenKind.VerticalBar, start);
                case (byte)'{':
                    if (pos + 1 < s.Length && s[pos] == '-' && s[pos + 1] == '#')
                    {
                        pos += 2;
                        return Make(TokenKind.FileMetadataBegin, start);
                    }

                    return Make(TokenKind.LBrace, start);
                case (byte)'-':
                    if (pos < s.Length && s[pos] == '>')
                    {
                        pos++;
                        return Make(TokenKind.Arrow, start);
                    }

                    return Make(TokenKind.Minus, start);
                case (byte)'.':
                    if (pos + 1 < s.Length && s[pos] == '.' && s[pos + 1] == '.')
                    {
                        pos += 2;
                        return Make(TokenKind.Ellipsis, start);
                    }

                    return Error(start, "unexpected character");
                case (byte)'"':
                    return LexString(start);
                case (byte)'@':
                    return LexAtIdentifier(start);
                case (byte)'#':
                    if (pos + 1 < s.Length && s[pos] == '-' && s[pos + 1] == '}')
                    {
                        pos += 2;
                        return Make(TokenKind.FileMetadataEnd, start);
                    }

                    return LexPrefixed(start, TokenKind.HashIdentifier, "invalid attribute name");
                case (byte)'%':
                    return LexPrefixed(start, TokenKind.PercentIdentifier, "invalid SSA name");
                case (byte)'^':
                    return LexPrefixed(start, TokenKind.CaretIdentifier, "invalid block name");
                case (byte)'!':
                    return LexPrefixed(start, TokenKind.ExclamationIdentifier, "invalid type identifier");
                default:
                    if (IsDigit(c))
                    {
                        return LexNumber(start);
                    }

                    if (IsLetter(c) || c == '_')
                    {
                        return LexBareIdentifier(start);
                    }

                    return Error(start, "unexpected character");
            }
        }
    }

    private Token LexBareIdentifier(int start)
    {
        var s = source.Span;
        while (pos < s.Length && (IsLetter(s[pos]) || IsDigit(s[pos]) || s[pos] == '_' || s[pos] == '$' || s[pos] == '.'))
        {
            pos++;
        }

        var text = s[start..pos];

        // iN, siN, uiN are integer types.
        int k = text[0] == 's' || text[0] == 'u' ? 1 : 0;
        if (text.Length > k + 1 && text[k] == 'i' && IsDigit(text[k + 1]) && (k == 0 || text[0] != text[k]))
        {
            bool allDigits = true;
            for (int i = k + 1; i < text.Length; i++)
            {
                if (!IsDigit(text[i]))
                {
                    allDigits = false;
                    break;
                }
            }

            if (allDigits)
            {
                return Make(TokenKind.IntType, start);
            }
        }

        if (text.Length <= 16)
        {
            Span<char> chars = stackalloc char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                chars[i] = (char)text[i];
            }

            if (TokenTable.TryGetKeyword(chars, out var kw))
            {
                return Make(kw, start);
            }
        }

        return Make(TokenKind.BareIdentifier, start);
    }

    private Token LexAtIdentifier(int start)
    {
        var s = source.Span;
        if (pos < s.Length && s[pos] == '"')
        {
            pos++;
            var str = LexString(pos - 1);
            return str.Kind == TokenKind.Error ? str : Make(TokenKind.AtIdentifier, start);
        }

        if (pos >= s.Length || !(IsLetter(s[pos]) || s[pos] == '_'))
        {
            return Error(start, "@ identifier expected to start with letter or '_'");
        }

        while (pos < s.Length && (IsLetter(s[pos]) || IsDigit(s[pos]) || s[pos] == '_' || s[pos] == '$' || s[pos] == '.'))
        {
            pos++;
        }

        return Make(TokenKind.AtIdentifier, start);
    }

    private Token LexPrefixed(int start, TokenKind kind, string error)
    {
        var s = source.Span;
        if (pos < s.Length && IsDigit(s[pos]))
        {
            while (pos < s.Length && IsDigit(s[pos]))
            {
                pos++;
            }
        }
        else if (pos < s.Length && (IsLetter(s[pos]) || IsIdPunct(s[pos])))
        {
            pos++;
            while (pos < s.Length && (IsLetter(s[pos]) || IsDigit(s[pos]) || IsIdPunct(s[pos])))
            {
                pos++;
            }
        }
        else
        {
            return Error(start, error);
        }

        return Make(kind, start);
    }

    private Token LexNumber(int start)
    {
        var s = source.Span;
        if (s[start] == '0' && pos < s.Length && s[pos] == 'x' && pos + 1 < s.Length && IsHexDigit(s[pos + 1]))
        {
            pos++;
            while (pos < s.Length && IsHexDigit(s[pos]))
            {
                pos++;
            }

            return Make(TokenKind.Integer, start);
        }

        while (pos < s.Length && IsDigit(s[pos]))
        {
            pos++;
        }

        if (pos >= s.Length || s[pos] != '.')
        {
            return Make(TokenKind.Integer, start);
        }

        pos++;
        while (pos < s.Length && IsDigit(s[pos]))
        {
            pos++;
        }

        if (pos < s.Length && (s[pos] == 'e' || s[pos] == 'E'))
        {
            int save = pos;
            pos++;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
            {
                pos++;
            }

            if (pos < s.Length && IsDigit(s[pos]))
            {
                while (pos < s.Length && IsDigit(s[pos]))
                {
                    pos++;
                }
            }
            else
            {
                pos = save;
            }
        }

        return Make(TokenKind.Float, start);
    }

    private Token LexString(int start)
    {
        var s = source.Span;
        while (true)
        {
            int i = IndexOfStringSpecial(s);
            if (i < 0)
            {
                pos = s.Length;
                return Error(s.Length, "expected '\"' in string literal");
            }

            pos += i;
            byte c = s[pos];
            if (c == '"')
            {
                pos++;
                if (pos - start > ReleaseMargin)
                {
                    // A huge string (hex constant) has no newline: mark it scanned so locations after it need not
                    // read it again.
                    ScanLinesTo(start);
                    linesScannedTo = Math.Max(linesScannedTo, pos);
                }

                return Make(TokenKind.String, start);
            }

            if (c == '\n')
            {
                return Error(pos, "expected '\"' in string literal");
            }

            // Backslash escape.
            pos++;
            if (pos >= s.Length)
            {
                return Error(s.Length, "expected '\"' in string literal");
            }

            byte e = s[pos];
            if (e == '"' || e == '\\' || e == 'n' || e == 't')
            {
                pos++;
            }
            else if (pos + 1 < s.Length && IsHexDigit(e) && IsHexDigit(s[pos + 1]))
            {
                pos += 2;
            }
            else
            {
                return Error(pos - 1, "unknown escape in string literal");
            }
        }
    }

    /// <summary>
    /// Offset from <see cref="pos"/> of the next quote, backslash or newline. Long strings (hex constants) are
    /// searched in steps so the release hook can drop what was passed.
    /// </summary>
    private int IndexOfStringSpecial(ReadOnlySpan<byte> s)
    {
        const int Step = 4 << 20;
        int from = pos;
        while (true)
        {
            int n = Math.Min(Step, s.Length - from);
            int i = s.Slice(from, n).IndexOfAny((byte)'"', (byte)'\\', (byte)'\n');
            if (i >= 0)
            {
                return from - pos + i;
            }

            from += n;
            if (from >= s.Length)
            {
                return -1;
            }

            NoteProgress(from);
        }
    }

    /// <summary>Decodes a string token's contents (quotes removed, escapes applied) as bytes.</summary>
    public byte[] StringBytes(Token t)
    {
        var s = source.Span.Slice(t.Start, t.Length);
        int q = s.IndexOf((byte)'"');
        var body = s.Slice(q + 1, s.Length - q - 2);
        if (body.IndexOf((byte)'\\') < 0)
        {
            return body.ToArray();
        }

        var result = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            byte c = body[i];
            if (c != '\\')
            {
                result.Add(c);
                continue;
            }

            byte e = body[++i];
            switch (e)
            {
                case (byte)'"': result.Add((byte)'"'); break;
                case (byte)'\\': result.Add((byte)'\\'); break;
                case (byte)'n': result.Add((byte)'\n'); break;
                case (byte)'t': result.Add((byte)'\t'); break;
                default:
                    result.Add((byte)((HexValue(e) << 4) | HexValue(body[++i])));
                    break;
            }
        }

        return result.ToArray();
    }

    public string StringValue(Token t) => Encoding.UTF8.GetString(StringBytes(t));

    internal static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
