namespace MlirBuild.Generators.Format;

/// <summary>Splits an assembly format string into tokens. Errors come back as <see cref="FormatTokenKind.Error"/> tokens.</summary>
internal sealed class FormatLexer
{
    private readonly string _text;
    private int _pos;

    public FormatLexer(string text) => _text = text;

    public FormatToken Next()
    {
        SkipWhitespace();
        if (_pos >= _text.Length)
        {
            return new FormatToken(FormatTokenKind.End, string.Empty, _pos);
        }

        var start = _pos;
        var c = _text[_pos++];
        switch (c)
        {
            case '^': return new FormatToken(FormatTokenKind.Caret, "^", start);
            case '(': return new FormatToken(FormatTokenKind.LParen, "(", start);
            case ')': return new FormatToken(FormatTokenKind.RParen, ")", start);
            case '?': return new FormatToken(FormatTokenKind.Question, "?", start);
            case ':': return new FormatToken(FormatTokenKind.Colon, ":", start);
            case ',': return new FormatToken(FormatTokenKind.Comma, ",", start);
            case '|': return new FormatToken(FormatTokenKind.Pipe, "|", start);
            case '<': return new FormatToken(FormatTokenKind.Less, "<", start);
            case '>': return new FormatToken(FormatTokenKind.Greater, ">", start);
            case '`': return LexQuoted('`', FormatTokenKind.Literal, start);
            case '"': return LexQuoted('"', FormatTokenKind.String, start);
            case '$':
                {
                    var nameStart = _pos;
                    while (_pos < _text.Length && IsIdentifierChar(_text[_pos]))
                    {
                        _pos++;
                    }

                    return _pos == nameStart
                        ? new FormatToken(FormatTokenKind.Error, "expected variable name after '$'", start)
                        : new FormatToken(FormatTokenKind.Variable, _text.Substring(nameStart, _pos - nameStart), start);
                }

            default:
                if (IsIdentifierStart(c))
                {
                    // Directive keywords may contain '-' (attr-dict-with-keyword, functional-type).
                    while (_pos < _text.Length && (IsIdentifierChar(_text[_pos]) || _text[_pos] == '-'))
                    {
                        _pos++;
                    }

                    return new FormatToken(FormatTokenKind.Keyword, _text.Substring(start, _pos - start), start);
                }

                return new FormatToken(FormatTokenKind.Error, "unexpected character '" + c + "'", start);
        }
    }

    private FormatToken LexQuoted(char quote, FormatTokenKind kind, int start)
    {
        var contentStart = _pos;
        while (_pos < _text.Length && _text[_pos] != quote)
        {
            _pos++;
        }

        if (_pos >= _text.Length)
        {
            return new FormatToken(FormatTokenKind.Error, "unterminated " + (kind == FormatTokenKind.Literal ? "literal" : "string"), start);
        }

        var content = _text.Substring(contentStart, _pos - contentStart);
        _pos++;
        return new FormatToken(kind, content, start);
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private static bool IsIdentifierStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    internal static bool IsIdentifierChar(char c) => IsIdentifierStart(c) || (c >= '0' && c <= '9');
}
