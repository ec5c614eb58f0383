namespace MlirBuild.Importers.Tensorflow.TextFormat;

/// <summary>Kinds of tokens in protobuf text format.</summary>
internal enum TextTokenKind
{
    End,
    Identifier,
    Number,
    String,
    Symbol,
}

/// <summary>One token with its 1-based position. For strings, <see cref="Bytes"/> holds the unescaped bytes.</summary>
internal readonly record struct TextToken(TextTokenKind Kind, string Text, int Line, int Column, byte[]? Bytes = null);
