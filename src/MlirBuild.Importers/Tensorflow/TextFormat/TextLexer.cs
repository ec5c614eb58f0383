using System.Text;

namespace MlirBuild.Importers.Tensorflow.TextFormat;

/// <summary>
/// Splits protobuf text format into tokens: identifiers, numbers, quoted strings (C escapes, adjacent strings
/// concatenated by the parser), and the symbols <c>{ } &lt; &gt; [ ] : , ;</c>. <c>#</c> starts a comment.
/// </summary>
internal sealed class TextLexer
{
    private readonly string _text;
    private readonly string _file;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public TextLexer(string text, string file)
    {
        _text = text;
        _file = file;
    }

    public TextToken Next()
    {
        SkipSpaceAndComments();
        int line = _line, col = _pos - _lineStart + 1;
        if (_pos >= _text.Length)
        {
            return new TextToken(TextTokenKind.End, "", line, col);
        }

        char c = _text[_pos];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_' || _text[_pos] == '.'))
            {
                _pos++;
            }

            return new TextToken(TextTokenKind.Identifier, _text[start.._pos], line, col);
        }

        if (char.IsAsciiDigit(c) || ((c == '-' || c == '.') && _pos + 1 < _text.Length && (char.IsAsciiDigit(_text[_pos + 1]) || _text[_pos + 1] == '.' || char.IsAsciiLetter(_text[_pos + 1]))))
        {
            int start = _pos;
            _pos++;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '.' ||
                   ((_text[_pos] == '-' || _text[_pos] == '+') && (_text[_pos - 1] == 'e' || _text[_pos - 1] == 'E') && !IsHex(_text, start))))
            {
                _pos++;
            }

            return new TextToken(TextTokenKind.Number, _text[start.._pos], line, col);
        }

        if (c == '"' || c == '\'')
        {
            return new TextToken(TextTokenKind.String, "", line, col, ReadString(c, line, col));
        }

        if ("{}<>[]:,;".Contains(c))
        {
            _pos++;
            return new TextToken(TextTokenKind.Symbol, c.ToString(), line, col);
        }

        throw Error(line, col, $"unexpected character '{c}'");
    }

    private static bool IsHex(string text, int start)
    {
        int i = start + (text[start] == '-' ? 1 : 0);
        return i + 1 < text.Length && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X');
    }

    private void SkipSpaceAndComments()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private byte[] ReadString(char quote, int line, int col)
    {
        var bytes = new List<byte>();
        _pos++;
        Span<byte> utf8 = stackalloc byte[4];
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
            {
                throw Error(line, col, "unterminated string");
            }

            char c = _text[_pos++];
            if (c == quote)
            {
                return bytes.ToArray();
            }

            if (c != '\\')
            {
                if (c < 0x80)
                {
                    bytes.Add((byte)c);
                }
                else
                {
                    int codePointLength = char.IsHighSurrogate(c) && _pos < _text.Length ? 2 : 1;
                    int n = Encoding.UTF8.GetBytes(_text.AsSpan(_pos - 1, codePointLength), utf8);
                    _pos += codePointLength - 1;
                    for (int i = 0; i < n; i++)
                    {
                        bytes.Add(utf8[i]);
                    }
                }

                continue;
            }

            if (_pos >= _text.Length)
            {
                throw Error(line, col, "unterminated string");
            }

            char e = _text[_pos++];
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'v': bytes.Add(11); break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case '?': bytes.Add((byte)'?'); break;
                case 'x' or 'X':
                {
                    int value = 0, digits = 0;
                    while (digits < 2 && _pos < _text.Length && char.IsAsciiHexDigit(_text[_pos]))
                    {
                        value = (value * 16) + Convert.ToInt32(_text[_pos].ToString(), 16);
                        _pos++;
                        digits++;
                    }

                    if (digits == 0)
                    {
                        throw Error(_line, _pos - _lineStart, "\\x needs hex digits");
                    }

                    bytes.Add((byte)value);
                    break;
                }

                case >= '0' and <= '7':
                {
                    int value = e - '0', digits = 1;
                    while (digits < 3 && _pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '7')
                    {
                        value = (value * 8) + (_text[_pos] - '0');
                        _pos++;
                        digits++;
                    }

                    if (value > 255)
                    {
                        throw Error(_line, _pos - _lineStart, "octal escape out of range");
                    }

                    bytes.Add((byte)value);
                    break;
                }

                default:
                    throw Error(_line, _pos - _lineStart, $"unknown escape '\\{e}'");
            }
        }
    }

    public ModelFormatException Error(int line, int col, string message) =>
        new(new ImportIssue(_file, null, message, line, col));
}
