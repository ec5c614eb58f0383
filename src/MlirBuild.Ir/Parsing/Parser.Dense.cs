namespace MlirBuild.Ir;

/// <summary>
/// <c>dense&lt;...&gt;</c> and <c>dense_resource&lt;...&gt;</c>. Elements are recorded as token positions (structs, no
/// per-element objects) until the type is known, then written straight into one byte array; hex data is decoded from
/// the source buffer in one pass.
/// </summary>
internal sealed partial class Parser
{
    private enum DenseElemKind : byte
    {
        Number,
        Bool,
        Complex,
        String,
    }

    private readonly record struct DenseElem(DenseElemKind Kind, Token Tok, bool Neg, Token ImTok, bool ImNeg);

    private MlirAttribute? ParseDenseElementsAttr(MlirType? expected)
    {
        var start = tok;
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' after 'dense'"))
        {
            return null;
        }

        var elems = new List<DenseElem>();
        var shape = new List<long>();
        Token? hexTok = null;
        bool empty = false;
        if (tok.Kind == TokenKind.Greater)
        {
            empty = true;
        }
        else if (tok.Kind == TokenKind.String && IsHexString(tok))
        {
            hexTok = tok;
            Consume();
        }
        else if (tok.Kind == TokenKind.LSquare)
        {
            if (!ParseDenseList(elems, shape))
            {
                return null;
            }
        }
        else if (!ParseDenseScalar(elems))
        {
            return null;
        }

        if (!Expect(TokenKind.Greater, "expected '>'"))
        {
            return null;
        }

        MlirType? type = expected;
        if (ConsumeIf(TokenKind.Colon))
        {
            type = ParseType();
            if (type is null)
            {
                return null;
            }
        }
        else if (type is null)
        {
            EmitError(tok, "expected ':'");
            return null;
        }

        if (type is not ShapedType st || !st.HasStaticShape)
        {
            EmitError(start, "elements literal must be a shaped type with static shape");
            return null;
        }

        if (st.NumElements < 0 || st.NumElements > int.MaxValue / 16)
        {
            EmitError(start, "elements literal type has too many elements");
            return null;
        }

        var elt = st.ElementType;
        int eb = DenseElementsAttr.ElementStorageBytesOf(elt);
        long n = st.NumElements;
        if (hexTok is not null)
        {
            return eb == 0 ? DenseStringFromHex(start, hexTok.Value, st) : DenseFromHex(start, hexTok.Value, st, eb);
        }

        if (empty)
        {
            if (n != 0)
            {
                EmitError(start, $"parsed zero elements, but type ('{st}') expected at least 1");
                return null;
            }

            return eb == 0 ? new DenseStringElementsAttr(st, Array.Empty<EquatableArray<byte>>(), false) : new DenseElementsAttr(st, Array.Empty<byte>(), false);
        }

        bool splat = shape.Count == 0;
        if (splat && eb != 0 && elems[0].Kind == DenseElemKind.String)
        {
            // A lone string for numeric data must be hex.
            EmitError(elems[0].Tok, "expected string containing hex digits starting with `0x`");
            return null;
        }

        if (!splat && !ShapeMatches(shape, st.Shape))
        {
            EmitError(start, $"inferred shape of elements literal ([{string.Join(", ", shape)}]) does not match type ([{string.Join(", ", st.Shape.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)))}])");
            return null;
        }

        if (eb == 0)
        {
            var strings = new EquatableArray<byte>[elems.Count];
            for (int i = 0; i < elems.Count; i++)
            {
                if (elems[i].Kind != DenseElemKind.String)
                {
                    EmitError(elems[i].Tok, "expected string token");
                    return null;
                }

                strings[i] = lex.StringBytes(elems[i].Tok);
            }

            bool allSame = strings.Length > 1 && strings.All(s => s == strings[0]);
            return allSame || splat ? new DenseStringElementsAttr(st, new[] { strings[0] }, n != 1 || splat) : new DenseStringElementsAttr(st, strings, false);
        }

        var raw = new byte[checked(elems.Count * eb)];
        for (int i = 0; i < elems.Count; i++)
        {
            if (!WriteDenseElement(elems[i], elt, raw.AsSpan(i * eb, eb)))
            {
                return null;
            }
        }

        if (splat)
        {
            return new DenseElementsAttr(st, raw, true);
        }

        return DenseElementsAttr.Create(st, raw);
    }

