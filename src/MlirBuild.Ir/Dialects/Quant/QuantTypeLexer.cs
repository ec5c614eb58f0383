namespace MlirBuild.Ir.Quant;

internal enum QuantTokenKind
{
    End,
    Identifier,
    Integer,
    Float,
    Punct,
    Alias,
    Error,
}

/// <summary>One token of a quant type body; <see cref="Start"/>/<see cref="End"/> are offsets into the body text.</summary>
internal readonly record struct QuantToken(QuantTokenKind Kind, int Start, int End, char Punct = '\0');

/// <summary>
/// Splits the text of a quant type body (<c>quant.uniform&lt;i8:f32, 0.5:-3&gt;</c>) into MLIR tokens: bare identifiers,
/// integer and float literals (MLIR's grammar: <c>1.</c> and <c>1.5e-3</c> are floats, <c>0x..</c> is an integer) and
/// single-character punctuation.
/// </summary>
internal sealed class QuantTypeLexer
{
    private readonly string text;
    private int pos;

    public QuantTypeLexer(string text, int start)
    {
        this.text = text;
        pos = start;
    }

    public string Text => text;

    public QuantToken Next()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        if (pos >= text.Length)
        {
            return new QuantToken(QuantTokenKind.End, text.Length, text.Length);
        }

        int start = pos;
        char c = text[pos];
        if (char.IsAsciiLetter(c) || c == '_')
        {
            pos++;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '_' or '$' or '.'))
            {
                pos++;
            }

            return new QuantToken(QuantTokenKind.Identifier, start, pos);
        }

        if (char.IsAsciiDigit(c))
        {
            return LexNumber(start);
        }

        if (c == '!')
        {
            pos++;
            while (pos < text.Length && (char.IsAsciiLetterOrDigit(text[pos]) || text[pos] is '_' or '$' or '.' or '-'))
            {
                pos++;
            }

            return new QuantToken(QuantTokenKind.Alias, start, pos);
        }

        pos++;
        return new QuantToken(QuantTokenKind.Punct, start, pos, c);
    }

    private QuantToken LexNumber(int start)
    {
        if (text[pos] == '0' && pos + 2 < text.Length && text[pos + 1] == 'x' && char.IsAsciiHexDigit(text[pos + 2]))
        {
            pos += 2;
            while (pos < text.Length && char.IsAsciiHexDigit(text[pos]))
            {
                pos++;
            }

            return new QuantToken(QuantTokenKind.Integer, start, pos);
        }

        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos >= text.Length || text[pos] != '.')
        {
            return new QuantToken(QuantTokenKind.Integer, start, pos);
        }

        pos++;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            pos++;
        }

        if (pos < text.Length && text[pos] is 'e' or 'E')
        {
            int exp = pos + 1;
            if (exp < text.Length && text[exp] is '+' or '-')
            {
                exp++;
            }

            if (exp < text.Length && char.IsAsciiDigit(text[exp]))
            {
                pos = exp;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    pos++;
                }
            }
        }

        return new QuantToken(QuantTokenKind.Float, start, pos);
    }
}
