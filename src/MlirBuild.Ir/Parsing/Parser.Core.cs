namespace MlirBuild.Ir;

/// <summary>Recursive-descent parser for MLIR text: shared state, token handling and error reporting.</summary>
internal sealed partial class Parser
{
    private readonly Lexer lex;
    private readonly MlirContext ctx;
    private readonly ParserOptions options;
    private readonly Dictionary<string, MlirAttribute> attributeAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MlirType> typeAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceBlob> resources = new(StringComparer.Ordinal);
    private readonly Dictionary<MlirType, MlirType> typeCache = new();
    private readonly Dictionary<MlirAttribute, MlirAttribute> attributeCache = new();
    private Token tok;
    private int depth;

    public Parser(ReadOnlyMemory<byte> utf8, string fileName, MlirContext context, ParserOptions options, Action<int, int>? releaseSource = null)
    {
        lex = new Lexer(utf8, fileName, releaseSource);
        ctx = context;
        this.options = options;
        Consume();
    }

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Location of the current token (for reporting unexpected failures).</summary>
    public LocationAttr CurrentLocation => Loc(tok);

    private bool Failed => Diagnostics.HasErrors;

    private void Consume()
    {
        tok = lex.Next();
        if (tok.Kind == TokenKind.Error)
        {
            EmitError(tok, lex.ErrorMessage);
        }
    }

    private bool ConsumeIf(TokenKind kind)
    {
        if (tok.Kind != kind)
        {
            return false;
        }

        Consume();
        return true;
    }

    private bool Expect(TokenKind kind, string message)
    {
        if (tok.Kind == kind)
        {
            Consume();
            return true;
        }

        EmitError(tok, message);
        return false;
    }

    private bool Expect(TokenKind kind) => Expect(kind, $"expected '{TokenTable.Spelling(kind)}'");

    /// <summary>Peeks the kind of the token after the current one without consuming.</summary>
    private TokenKind PeekKind()
    {
        int save = lex.Position;
        var next = lex.Next();
        lex.ResetPosition(save);
        return next.Kind;
    }

    private FileLineColLoc Loc(Token t) => Loc(t.Start);

    private FileLineColLoc Loc(int offset)
    {
        var (line, col) = lex.LineColumn(offset);
        return new FileLineColLoc(lex.FileName, line, col);
    }

    /// <summary>
    /// Records an error; only the first error is kept (parsing stops there, as in mlir-opt). "expected ..." errors at
    /// the current token are reported where mlir-opt reports them: just after the previous non-blank text.
    /// </summary>
    private Diagnostic EmitError(Token at, string message)
    {
        if (at.Start == tok.Start && tok.Kind != TokenKind.Error && message.StartsWith("expected ", StringComparison.Ordinal))
        {
            return EmitError(Loc(WrongTokenOffset()), message);
        }

        return EmitError(Loc(at), message);
    }

    /// <summary>mlir-opt's emitWrongTokenError position: back over blanks, newlines and line comments.</summary>
    private int WrongTokenOffset()
    {
        var s = lex.Source;
        int p = tok.Kind == TokenKind.Eof ? Math.Max(0, tok.Start - 1) : tok.Start;
        int original = p;
        while (true)
        {
            while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
            {
                p--;
            }

            if (p == 0)
            {
                return original;
            }

            if (s[p - 1] != '\n' && s[p - 1] != '\r')
            {
                return p;
            }

            p--;
            int lineStart = p;
            while (lineStart > 0 && s[lineStart - 1] != '\n' && s[lineStart - 1] != '\r')
            {
                lineStart--;
            }

            int comment = s[lineStart..p].IndexOf("//"u8);
            if (comment >= 0)
            {
                p = lineStart + comment;
            }
        }
    }

    private Diagnostic EmitError(LocationAttr loc, string message)
    {
        var d = Diagnostic.Error(loc, message);
        if (!Failed)
        {
            Diagnostics.Add(d);
        }

        return d;
    }

    private bool EnterNesting()
    {
        if (++depth > options.MaxNestingDepth)
        {
            EmitError(tok, "exceeded maximum nesting depth");
            return false;
        }

        return true;
    }

    private void ExitNesting() => depth--;

    private string TokenText(Token t) => lex.Intern(t);

    /// <summary>The text of an identifier token without its sigil (%, ^, #, !, @).</summary>
    private string SigilName(Token t)
    {
        if (t.Kind == TokenKind.AtIdentifier && t.Length > 1 && lex.Source[t.Start + 1] == '"')
        {
            return lex.StringValue(new Token(TokenKind.String, t.Start + 1, t.Length - 1));
        }

        if (t.Kind == TokenKind.PercentIdentifier)
        {
            // SSA names are mostly unique; interning them would only grow the table.
            return System.Text.Encoding.UTF8.GetString(lex.Source.Slice(t.Start + 1, t.Length - 1));
        }

        return lex.Intern(t.Start + 1, t.Length - 1);
    }

    public MlirType? ParseStandaloneType()
    {
        var t = ParseType();
        if (t is not null && tok.Kind != TokenKind.Eof)
        {
            EmitError(tok, "unexpected trailing characters");
        }

        return t;
    }

    public MlirAttribute? ParseStandaloneAttribute()
    {
        var a = ParseAttribute();
        if (a is not null && tok.Kind != TokenKind.Eof)
        {
            EmitError(tok, "unexpected trailing characters");
        }

        return a;
    }
}
