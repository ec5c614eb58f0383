using System.Globalization;

namespace MlirBuild.Ir;

/// <summary>Type grammar: builtin types, function types, aliases and dialect types.</summary>
internal sealed partial class Parser
{
    private bool AtTypeStart() => tok.Kind switch
    {
        TokenKind.IntType or TokenKind.KwIndex or TokenKind.KwNone or TokenKind.KwComplex or TokenKind.KwTensor
            or TokenKind.KwMemref or TokenKind.KwVector or TokenKind.KwTuple or TokenKind.LParen
            or TokenKind.ExclamationIdentifier => true,
        _ => FloatKindOf(tok.Kind) is not null,
    };

    private static FloatKind? FloatKindOf(TokenKind k) => k switch
    {
        TokenKind.KwF16 => FloatKind.F16,
        TokenKind.KwBf16 => FloatKind.BF16,
        TokenKind.KwF32 => FloatKind.F32,
        TokenKind.KwF64 => FloatKind.F64,
        TokenKind.KwF80 => FloatKind.F80,
        TokenKind.KwF128 => FloatKind.F128,
        TokenKind.KwTf32 => FloatKind.TF32,
        TokenKind.KwF8E5M2 => FloatKind.F8E5M2,
        TokenKind.KwF8E4M3 => FloatKind.F8E4M3,
        TokenKind.KwF8E4M3FN => FloatKind.F8E4M3FN,
        TokenKind.KwF8E5M2FNUZ => FloatKind.F8E5M2FNUZ,
        TokenKind.KwF8E4M3FNUZ => FloatKind.F8E4M3FNUZ,
        TokenKind.KwF8E4M3B11FNUZ => FloatKind.F8E4M3B11FNUZ,
        TokenKind.KwF8E3M4 => FloatKind.F8E3M4,
        TokenKind.KwF8E8M0FNU => FloatKind.F8E8M0FNU,
        TokenKind.KwF6E2M3FN => FloatKind.F6E2M3FN,
        TokenKind.KwF6E3M2FN => FloatKind.F6E3M2FN,
        TokenKind.KwF4E2M1FN => FloatKind.F4E2M1FN,
        _ => null,
    };

    /// <summary>Parses a type or reports "expected type".</summary>
    public MlirType? ParseType()
    {
        if (!AtTypeStart())
        {
            EmitError(tok, "expected non-function type");
            return null;
        }

        return TryParseType();
    }

