using System.Globalization;

namespace MlirBuild.Ir;

/// <summary><c>affine_map&lt;(d0)[s0] -&gt; (...)&gt;</c> and <c>affine_set&lt;(d0)[s0] : (...)&gt;</c>.</summary>
internal sealed partial class Parser
{
    private MlirAttribute? ParseAffineMapAttr()
    {
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' in affine map"))
        {
            return null;
        }

        var ids = new Dictionary<string, AffineExpr>(StringComparer.Ordinal);
        if (!ParseDimAndSymbolLists(ids, out int dims, out int syms) || !Expect(TokenKind.Arrow, "expected '->' or '['") || !Expect(TokenKind.LParen, "expected '(' at start of affine map range"))
        {
            return null;
        }

        var results = new List<AffineExpr>();
        if (!ConsumeIf(TokenKind.RParen))
        {
            do
            {
                var e = ParseAffineExpr(ids);
                if (e is null)
                {
                    return null;
                }

                results.Add(e);
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RParen, "expected ')' at end of affine map range"))
            {
                return null;
            }
        }

        return Expect(TokenKind.Greater, "expected '>' in affine map") ? new AffineMapAttr(new AffineMap(dims, syms, results.ToArray())) : null;
    }

    private MlirAttribute? ParseIntegerSetAttr()
    {
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' in integer set"))
        {
            return null;
        }

        var ids = new Dictionary<string, AffineExpr>(StringComparer.Ordinal);
        if (!ParseDimAndSymbolLists(ids, out int dims, out int syms) || !Expect(TokenKind.Colon, "expected ':' in integer set") || !Expect(TokenKind.LParen, "expected '(' at start of integer set constraint list"))
        {
            return null;
        }

        var constraints = new List<AffineConstraint>();
        if (!ConsumeIf(TokenKind.RParen))
        {
            do
            {
                var lhs = ParseAffineExpr(ids);
                if (lhs is null)
                {
                    return null;
                }

                // '>=', '<=', '==' arrive as two tokens.
                var opTok = tok;
                if (tok.Kind is not (TokenKind.Greater or TokenKind.Less or TokenKind.Equal))
                {
                    EmitError(tok, "expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
                    return null;
                }

                Consume();
                if (!Expect(TokenKind.Equal, "expected '=' in affine constraint"))
                {
                    return null;
                }

                var rhs = ParseAffineExpr(ids);
                if (rhs is null)
                {
                    return null;
                }

                var diff = opTok.Kind == TokenKind.Less ? Subtract(rhs, lhs) : Subtract(lhs, rhs);
                constraints.Add(new AffineConstraint(diff, opTok.Kind == TokenKind.Equal));
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RParen, "expected ')' at end of integer set constraint list"))
            {
                return null;
            }
        }

        return Expect(TokenKind.Greater, "expected '>' in integer set") ? new IntegerSetAttr(dims, syms, constraints.ToArray()) : null;
    }

    private static AffineExpr Subtract(AffineExpr a, AffineExpr b) =>
        AffineExpr.Binary(AffineExprKind.Add, a, AffineExpr.Binary(AffineExprKind.Mul, b, AffineExpr.Constant(-1)));

    private bool ParseDimAndSymbolLists(Dictionary<string, AffineExpr> ids, out int dims, out int syms)
    {
        dims = syms = 0;
        if (!ParseIdList(ids, isSymbol: false, ref dims))
        {
            return false;
        }

        if (tok.Kind == TokenKind.LSquare)
        {
            return ParseIdList(ids, isSymbol: true, ref syms);
        }

        return true;
    }

    private bool ParseIdList(Dictionary<string, AffineExpr> ids, bool isSymbol, ref int count)
    {
        if (!Expect(isSymbol ? TokenKind.LSquare : TokenKind.LParen))
        {
            return false;
        }

        var close = isSymbol ? TokenKind.RSquare : TokenKind.RParen;
        if (ConsumeIf(close))
        {
            return true;
        }

        do
        {
            if (!tok.IsWordLike)
            {
                EmitError(tok, "expected bare identifier");
                return false;
            }

            string name = TokenText(tok);
            if (ids.ContainsKey(name))
            {
                EmitError(tok, "redefinition of identifier '" + name + "'");
                return false;
            }

            ids[name] = isSymbol ? AffineExpr.Symbol(count) : AffineExpr.Dim(count);
            count++;
            Consume();
        }
        while (ConsumeIf(TokenKind.Comma));
        return Expect(close);
    }

    /// <summary>Additive level: <c>a + b</c>, <c>a - b</c>.</summary>
    private AffineExpr? ParseAffineExpr(Dictionary<string, AffineExpr> ids)
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            var lhs = ParseAffineTerm(ids);
            while (lhs is not null && tok.Kind is TokenKind.Plus or TokenKind.Minus)
            {
                bool minus = tok.Kind == TokenKind.Minus;
                Consume();
                var rhs = ParseAffineTerm(ids);
                if (rhs is null)
                {
                    return null;
                }

                lhs = minus ? Subtract(lhs, rhs) : AffineExpr.Binary(AffineExprKind.Add, lhs, rhs);
            }

            return lhs;
        }
        finally
        {
            ExitNesting();
        }
    }

    /// <summary>Multiplicative level: <c>*</c>, <c>floordiv</c>, <c>ceildiv</c>, <c>mod</c>.</summary>
    private AffineExpr? ParseAffineTerm(Dictionary<string, AffineExpr> ids)
    {
        var lhs = ParseAffineUnary(ids);
        while (lhs is not null)
        {
            AffineExprKind kind;
            switch (tok.Kind)
            {
                case TokenKind.Star: kind = AffineExprKind.Mul; break;
                case TokenKind.KwFloordiv: kind = AffineExprKind.FloorDiv; break;
                case TokenKind.KwCeildiv: kind = AffineExprKind.CeilDiv; break;
                case TokenKind.KwMod: kind = AffineExprKind.Mod; break;
                default: return lhs;
            }

            Consume();
            var rhs = ParseAffineUnary(ids);
            if (rhs is null)
            {
                return null;
            }

            lhs = AffineExpr.Binary(kind, lhs, rhs);
        }

        return lhs;
    }

    private AffineExpr? ParseAffineUnary(Dictionary<string, AffineExpr> ids)
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            switch (tok.Kind)
            {
                case TokenKind.Minus:
                {
                    Consume();
                    if (tok.Kind == TokenKind.Integer && long.TryParse(lex.Text(tok), NumberStyles.None, CultureInfo.InvariantCulture, out long nv))
                    {
                        Consume();
                        return AffineExpr.Constant(-nv);
                    }

                    var inner = ParseAffineUnary(ids);
                    return inner is null ? null : AffineExpr.Binary(AffineExprKind.Mul, inner, AffineExpr.Constant(-1));
                }

                case TokenKind.LParen:
                {
                    Consume();
                    var e = ParseAffineExpr(ids);
                    return e is not null && Expect(TokenKind.RParen, "expected ')'") ? e : null;
                }

                case TokenKind.Integer:
                {
                    if (!long.TryParse(lex.Text(tok), NumberStyles.None, CultureInfo.InvariantCulture, out long v))
                    {
                        EmitError(tok, "constant too large for index");
                        return null;
                    }

                    Consume();
                    return AffineExpr.Constant(v);
                }

                default:
                    if (tok.IsWordLike && ids.TryGetValue(TokenText(tok), out var id))
                    {
                        Consume();
                        return id;
                    }

                    EmitError(tok, tok.IsWordLike ? "use of undeclared identifier" : "expected affine expression");
                    return null;
            }
        }
        finally
        {
            ExitNesting();
        }
    }
}
