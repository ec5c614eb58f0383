using System.Text;

namespace MlirBuild.Ir;

/// <summary>What <see cref="DialectAsmParser"/> needs from the parser: a parser over a dialect symbol's text.</summary>
internal sealed partial class Parser
{
    // Stands in for the op a custom parser normally belongs to (only region parsing consults it).
    private static readonly OpDefinition DialectBodyOwner = new("builtin.dialect_symbol_body");

    /// <summary>A parser over <paramref name="text"/> (the body of <c>#dialect.name&lt;...&gt;</c>) and its op-style facade.</summary>
    internal static (Parser Parser, OpAsmParser Facade) ForDialectBody(string text, MlirContext context)
    {
        var parser = new Parser(Encoding.UTF8.GetBytes(text), "<dialect symbol>", context, new ParserOptions());
        return (parser, new CustomOpParser(parser, DialectBodyOwner));
    }

    internal bool AtEndOfInput => tok.Kind == TokenKind.Eof;

    internal bool IsIntegerNext => tok.Kind == TokenKind.Integer;

    internal bool IsNumberNext => tok.Kind is TokenKind.Integer or TokenKind.Float
        || (tok.Kind == TokenKind.Minus && PeekKind() is TokenKind.Integer or TokenKind.Float);

    internal string? FirstErrorMessage => Diagnostics.Count > 0 ? Diagnostics[0].Message : null;

    /// <summary>The text from the current token to the end (what a dialect hook has left to read).</summary>
    internal string RemainingText => Encoding.UTF8.GetString(lex.Source[Math.Min(tok.Start, lex.Source.Length)..]);

    /// <summary>A signed 64-bit integer literal (<c>-3</c>, <c>0x10</c>); null with an error when malformed or out of range.</summary>
    internal long? ParseSignedInteger()
    {
        var start = tok;
        bool negative = ConsumeIf(TokenKind.Minus);
        if (tok.Kind != TokenKind.Integer)
        {
            EmitError(tok, "expected integer value");
            return null;
        }

        var numTok = tok;
        var value = IntegerFromToken(numTok, negative, IntegerType.I64);
        if (value is null)
        {
            return null;
        }

        if (value.Value < long.MinValue || value.Value > long.MaxValue)
        {
            EmitError(start, "integer value too large");
            return null;
        }

        Consume();
        return (long)value.Value;
    }

    /// <summary>A float literal (an integer literal is accepted too) read as f64.</summary>
    internal double? ParseFloat64()
    {
        bool negative = ConsumeIf(TokenKind.Minus);
        if (tok.Kind is not (TokenKind.Float or TokenKind.Integer))
        {
            EmitError(tok, "expected floating point literal");
            return null;
        }

        var numTok = tok;
        var bits = FloatBitsFromLiteral(numTok, negative, FloatType.F64);
        if (bits is null)
        {
            return null;
        }

        Consume();
        return FloatFormat.ToDouble(FloatType.F64.Semantics, bits.Value);
    }
}