    /// <summary>Parses a type when one starts here; null without consuming otherwise (or after an error).</summary>
    public MlirType? TryParseType()
    {
        if (CommonScalarType() is { } common)
        {
            Consume();
            return common;
        }

        if (!AtTypeStart())
        {
            return null;
        }

        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            var t = ParseTypeInner();
            return t is null ? null : Unique(t);
        }
        finally
        {
            ExitNesting();
        }
    }

    /// <summary>The shared instance of i1/i8/i16/i32/i64/f16/bf16/f32/f64 at the current token (no object per use).</summary>
    private MlirType? CommonScalarType()
    {
        switch (tok.Kind)
        {
            case TokenKind.KwF32:
                return FloatType.F32;
            case TokenKind.KwF64:
                return FloatType.F64;
            case TokenKind.KwF16:
                return FloatType.F16;
            case TokenKind.KwBf16:
                return FloatType.BF16;
            case TokenKind.IntType:
                var t = lex.Text(tok);
                return t.Length switch
                {
                    2 when t[1] == '1' => IntegerType.I1,
                    2 when t[1] == '8' => IntegerType.I8,
                    3 when t[1] == '1' && t[2] == '6' => IntegerType.I16,
                    3 when t[1] == '3' && t[2] == '2' => IntegerType.I32,
                    3 when t[1] == '6' && t[2] == '4' => IntegerType.I64,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>Shares one instance per distinct type (fewer long-lived objects in big modules).</summary>
    private MlirType Unique(MlirType t)
    {
        if (typeCache.TryGetValue(t, out var existing))
        {
            return existing;
        }

        if (typeCache.Count < 100_000)
        {
            typeCache[t] = t;
        }

        return t;
    }

    private MlirType? ParseTypeInner()
    {
        var start = tok;
        if (FloatKindOf(tok.Kind) is { } fk)
        {
            Consume();
            return new FloatType(fk);
        }

        switch (tok.Kind)
        {
            case TokenKind.IntType:
                return ParseIntegerType();
            case TokenKind.KwIndex:
                Consume();
                return IndexType.Instance;
            case TokenKind.KwNone:
                Consume();
                return NoneType.Instance;
            case TokenKind.KwComplex:
            {
                Consume();
                if (!Expect(TokenKind.Less, "expected '<' in complex type"))
                {
                    return null;
                }

                var eltTok = tok;
                var elt = ParseType();
                if (elt is null)
                {
                    return null;
                }

                if (elt is not (IntegerType or FloatType))
                {
                    EmitError(eltTok, "invalid element type for complex");
                    return null;
                }

                return Expect(TokenKind.Greater, "expected '>' in complex type") ? new ComplexType(elt) : null;
            }

            case TokenKind.KwTuple:
            {
                Consume();
                if (!Expect(TokenKind.Less, "expected '<' in tuple type"))
                {
                    return null;
                }

                var types = new List<MlirType>();
                if (!ConsumeIf(TokenKind.Greater))
                {
                    if (!ParseTypeListInto(types) || !Expect(TokenKind.Greater, "expected '>' in tuple type"))
                    {
                        return null;
                    }
                }

                return new TupleType(types.ToArray());
            }

            case TokenKind.KwTensor:
                return ParseTensorType();
            case TokenKind.KwMemref:
                return ParseMemRefType();
            case TokenKind.KwVector:
                return ParseVectorType();
            case TokenKind.LParen:
                return ParseFunctionType();
            case TokenKind.ExclamationIdentifier:
                return ParseExtendedType();
        }

        EmitError(start, "expected non-function type");
        return null;
    }

    private MlirType? ParseIntegerType()
    {
        var text = lex.Text(tok);
        var signedness = text[0] == 's' ? Signedness.Signed : text[0] == 'u' ? Signedness.Unsigned : Signedness.Signless;
        int digitsStart = signedness == Signedness.Signless ? 1 : 2;
        if (!int.TryParse(text[digitsStart..], NumberStyles.None, CultureInfo.InvariantCulture, out int width) || width > 16777215)
        {
            EmitError(tok, "invalid integer width");
            return null;
        }

        Consume();
        return new IntegerType(width, signedness);
    }

    private bool ParseTypeListInto(List<MlirType> types)
    {
        do
        {
            var t = ParseType();
            if (t is null)
            {
                return false;
            }

            types.Add(t);
        }
        while (ConsumeIf(TokenKind.Comma));
        return true;
    }

    private MlirType? ParseFunctionType()
    {
        Consume();
        var inputs = new List<MlirType>();
        if (!ConsumeIf(TokenKind.RParen))
        {
            if (!ParseTypeListInto(inputs) || !Expect(TokenKind.RParen))
            {
                return null;
            }
        }

        if (!Expect(TokenKind.Arrow, "expected '->' in function type"))
        {
            return null;
        }

        var results = new List<MlirType>();
        return ParseFunctionResultTypes(results) ? new FunctionType(inputs.ToArray(), results.ToArray()) : null;
    }

    /// <summary><c>(t1, t2)</c>, <c>()</c> or a single type (a function-typed result needs parentheses).</summary>
    private bool ParseFunctionResultTypes(List<MlirType> results)
    {
        if (ConsumeIf(TokenKind.LParen))
        {
            return ConsumeIf(TokenKind.RParen) || (ParseTypeListInto(results) && Expect(TokenKind.RParen));
        }

        var t = ParseType();
        if (t is null)
        {
            return false;
        }

        results.Add(t);
        return true;
    }

    /// <summary>Consumes the 'x' separating dimensions, splitting identifiers such as <c>x4xf32</c>.</summary>
    private bool ParseXInDimensionList()
    {
        if (tok.Kind != TokenKind.BareIdentifier || lex.Source[tok.Start] != 'x')
        {
            EmitError(tok, "expected 'x' in dimension list");
            return false;
        }

        lex.ResetPosition(tok.Start + 1);
        Consume();
        return true;
    }

    /// <summary>Parses <c>2x?x</c> prefixes; stops before the element type. Scalable dims only when allowed.</summary>
    private bool ParseDimensionList(List<long> dims, List<bool>? scalable, bool allowDynamic)
    {
        while (true)
        {
            bool isScalable = false;
            if (scalable is not null && tok.Kind == TokenKind.LSquare)
            {
                Consume();
                isScalable = true;
            }

            if (tok.Kind == TokenKind.Question)
            {
                if (!allowDynamic)
                {
                    EmitError(tok, "expected static shape");
                    return false;
                }

                dims.Add(ShapedType.DynamicSize);
                Consume();
            }
            else if (tok.Kind == TokenKind.Integer)
            {
                var text = lex.Text(tok);
                if (text.Length > 1 && text[1] == 'x')
                {
                    // "0x4" lexed as hex: the dimension is 0 and 'x' follows.
                    dims.Add(0);
                    lex.ResetPosition(tok.Start + 1);
                    Consume();
                }
                else
                {
                    if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long d))
                    {
                        EmitError(tok, "invalid dimension");
                        return false;
                    }

                    dims.Add(d);
                    Consume();
                }
            }
            else
            {
                if (isScalable)
                {
                    EmitError(tok, "expected dimension size");
                    return false;
                }

                return true;
            }

            if (isScalable && !Expect(TokenKind.RSquare, "missing ']' closing scalable dimension"))
            {
                return false;
            }

            scalable?.Add(isScalable);
            if (!ParseXInDimensionList())
            {
                return false;
            }
        }
    }

    private MlirType? ParseTensorType()
    {
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' in tensor type"))
        {
            return null;
        }

        if (tok.Kind == TokenKind.Star)
        {
            Consume();
            if (!ParseXInDimensionList())
            {
                return null;
            }

            var elt = ParseElementType();
            return elt is not null && Expect(TokenKind.Greater, "expected '>' in tensor type") ? new UnrankedTensorType(elt) : null;
        }

        var dims = new List<long>();
        if (!ParseDimensionList(dims, null, true))
        {
            return null;
        }

        var element = ParseElementType();
        if (element is null)
        {
            return null;
        }

        MlirAttribute? encoding = null;
        if (ConsumeIf(TokenKind.Comma))
        {
            encoding = ParseAttribute();
            if (encoding is null)
            {
                return null;
            }
        }

        return Expect(TokenKind.Greater, "expected '>' in tensor type") ? new RankedTensorType(dims.ToArray(), element, encoding) : null;
    }

    private MlirType? ParseElementType()
    {
        var t = tok;
        var elt = ParseType();
        if (elt is FunctionType or NoneType && elt is not null)
        {
            EmitError(t, "invalid tensor element type");
            return null;
        }

        return elt;
    }

    private MlirType? ParseMemRefType()
    {
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' in memref type"))
        {
            return null;
        }

        bool unranked = false;
        var dims = new List<long>();
        if (tok.Kind == TokenKind.Star)
        {
            Consume();
            unranked = true;
            if (!ParseXInDimensionList())
            {
                return null;
            }
        }
        else if (!ParseDimensionList(dims, null, true))
        {
            return null;
        }

        var element = ParseElementType();
        if (element is null)
        {
            return null;
        }

        MlirAttribute? layout = null, memorySpace = null;
        while (ConsumeIf(TokenKind.Comma))
        {
            var a = ParseAttribute();
            if (a is null)
            {
                return null;
            }

            if (!unranked && layout is null && memorySpace is null && a is AffineMapAttr or StridedLayoutAttr)
            {
                layout = a;
            }
            else if (memorySpace is null)
            {
                memorySpace = a;
            }
            else
            {
                EmitError(tok, "multiple memory spaces specified in memref type");
                return null;
            }
        }

        if (!Expect(TokenKind.Greater, "expected '>' in memref type"))
        {
            return null;
        }

        // An identity affine map layout is the default and prints as nothing.
        if (layout is AffineMapAttr { Map: var m } && IsIdentity(m, dims.Count))
        {
            layout = null;
        }

        return unranked ? new UnrankedMemRefType(element, memorySpace) : new MemRefType(dims.ToArray(), element, layout, memorySpace);
    }

    private static bool IsIdentity(AffineMap m, int rank)
    {
        if (m.NumSymbols != 0 || m.NumDims != rank || m.Results.Count != rank)
        {
            return false;
        }

        for (int i = 0; i < rank; i++)
        {
            if (m.Results[i] is not AffineDimExpr { Position: var p } || p != i)
            {
                return false;
            }
        }

        return true;
    }

    private MlirType? ParseVectorType()
    {
        var start = tok;
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' in vector type"))
        {
            return null;
        }

        var dims = new List<long>();
        var scalable = new List<bool>();
        if (!ParseDimensionList(dims, scalable, false))
        {
            return null;
        }

        var element = ParseType();
        if (element is null)
        {
            return null;
        }

        if (element is not (IntegerType or IndexType or FloatType))
        {
            EmitError(start, "vector elements must be int/index/float type");
            return null;
        }

        if (!Expect(TokenKind.Greater, "expected '>' in vector type"))
        {
            return null;
        }

        bool anyScalable = scalable.Contains(true);
        return new VectorType(dims.ToArray(), element, anyScalable ? new EquatableArray<bool>(scalable.ToArray()) : default);
    }

    /// <summary><c>!alias</c> or a dialect type <c>!dialect.name&lt;...&gt;</c> kept verbatim unless the dialect parses it.</summary>
    private MlirType? ParseExtendedType()
    {
        var start = tok;
        if (!ReadExtendedSymbol(out string? aliasName, out string dialect, out string body))
        {
            return null;
        }

        if (aliasName is not null)
        {
            if (typeAliases.TryGetValue(aliasName, out var aliased))
            {
                return aliased;
            }

            EmitError(Loc(tok), $"undefined symbol alias id '{aliasName}'");
            return null;
        }

        return ResolveDialectType(start, dialect, body);
    }

    /// <summary>
    /// Consumes a <c>#</c>/<c>!</c> symbol shared by attributes and types: either an alias reference
    /// (<paramref name="aliasName"/> set) or a dialect symbol whose <c>dialect.name&lt;...&gt;</c> text is kept verbatim
    /// in <paramref name="body"/>. Returns false (error reported) when the body's brackets do not balance.
    /// </summary>
    private bool ReadExtendedSymbol(out string? aliasName, out string dialect, out string body)
    {
        var start = tok;
        string ident = SigilName(tok);
        bool prettyBody = start.End < lex.Source.Length && lex.Source[start.End] == '<';
        aliasName = null;
        dialect = body = string.Empty;
        if (!ident.Contains('.') && !prettyBody)
        {
            Consume();
            aliasName = ident;
            return true;
        }

        if (!ScanDialectBody(start, out int bodyEnd))
        {
            return false;
        }

        body = System.Text.Encoding.UTF8.GetString(lex.Source[(start.Start + 1)..bodyEnd]);
        lex.ResetPosition(bodyEnd);
        Consume();
        int dot = ident.IndexOf('.');
        dialect = dot < 0 ? ident : ident[..dot];
        return true;
    }

    private MlirType? ResolveDialectType(Token at, string dialect, string body)
    {
        if (ctx.GetDialect(dialect) is { } d)
        {
            string? error = null;
            int errorOffset = -1;
            var t = d.ParseType(body, ctx, (offset, e) =>
            {
                if (error is null)
                {
                    error = e;
                    errorOffset = offset;
                }
            });
            if (error is not null)
            {
                // The body starts right after the sigil; offsets count UTF-16 chars of the decoded body.
                int pos = errorOffset < 0 ? at.Start : at.Start + 1 + System.Text.Encoding.UTF8.GetByteCount(body.AsSpan(0, Math.Min(errorOffset, body.Length)));
                EmitError(Loc(pos), error);
                return null;
            }

            if (t is not null)
            {
                return t;
            }
        }

        if (!ctx.AllowUnregisteredDialects && ctx.GetDialect(dialect) is null)
        {
            EmitError(at, $"dialect '{dialect}' is unknown; use --allow-unregistered-dialect to keep its types verbatim");
            return null;
        }

        return new OpaqueType(dialect, body);
    }

    /// <summary>
    /// Finds the end of a dialect symbol starting at <paramref name="start"/> (a #/! identifier token): the identifier plus
    /// an optional <c>&lt;...&gt;</c> body balanced over brackets and strings.
    /// </summary>
    private bool ScanDialectBody(Token start, out int end)
    {
        var s = lex.Source;
        end = start.End;
        if (end >= s.Length || s[end] != '<')
        {
            return true;
        }

        var stack = new Stack<byte>();
        int i = end;
        while (i < s.Length)
        {
            byte c = s[i];
            switch (c)
            {
                case (byte)'<':
                    stack.Push((byte)'>');
                    break;
                case (byte)'(':
                    stack.Push((byte)')');
                    break;
                case (byte)'[':
                    stack.Push((byte)']');
                    break;
                case (byte)'{':
                    stack.Push((byte)'}');
                    break;
                case (byte)'-' when i + 1 < s.Length && s[i + 1] == '>':
                    i += 2;
                    continue;
                case (byte)'"':
                {
                    i++;
                    while (i < s.Length && s[i] != '"' && s[i] != '\n')
                    {
                        i += s[i] == '\\' ? 2 : 1;
                    }

                    if (i >= s.Length || s[i] != '"')
                    {
                        EmitError(Loc(i < s.Length ? i : s.Length), "expected '\"' in string literal");
                        return false;
                    }

                    break;
                }

                case (byte)'>':
                case (byte)')':
                case (byte)']':
                case (byte)'}':
                    if (stack.Count == 0 || stack.Pop() != c)
                    {
                        EmitError(Loc(i), $"unbalanced '{(char)c}' character in pretty dialect name");
                        return false;
                    }

                    if (stack.Count == 0)
                    {
                        end = i + 1;
                        return true;
                    }

                    break;
            }

            if (stack.Count > options.MaxNestingDepth)
            {
                EmitError(Loc(i), "exceeded maximum nesting depth");
                return false;
            }

            i++;
        }

        EmitError(Loc(s.Length), "unexpected end of file in pretty dialect name");
        return false;
    }
}
