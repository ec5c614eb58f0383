namespace MlirBuild.Ir;

/// <summary>Token kinds of the MLIR textual format. Punctuation and keyword spellings live in <see cref="TokenTable"/>.</summary>
public enum TokenKind : byte
{
    Eof,
    Error,

    // Identifiers and literals.
    BareIdentifier,
    AtIdentifier,
    HashIdentifier,
    PercentIdentifier,
    CaretIdentifier,
    ExclamationIdentifier,
    Integer,
    Float,
    String,
    IntType,

    // Punctuation.
    Arrow,
    Colon,
    Comma,
    Ellipsis,
    Equal,
    Greater,
    LBrace,
    LParen,
    LSquare,
    Less,
    Minus,
    Plus,
    Question,
    RBrace,
    RParen,
    RSquare,
    Star,
    VerticalBar,
    FileMetadataBegin,
    FileMetadataEnd,

    // Keywords.
    KwAffineMap,
    KwAffineSet,
    KwArray,
    KwAttributes,
    KwBf16,
    KwCeildiv,
    KwComplex,
    KwDense,
    KwDenseResource,
    KwDistinct,
    KwF16,
    KwF32,
    KwF64,
    KwF80,
    KwF128,
    KwTf32,
    KwFalse,
    KwFloordiv,
    KwIndex,
    KwLoc,
    KwMemref,
    KwMod,
    KwNone,
    KwOffset,
    KwSparse,
    KwStrided,
    KwTensor,
    KwTo,
    KwTrue,
    KwTuple,
    KwUnit,
    KwUnknown,
    KwVector,
    KwCallsite,
    KwAt,
    KwFused,
    KwF8E5M2,
    KwF8E4M3,
    KwF8E4M3FN,
    KwF8E5M2FNUZ,
    KwF8E4M3FNUZ,
    KwF8E4M3B11FNUZ,
    KwF8E3M4,
    KwF8E8M0FNU,
    KwF6E2M3FN,
    KwF6E3M2FN,
    KwF4E2M1FN,
}

/// <summary>The one table of punctuation and keyword spellings; the lexer and the parser's messages both use it.</summary>
public static class TokenTable
{
    public static readonly (TokenKind Kind, string Spelling)[] Punctuation =
    {
        (TokenKind.Arrow, "->"), (TokenKind.Colon, ":"), (TokenKind.Comma, ","), (TokenKind.Ellipsis, "..."),
        (TokenKind.Equal, "="), (TokenKind.Greater, ">"), (TokenKind.LBrace, "{"), (TokenKind.LParen, "("),
        (TokenKind.LSquare, "["), (TokenKind.Less, "<"), (TokenKind.Minus, "-"), (TokenKind.Plus, "+"),
        (TokenKind.Question, "?"), (TokenKind.RBrace, "}"), (TokenKind.RParen, ")"), (TokenKind.RSquare, "]"),
        (TokenKind.Star, "*"), (TokenKind.VerticalBar, "|"), (TokenKind.FileMetadataBegin, "{-#"),
        (TokenKind.FileMetadataEnd, "#-}"),
    };

    public static readonly (TokenKind Kind, string Spelling)[] Keywords =
    {
        (TokenKind.KwAffineMap, "affine_map"), (TokenKind.KwAffineSet, "affine_set"), (TokenKind.KwArray, "array"),
        (TokenKind.KwAttributes, "attributes"), (TokenKind.KwBf16, "bf16"), (TokenKind.KwCeildiv, "ceildiv"),
        (TokenKind.KwComplex, "complex"), (TokenKind.KwDense, "dense"), (TokenKind.KwDenseResource, "dense_resource"),
        (TokenKind.KwDistinct, "distinct"), (TokenKind.KwF16, "f16"), (TokenKind.KwF32, "f32"), (TokenKind.KwF64, "f64"),
        (TokenKind.KwF80, "f80"), (TokenKind.KwF128, "f128"), (TokenKind.KwTf32, "tf32"), (TokenKind.KwFalse, "false"),
        (TokenKind.KwFloordiv, "floordiv"), (TokenKind.KwIndex, "index"), (TokenKind.KwLoc, "loc"),
        (TokenKind.KwMemref, "memref"), (TokenKind.KwMod, "mod"), (TokenKind.KwNone, "none"), (TokenKind.KwOffset, "offset"),
        (TokenKind.KwSparse, "sparse"), (TokenKind.KwStrided, "strided"), (TokenKind.KwTensor, "tensor"), (TokenKind.KwTo, "to"),
        (TokenKind.KwTrue, "true"), (TokenKind.KwTuple, "tuple"), (TokenKind.KwUnit, "unit"), (TokenKind.KwUnknown, "unknown"),
        (TokenKind.KwVector, "vector"), (TokenKind.KwCallsite, "callsite"), (TokenKind.KwAt, "at"), (TokenKind.KwFused, "fused"),
        (TokenKind.KwF8E5M2, "f8E5M2"), (TokenKind.KwF8E4M3, "f8E4M3"), (TokenKind.KwF8E4M3FN, "f8E4M3FN"),
        (TokenKind.KwF8E5M2FNUZ, "f8E5M2FNUZ"), (TokenKind.KwF8E4M3FNUZ, "f8E4M3FNUZ"), (TokenKind.KwF8E4M3B11FNUZ, "f8E4M3B11FNUZ"),
        (TokenKind.KwF8E3M4, "f8E3M4"), (TokenKind.KwF8E8M0FNU, "f8E8M0FNU"), (TokenKind.KwF6E2M3FN, "f6E2M3FN"),
        (TokenKind.KwF6E3M2FN, "f6E3M2FN"), (TokenKind.KwF4E2M1FN, "f4E2M1FN"),
    };

    private static readonly Dictionary<string, TokenKind> KeywordMap = Keywords.ToDictionary(k => k.Spelling, k => k.Kind, StringComparer.Ordinal);
    private static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup = KeywordMap.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string?[] Spellings = BuildSpellings();

    private static string?[] BuildSpellings()
    {
        var a = new string?[256];
        foreach (var (k, s) in Punctuation)
        {
            a[(int)k] = s;
        }

        foreach (var (k, s) in Keywords)
        {
            a[(int)k] = s;
        }

        return a;
    }

    public static bool TryGetKeyword(ReadOnlySpan<char> word, out TokenKind kind) => KeywordLookup.TryGetValue(word, out kind);

    /// <summary>The fixed spelling of a punctuation or keyword kind (null for identifiers and literals).</summary>
    public static string? Spelling(TokenKind kind) => Spellings[(int)kind];

    public static bool IsKeyword(TokenKind kind) => kind >= TokenKind.KwAffineMap;
}
