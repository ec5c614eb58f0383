namespace MlirBuild.Generators.Format;

/// <summary>Token kinds of the declarative assembly format language.</summary>
internal enum FormatTokenKind
{
    End,
    Error,
    Literal,
    Variable,
    Keyword,
    String,
    Caret,
    LParen,
    RParen,
    Question,
    Colon,
    Comma,
    Pipe,
    Less,
    Greater,
}

/// <summary>One token: its kind, its text (literal contents without backquotes, variable names without `$`) and its offset.</summary>
internal readonly struct FormatToken
{
    public FormatToken(FormatTokenKind kind, string text, int offset)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
    }

    public FormatTokenKind Kind { get; }

    public string Text { get; }

    public int Offset { get; }
}
