namespace MlirBuild.Ir;

/// <summary>A token: kind and byte range in the UTF-8 source (no text copied).</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool Is(TokenKind k) => Kind == k;

    /// <summary>Keywords and bare identifiers (both spell words).</summary>
    public bool IsWordLike => Kind == TokenKind.BareIdentifier || Kind == TokenKind.IntType || TokenTable.IsKeyword(Kind);
}