    private static bool ShapeMatches(List<long> shape, EquatableArray<long> typeShape)
    {
        if (shape.Count != typeShape.Count)
        {
            return false;
        }

        for (int i = 0; i < shape.Count; i++)
        {
            if (shape[i] != typeShape[i])
            {
                return false;
            }
        }

        return true;
    }

    private bool IsHexInteger(Token t)
    {
        var s = lex.Text(t);
        return s.Length > 2 && s[0] == '0' && s[1] == 'x';
    }

    private bool IsHexString(Token t)
    {
        var s = lex.Text(t);
        return s.Length >= 4 && s[1] == '0' && s[2] == 'x';
    }

    private bool ParseDenseList(List<DenseElem> elems, List<long> shape)
    {
        if (!EnterNesting())
        {
            return false;
        }

        try
        {
            Consume();
            if (ConsumeIf(TokenKind.RSquare))
            {
                shape.Add(0);
                return true;
            }

            List<long>? subShape = null;
            long count = 0;
            do
            {
                var elemShape = new List<long>();
                var at = tok;
                if (tok.Kind == TokenKind.LSquare)
                {
                    if (!ParseDenseList(elems, elemShape))
                    {
                        return false;
                    }
                }
                else if (!ParseDenseScalar(elems))
                {
                    return false;
                }

                if (subShape is null)
                {
                    subShape = elemShape;
                }
                else if (!subShape.SequenceEqual(elemShape))
                {
                    EmitError(at, "tensor literal is invalid; ranks are not consistent between elements");
                    return false;
                }

                count++;
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RSquare, "expected ']'"))
            {
                return false;
            }

            shape.Add(count);
            shape.AddRange(subShape!);
            return true;
        }
        finally
        {
            ExitNesting();
        }
    }

    private bool ParseDenseScalar(List<DenseElem> elems)
    {
        switch (tok.Kind)
        {
            case TokenKind.KwTrue:
            case TokenKind.KwFalse:
                elems.Add(new DenseElem(DenseElemKind.Bool, tok, false, default, false));
                Consume();
                return true;
            case TokenKind.String:
                elems.Add(new DenseElem(DenseElemKind.String, tok, false, default, false));
                Consume();
                return true;
            case TokenKind.LParen:
            {
                Consume();
                bool reNeg = ConsumeIf(TokenKind.Minus);
                var re = tok;
                if (!ExpectNumberOrBool())
                {
                    return false;
                }

                if (!Expect(TokenKind.Comma, "expected ',' between complex elements"))
                {
                    return false;
                }

                bool imNeg = ConsumeIf(TokenKind.Minus);
                var im = tok;
                if (!ExpectNumberOrBool() || !Expect(TokenKind.RParen, "expected ')' after complex elements"))
                {
                    return false;
                }

                elems.Add(new DenseElem(DenseElemKind.Complex, re, reNeg, im, imNeg));
                return true;
            }

            default:
            {
                bool neg = ConsumeIf(TokenKind.Minus);
                var num = tok;
                if (num.Kind != TokenKind.Integer && num.Kind != TokenKind.Float)
                {
                    // mlir-opt points at the token itself here (not just after the previous one).
                    EmitError(Loc(tok), neg ? "expected integer or floating point literal" : "expected element literal of primitive type");
                    return false;
                }

                Consume();
                elems.Add(new DenseElem(DenseElemKind.Number, num, neg, default, false));
                return true;
            }
        }
    }

    private bool ExpectNumberOrBool()
    {
        if (tok.Kind is TokenKind.Integer or TokenKind.Float or TokenKind.KwTrue or TokenKind.KwFalse)
        {
            Consume();
            return true;
        }

        EmitError(tok, "expected element literal of primitive type");
        return false;
    }

    private bool WriteDenseElement(DenseElem e, MlirType elt, Span<byte> dest)
    {
        switch (e.Kind)
        {
            case DenseElemKind.String:
                // mlir-opt's wording depends on the element type it tried to read the string as.
                EmitError(e.Tok, elt switch
                {
                    IntegerType or IndexType => "integer constant out of range for type",
                    FloatType => "expected floating point literal",
                    _ => "expected integer or floating point literal, but got string",
                });
                return false;
            case DenseElemKind.Bool:
                if (elt is not IntegerType { Width: 1 })
                {
                    EmitError(e.Tok, elt is FloatType ? "expected floating point literal" : "expected i1 type for 'true' or 'false' values");
                    return false;
                }

                dest.Clear();
                dest[0] = e.Tok.Kind == TokenKind.KwTrue ? (byte)1 : (byte)0;
                return true;
            case DenseElemKind.Complex:
                if (elt is not ComplexType ct)
                {
                    EmitError(e.Tok, "complex element literal for a non-complex element type");
                    return false;
                }

                foreach (var part in new[] { e.Tok, e.ImTok })
                {
                    string? partError = (ct.ElementType, part.Kind) switch
                    {
                        (FloatType, TokenKind.Integer) when !IsHexInteger(part) => "unexpected decimal integer literal for a floating point value",
                        (IntegerType { Width: > 1 }, TokenKind.KwTrue or TokenKind.KwFalse) => "expected i1 type for 'true' or 'false' values",
                        _ => null,
                    };
                    if (partError is not null)
                    {
                        EmitError(part, partError);
                        return false;
                    }
                }

                int half = dest.Length / 2;
                return WriteScalarOrBool(e.Tok, e.Neg, ct.ElementType, dest[..half]) && WriteScalarOrBool(e.ImTok, e.ImNeg, ct.ElementType, dest[half..]);
            default:
                if (elt is ComplexType)
                {
                    EmitError(e.Tok, "expected complex element literal");
                    return false;
                }

                if (elt is IntegerType { Width: 1 } && e.Tok.Kind == TokenKind.Integer)
                {
                    var t = lex.Text(e.Tok);
                    if (!e.Neg && t.Length == 1 && (t[0] == '0' || t[0] == '1'))
                    {
                        dest[0] = (byte)(t[0] - '0');
                        return true;
                    }
                }

                return WriteScalar(e.Tok, e.Neg, elt, dest);
        }
    }

    private bool WriteScalarOrBool(Token t, bool neg, MlirType elt, Span<byte> dest)
    {
        if (t.Kind is TokenKind.KwTrue or TokenKind.KwFalse)
        {
            dest.Clear();
            dest[0] = t.Kind == TokenKind.KwTrue ? (byte)1 : (byte)0;
            return true;
        }

        return WriteScalar(t, neg, elt, dest);
    }

    /// <summary>Decodes <c>"0x..."</c> straight from the source into a new byte array (i1 data is bit-packed in MLIR).</summary>
    private MlirAttribute? DenseFromHex(Token start, Token hexTok, ShapedType st, int eb)
    {
        var text = lex.Text(hexTok);
        var digits = text[3..^1];
        if ((digits.Length & 1) != 0)
        {
            EmitError(hexTok, "expected string containing hex digits starting with `0x`");
            return null;
        }

        long n = st.NumElements;
        long byteCount = digits.Length / 2;
        bool isBool = st.ElementType is IntegerType { Width: 1 };
        long expected = isBool ? (n + 7) / 8 : n * eb;
        long splatSize = isBool ? 1 : eb;

        // Newer MLIR (the StableHLO corpus's JAX exports) also writes i1 hex one byte per element.
        bool boolBytes = isBool && n > 1 && byteCount == n;
        if (boolBytes)
        {
            isBool = false;
            expected = n;
        }

        if (byteCount != expected && byteCount != splatSize)
        {
            EmitError(start, $"elements hex data size is invalid for provided type: '{st}'");
            return null;
        }

        var data = new byte[byteCount];
        if (!DecodeHex(digits, data, hexTok.Start + 3))
        {
            EmitError(hexTok, "expected string containing hex digits starting with `0x`");
            return null;
        }

        if (isBool)
        {
            // MLIR stores i1 bit-packed; a single 0x00/0xFF byte is a splat.
            if (byteCount == 1 && (data[0] == 0 || data[0] == 0xFF))
            {
                return new DenseElementsAttr(st, new[] { data[0] != 0 ? (byte)1 : (byte)0 }, true);
            }

            if (byteCount != expected)
            {
                EmitError(start, $"elements hex data size is invalid for provided type: '{st}'");
                return null;
            }

            var unpacked = new byte[n];
            for (long i = 0; i < n; i++)
            {
                unpacked[i] = (byte)((data[i >> 3] >> (int)(i & 7)) & 1);
            }

            return DenseElementsAttr.Create(st, unpacked);
        }

        if (boolBytes)
        {
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = data[i] != 0 ? (byte)1 : (byte)0;
            }
        }

        if (byteCount == eb)
        {
            return new DenseElementsAttr(st, data, true);
        }

        return DenseElementsAttr.Create(st, data);
    }

    private MlirAttribute? DenseStringFromHex(Token start, Token hexTok, ShapedType st)
    {
        _ = hexTok;
        EmitError(start, $"elements hex data is not valid for element type of '{st}'");
        return null;
    }

    /// <summary>
    /// Decodes hex digits (ASCII bytes at source offset <paramref name="sourceOffset"/>) into <paramref name="dest"/>
    /// in chunks with the vectorized BCL decoder, telling the lexer how far it got (a mapped source drops those pages).
    /// </summary>
    private bool DecodeHex(ReadOnlySpan<byte> digits, Span<byte> dest, int sourceOffset)
    {
        const int ChunkBytes = 32 * 1024;
        Span<char> chars = new char[Math.Min(digits.Length, ChunkBytes * 2)];
        const int ReleaseEvery = 2 << 20;
        int written = 0, released = 0;
        while (written < dest.Length)
        {
            int n = Math.Min(ChunkBytes, dest.Length - written);
            var part = digits.Slice(written * 2, n * 2);
            for (int i = 0; i < part.Length; i++)
            {
                chars[i] = (char)part[i];
            }

            var status = Convert.FromHexString(chars[..(n * 2)], dest.Slice(written, n), out _, out int w);
            if (status != System.Buffers.OperationStatus.Done || w != n)
            {
                return false;
            }

            written += n;
            if (written - released >= ReleaseEvery || written == dest.Length)
            {
                // The lexer already passed these digits; decoding read them again.
                lex.Release(sourceOffset + (released * 2), sourceOffset + (written * 2));
                released = written;
            }
        }

        return true;
    }

    private static int HexNibble(byte c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        int l = c | 0x20;
        return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
    }

    private MlirAttribute? ParseDenseResourceAttr(MlirType? expected)
    {
        var start = tok;
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' after 'dense_resource'"))
        {
            return null;
        }

        string key;
        if (tok.Kind == TokenKind.String)
        {
            key = lex.StringValue(tok);
        }
        else if (tok.IsWordLike)
        {
            key = TokenText(tok);
        }
        else
        {
            EmitError(tok, "expected resource handle");
            return null;
        }

        Consume();
        if (!Expect(TokenKind.Greater, "expected '>'"))
        {
            return null;
        }

        MlirType? type = expected;
        if (ConsumeIf(TokenKind.Colon))
        {
            type = ParseType();
            if (type is null)
            {
                return null;
            }
        }

        if (type is not ShapedType st)
        {
            EmitError(start, "expected a shaped type for dense_resource");
            return null;
        }

        return new DenseResourceElementsAttr(st, key, GetResource(key));
    }

    private ResourceBlob GetResource(string key)
    {
        if (!resources.TryGetValue(key, out var blob))
        {
            blob = new ResourceBlob(key, ReadOnlyMemory<byte>.Empty, 0) { HasData = false };
            resources[key] = blob;
        }

        return blob;
    }
}
