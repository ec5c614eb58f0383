using System.Globalization;

namespace MlirBuild.Ir;

/// <summary>Location grammar: <c>loc(unknown | "f":l:c | "name"(loc) | callsite(a at b) | fused&lt;m&gt;[...] | #alias)</c>.</summary>
internal sealed partial class Parser
{
    /// <summary>Placeholder for a <c>#loc</c> alias used before its definition (mlir-opt prints them at the end).</summary>
    internal sealed record ForwardLocationRef(string Alias, int Offset) : LocationAttr
    {
        public override void PrintInner(AsmWriter w) => w.Write('#').Write(Alias);
    }

    /// <summary>Parses <c>loc(...)</c>; the current token must be <c>loc</c>.</summary>
    private LocationAttr? ParseLocation(bool allowForwardAlias)
    {
        Consume();
        if (!Expect(TokenKind.LParen, "expected '(' in location"))
        {
            return null;
        }

        var loc = ParseLocationInner(allowForwardAlias);
        return loc is not null && Expect(TokenKind.RParen, "expected ')' in location") ? loc : null;
    }

    private LocationAttr? ParseLocationInner(bool allowForwardAlias)
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            switch (tok.Kind)
            {
                case TokenKind.KwUnknown:
                    Consume();
                    return UnknownLoc.Instance;
                case TokenKind.KwCallsite:
                {
                    Consume();
                    if (!Expect(TokenKind.LParen, "expected '(' in callsite location"))
                    {
                        return null;
                    }

                    var callee = ParseLocationInner(false);
                    if (callee is null || !Expect(TokenKind.KwAt, "expected 'at' in callsite"))
                    {
                        return null;
                    }

                    var caller = ParseLocationInner(false);
                    return caller is not null && Expect(TokenKind.RParen, "expected ')' in callsite location") ? new CallSiteLoc(callee, caller) : null;
                }

                case TokenKind.KwFused:
                {
                    Consume();
                    MlirAttribute? metadata = null;
                    if (ConsumeIf(TokenKind.Less))
                    {
                        metadata = ParseAttribute();
                        if (metadata is null || !Expect(TokenKind.Greater, "expected '>' after fused location metadata"))
                        {
                            return null;
                        }
                    }

                    if (!Expect(TokenKind.LSquare, "expected '[' in fused location"))
                    {
                        return null;
                    }

                    var locs = new List<LocationAttr>();
                    if (!ConsumeIf(TokenKind.RSquare))
                    {
                        do
                        {
                            var l = ParseLocationInner(false);
                            if (l is null)
                            {
                                return null;
                            }

                            locs.Add(l);
                        }
                        while (ConsumeIf(TokenKind.Comma));
                        if (!Expect(TokenKind.RSquare, "expected ']' in fused location"))
                        {
                            return null;
                        }
                    }

                    return new FusedLoc(locs.ToArray(), metadata);
                }

                case TokenKind.String:
                    return ParseFileOrNameLocation();
                case TokenKind.HashIdentifier:
                    return ParseHashLocation(allowForwardAlias);
                default:
                    EmitError(tok, "expected location instance");
                    return null;
            }
        }
        finally
        {
            ExitNesting();
        }
    }

    /// <summary>
    /// <c>#...</c> inside <c>loc(...)</c>, as mlir-opt 22 reads it. Directly in an op's or block argument's <c>loc(...)</c>
    /// (<paramref name="trailing"/>) a plain <c>#alias</c> may be defined later; anything else (nested, or a dialect
    /// attribute <c>#dialect.name&lt;...&gt;</c>) is parsed as an attribute and must be a location attribute, which no
    /// unregistered or quant attribute is (MLIR has no textual form for opaque locations).
    /// </summary>
    private LocationAttr? ParseHashLocation(bool trailing)
    {
        var at = tok;
        string name = SigilName(tok);
        if (trailing && !name.Contains('.'))
        {
            Consume();
            if (attributeAliases.TryGetValue(name, out var aliased))
            {
                if (aliased is LocationAttr la)
                {
                    return la;
                }

                EmitError(Loc(at), $"expected location, but found '{aliased}'");
                return null;
            }

            return new ForwardLocationRef(name, at.Start);
        }

        var attr = ParseExtendedAttribute(null);
        if (attr is null)
        {
            return null;
        }

        if (attr is LocationAttr loc)
        {
            return loc;
        }

        // mlir-opt 22 prints no space after "got".
        EmitError(Loc(tok), $"expected location attribute, but got{attr}");
        return null;
    }

    private LocationAttr? ParseFileOrNameLocation()
    {
        string text = lex.StringValue(tok);
        Consume();
        if (tok.Kind == TokenKind.Colon)
        {
            Consume();
            if (!TryReadUInt(out int line))
            {
                EmitError(tok, "expected integer line number in FileLineColLoc");
                return null;
            }

            int col = 0;
            if (ConsumeIf(TokenKind.Colon))
            {
                if (!TryReadUInt(out col))
                {
                    EmitError(tok, "expected integer column number in FileLineColLoc");
                    return null;
                }
            }

            if (ConsumeIf(TokenKind.KwTo))
            {
                int endLine = line;
                if (tok.Kind == TokenKind.Integer && !TryReadUInt(out endLine))
                {
                    return null;
                }

                if (!Expect(TokenKind.Colon, "expected ':' in location range") || !TryReadUInt(out int endCol))
                {
                    EmitError(tok, "expected integer column number in FileLineColRange");
                    return null;
                }

                return new FileLineColLoc(text, line, col, endLine, endCol);
            }

            return new FileLineColLoc(text, line, col);
        }

        if (ConsumeIf(TokenKind.LParen))
        {
            var child = ParseLocationInner(false);
            if (child is null || !Expect(TokenKind.RParen, "expected ')' after child location of NameLoc"))
            {
                return null;
            }

            return new NameLoc(text, child);
        }

        return new NameLoc(text);
    }

    private bool TryReadUInt(out int value)
    {
        value = 0;
        if (tok.Kind != TokenKind.Integer || !int.TryParse(lex.Text(tok), NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        Consume();
        return true;
    }
}
