using System.Globalization;
using System.Numerics;

namespace MlirBuild.Ir;

/// <summary>Attribute grammar (dense literals, affine structures and locations live in their own files).</summary>
internal sealed partial class Parser
{
    /// <summary>Parses an attribute; <paramref name="type"/> is the expected type for untyped literals, if known.</summary>
    public MlirAttribute? ParseAttribute(MlirType? type = null)
    {
        if (!EnterNesting())
        {
            return null;
        }

        try
        {
            var a = ParseAttributeInner(type);
            return a is not null && IsUniqued(a) ? UniqueAttribute(a) : a;
        }
        finally
        {
            ExitNesting();
        }
    }

    /// <summary>
    /// Small builtin attributes repeat across ops (flags, predicates, small constants, property dictionaries): one
    /// instance per distinct value keeps big modules small. Only kinds whose hashing is cheap are uniqued.
    /// </summary>
    private static bool IsUniqued(MlirAttribute a) => a switch
    {
        FloatAttr or TypeAttr or IntegerAttr => true,
        OpaqueAttr o => o.Body.Length <= 256,
        DictionaryAttr d => IsSmallDictionary(d),
        _ => false,
    };

    private static bool IsSmallDictionary(DictionaryAttr d)
    {
        if (d.Count > 8)
        {
            return false;
        }

        foreach (var e in d.Entries)
        {
            if (e.Value is not (FloatAttr or TypeAttr or IntegerAttr or OpaqueAttr or BoolAttr or UnitAttr))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The parse-wide instance equal to <paramref name="d"/> when it is small enough to unique.</summary>
    private DictionaryAttr UniqueDictionary(DictionaryAttr d) => IsSmallDictionary(d) ? (DictionaryAttr)UniqueAttribute(d) : d;

    private MlirAttribute UniqueAttribute(MlirAttribute a)
    {
        if (attributeCache.TryGetValue(a, out var existing))
        {
            return existing;
        }

        if (attributeCache.Count < 100_000)
        {
            attributeCache[a] = a;
        }

        return a;
    }

    private MlirAttribute? ParseAttributeInner(MlirType? type)
    {
        var start = tok;
        switch (tok.Kind)
        {
            case TokenKind.KwTrue:
                Consume();
                return BoolAttr.True;
            case TokenKind.KwFalse:
                Consume();
                return BoolAttr.False;
            case TokenKind.KwUnit:
                Consume();
                return UnitAttr.Instance;
            case TokenKind.String:
            {
                var bytes = lex.StringBytes(tok);
                Consume();
                // An implied type (ODS formats pass NoneType for StrAttr) means no trailing `: type` is read.
                MlirType? strType = type is NoneType ? null : type;
                if (type is null && ConsumeIf(TokenKind.Colon))
                {
                    strType = ParseType();
                    if (strType is null)
                    {
                        return null;
                    }
                }

                return new StringAttr(bytes, strType);
            }

            case TokenKind.LSquare:
                return ParseArrayAttr();
            case TokenKind.LBrace:
            {
                var entries = new List<NamedAttribute>();
                return ParseAttributeDict(entries) ? new DictionaryAttr(entries) : null;
            }

            case TokenKind.AtIdentifier:
                return ParseSymbolRef();
            case TokenKind.Minus:
            case TokenKind.Integer:
            case TokenKind.Float:
                return ParseNumberAttr(type);
            case TokenKind.KwDense:
                return ParseDenseElementsAttr(type);
            case TokenKind.KwDenseResource:
                return ParseDenseResourceAttr(type);
            case TokenKind.KwArray:
                return ParseDenseArrayAttr();
            case TokenKind.KwAffineMap:
                return ParseAffineMapAttr();
            case TokenKind.KwAffineSet:
                return ParseIntegerSetAttr();
            case TokenKind.KwLoc:
                return ParseLocation(allowForwardAlias: false);
            case TokenKind.KwStrided:
                return ParseStridedLayout();
            case TokenKind.HashIdentifier:
                return ParseExtendedAttribute(type);
            case TokenKind.KwDistinct:
                return ParseDistinctAttr();
            case TokenKind.KwSparse:
                return ParseSparseElementsAttr(type);
        }

        if (AtTypeStart())
        {
            var t = ParseType();
            return t is null ? null : new TypeAttr(t);
        }

        EmitError(start, "expected attribute value");
        return null;
    }

    private readonly Dictionary<string, DistinctAttr> distinctAttrs = new(StringComparer.Ordinal);

    /// <summary><c>distinct[N]&lt;attr&gt;</c>; the same N within one file is the same attribute.</summary>
    private MlirAttribute? ParseDistinctAttr()
    {
        Consume();
        if (!Expect(TokenKind.LSquare, "expected '[' after 'distinct'"))
        {
            return null;
        }

        var idTok = tok;
        if (tok.Kind != TokenKind.Integer)
        {
            EmitError(tok, "expected distinct ID");
            return null;
        }

        string id = TokenText(tok);
        Consume();
        if (!Expect(TokenKind.RSquare, "expected ']' to close distinct ID") || !Expect(TokenKind.Less, "expected '<' after distinct ID"))
        {
            return null;
        }

        MlirAttribute referenced = UnitAttr.Instance;
        if (tok.Kind != TokenKind.Greater)
        {
            var a = ParseAttribute();
            if (a is null)
            {
                return null;
            }

            referenced = a;
        }

        if (!Expect(TokenKind.Greater, "expected '>' to close distinct attribute"))
        {
            return null;
        }

        if (distinctAttrs.TryGetValue(id, out var existing))
        {
            if (!existing.Referenced.Equals(referenced))
            {
                EmitError(idTok, "referenced attribute does not match previous definition: " + existing.Referenced);
                return null;
            }

            return existing;
        }

        var created = new DistinctAttr(referenced);
        distinctAttrs[id] = created;
        return created;
    }

    private MlirAttribute? ParseArrayAttr()
    {
        Consume();
        var elements = new List<MlirAttribute>();
        if (!ConsumeIf(TokenKind.RSquare))
        {
            do
            {
                var a = ParseAttribute();
                if (a is null)
                {
                    return null;
                }

                elements.Add(a);
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RSquare, "expected ']'"))
            {
                return null;
            }
        }

        return new ArrayAttr(elements.ToArray());
    }

    /// <summary>Parses <c>{name = value, unitName, "quoted" = value}</c>; the current token must be <c>{</c>.</summary>
    private bool ParseAttributeDict(List<NamedAttribute> into)
    {
        if (!Expect(TokenKind.LBrace))
        {
            return false;
        }

        if (ConsumeIf(TokenKind.RBrace))
        {
            return true;
        }

        // Small dictionaries are the norm: a linear duplicate check beats allocating a set per dictionary.
        HashSet<string>? seen = null;
        int firstNew = into.Count;
        do
        {
            var keyTok = tok;
            string name;
            if (tok.Kind == TokenKind.String)
            {
                name = lex.StringValue(tok);
                if (name.Length == 0)
                {
                    EmitError(tok, "expected valid attribute name");
                    return false;
                }
            }
            else if (tok.IsWordLike)
            {
                name = TokenText(tok);
            }
            else
            {
                EmitError(tok, "expected attribute name");
                return false;
            }

            Consume();
            bool duplicate;
            if (seen is null && into.Count < 16)
            {
                duplicate = false;
                for (int i = firstNew; i < into.Count; i++)
                {
                    if (into[i].Name == name)
                    {
                        duplicate = true;
                        break;
                    }
                }
            }
            else
            {
                if (seen is null)
                {
                    seen = new HashSet<string>(StringComparer.Ordinal);
                    for (int i = firstNew; i < into.Count; i++)
                    {
                        seen.Add(into[i].Name);
                    }
                }

                duplicate = !seen.Add(name);
            }

            if (duplicate)
            {
                EmitError(keyTok, $"duplicate key '{name}' in dictionary attribute");
                return false;
            }

            if (ConsumeIf(TokenKind.Equal))
            {
                var v = ParseAttribute();
                if (v is null)
                {
                    return false;
                }

                into.Add(new NamedAttribute(name, v));
            }
            else
            {
                into.Add(new NamedAttribute(name, UnitAttr.Instance));
            }
        }
        while (ConsumeIf(TokenKind.Comma));
        return Expect(TokenKind.RBrace, "expected '}' in attribute dictionary");
    }

    private MlirAttribute? ParseSymbolRef()
    {
        string root = SigilName(tok);
        Consume();
        var nested = new List<string>();
        while (tok.Kind == TokenKind.Colon && tok.End < lex.Source.Length && lex.Source[tok.End] == ':')
        {
            lex.ResetPosition(tok.End + 1);
            Consume();
            if (tok.Kind != TokenKind.AtIdentifier)
            {
                EmitError(tok, "expected nested symbol reference identifier");
                return null;
            }

            nested.Add(SigilName(tok));
            Consume();
        }

        return new SymbolRefAttr(root, nested.ToArray());
    }

    /// <summary>Integer or float literal with optional <c>: type</c> (defaults: i64, f64).</summary>
    private MlirAttribute? ParseNumberAttr(MlirType? expected)
    {
        var start = tok;
        bool negative = ConsumeIf(TokenKind.Minus);
        var numTok = tok;
        if (numTok.Kind != TokenKind.Integer && numTok.Kind != TokenKind.Float)
        {
            EmitError(tok, "expected constant integer or floating point value");
            return null;
        }

        Consume();
        MlirType? type = expected;

        // Like MLIR, a trailing `: type` is only read when the caller implies no type (ODS formats pass one).
        if (expected is null && ConsumeIf(TokenKind.Colon))
        {
            type = ParseType();
            if (type is null)
            {
                return null;
            }
        }

        if (numTok.Kind == TokenKind.Float)
        {
            type ??= FloatType.F64;
            if (type is not FloatType ft)
            {
                EmitError(numTok, "floating point value not valid for specified type");
                return null;
            }

            var bits = FloatBitsFromLiteral(numTok, negative, ft);
            return bits is null ? null : new FloatAttr(ft, bits.Value);
        }

        type ??= IntegerType.I64;
        if (type is FloatType fType)
        {
            var bits = FloatBitsFromLiteral(numTok, negative, fType);
            return bits is null ? null : new FloatAttr(fType, bits.Value);
        }

        if (type is not (IntegerType or IndexType))
        {
            EmitError(start, "integer literal not valid for specified type");
            return null;
        }

        var value = IntegerFromToken(numTok, negative, type);
        if (value is null)
        {
            return null;
        }

        if (type is IntegerType { Width: 1 })
        {
            return value.Value.IsZero ? BoolAttr.False : BoolAttr.True;
        }

        return new IntegerAttr(type, value.Value);
    }

    /// <summary>Reads an integer token (decimal or 0x hex) for an integer/index type, checking the range like MLIR.</summary>
    private BigInteger? IntegerFromToken(Token numTok, bool negative, MlirType type)
    {
        var text = lex.Text(numTok);
        BigInteger v;
        if (text.Length > 2 && text[1] == 'x')
        {
            v = ParseHexInteger(text[2..]);
        }
        else
        {
            Span<char> chars = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                chars[i] = (char)text[i];
            }

            v = BigInteger.Parse(chars, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (negative)
        {
            v = -v;
        }

        int width = type is IntegerType it ? it.Width : 64;
        bool isUnsigned = type is IntegerType { IsUnsigned: true };
        bool isSigned = type is IntegerType { Signedness: Signedness.Signed } || type is IndexType;
        if (negative && isUnsigned)
        {
            EmitError(numTok, "negative integer literal not valid for unsigned integer type");
            return null;
        }

        BigInteger mod = BigInteger.One << width;
        bool fits = isUnsigned ? v < mod : isSigned ? v >= -(mod >> 1) && v < (mod >> 1) : v >= -(mod >> 1) && v < mod;
        if (type is IntegerType { Width: 1 } && !negative && v <= 1)
        {
            fits = true;
        }

        if (!fits)
        {
            EmitError(numTok, "integer constant out of range for attribute");
            return null;
        }

        return IntegerFormat.Normalize(v, width, !isUnsigned);
    }

    private static BigInteger ParseHexInteger(ReadOnlySpan<byte> hexDigits)
    {
        var bytes = new byte[(hexDigits.Length + 1) / 2 + 1];
        int bi = 0;
        for (int i = hexDigits.Length - 1; i >= 0; i -= 2)
        {
            int lo = Lexer.HexValue(hexDigits[i]);
            int hi = i > 0 ? Lexer.HexValue(hexDigits[i - 1]) : 0;
            bytes[bi++] = (byte)((hi << 4) | lo);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>Float bits from a literal: decimal goes through double (as MLIR does), <c>0x...</c> is the bit pattern.</summary>
    private BigInteger? FloatBitsFromLiteral(Token numTok, bool negative, FloatType type)
    {
        var text = lex.Text(numTok);
        var sem = type.Semantics;
        if (numTok.Kind == TokenKind.Integer && text.Length > 2 && text[1] == 'x')
        {
            if (negative)
            {
                EmitError(numTok, "hexadecimal float literal should not have a leading minus");
                return null;
            }

            var bits = ParseHexInteger(text[2..]);
            if (bits.GetBitLength() > sem.TotalBits)
            {
                EmitError(numTok, "hexadecimal float constant out of range for type");
                return null;
            }

            return bits;
        }

        Span<char> chars = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            chars[i] = (char)text[i];
        }

        if (!double.TryParse(chars, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
        {
            EmitError(numTok, "invalid floating point value");
            return null;
        }

        return sem.FromDouble(negative ? -d : d);
    }

    private MlirAttribute? ParseDenseArrayAttr()
    {
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' after 'array'"))
        {
            return null;
        }

        var typeTok = tok;
        var elt = ParseType();
        if (elt is null)
        {
            return null;
        }

        if (elt is not (IntegerType or FloatType))
        {
            EmitError(typeTok, "expected integer or float type, got: " + elt);
            return null;
        }

        int eb = DenseElementsAttr.ElementStorageBytesOf(elt);
        var data = new List<byte>();
        if (ConsumeIf(TokenKind.Colon))
        {
            var buffer = new byte[eb];
            do
            {
                if (!ParseDenseElementInto(elt, buffer))
                {
                    return null;
                }

                data.AddRange(buffer);
            }
            while (ConsumeIf(TokenKind.Comma));
        }

        return Expect(TokenKind.Greater, "expected '>' to close an array attribute") ? new DenseArrayAttr(elt, data.ToArray()) : null;
    }

    /// <summary>The stripped dense array form <c>[1, 0]</c> used by ODS assembly formats.</summary>
    private DenseArrayAttr? ParseDenseArrayBody(MlirType elt)
    {
        if (!Expect(TokenKind.LSquare, "expected '['"))
        {
            return null;
        }

        int eb = DenseElementsAttr.ElementStorageBytesOf(elt);
        var data = new List<byte>();
        if (!ConsumeIf(TokenKind.RSquare))
        {
            var buffer = new byte[eb];
            do
            {
                if (!ParseDenseElementInto(elt, buffer))
                {
                    return null;
                }

                data.AddRange(buffer);
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RSquare, "expected ']'"))
            {
                return null;
            }
        }

        return (DenseArrayAttr)UniqueAttribute(new DenseArrayAttr(elt, data.ToArray()));
    }

    /// <summary>Parses one scalar literal (true/false/int/float) of <paramref name="elt"/> into little-endian bytes.</summary>
    private bool ParseDenseElementInto(MlirType elt, Span<byte> dest)
    {
        dest.Clear();
        if (tok.Kind is TokenKind.KwTrue or TokenKind.KwFalse)
        {
            if (elt is not IntegerType { Width: 1 })
            {
                EmitError(tok, "expected integer elements, but parsed boolean");
                return false;
            }

            dest[0] = tok.Kind == TokenKind.KwTrue ? (byte)1 : (byte)0;
            Consume();
            return true;
        }

        bool negative = ConsumeIf(TokenKind.Minus);
        var numTok = tok;
        if (numTok.Kind != TokenKind.Integer && numTok.Kind != TokenKind.Float)
        {
            EmitError(tok, "expected integer or floating point literal");
            return false;
        }

        Consume();
        return WriteScalar(numTok, negative, elt, dest);
    }

    private bool WriteScalar(Token numTok, bool negative, MlirType elt, Span<byte> dest)
    {
        BigInteger bits;
        if (elt is FloatType ft)
        {
            var b = FloatBitsFromLiteral(numTok, negative, ft);
            if (b is null)
            {
                return false;
            }

            bits = b.Value;
        }
        else
        {
            if (numTok.Kind == TokenKind.Float)
            {
                EmitError(numTok, "expected integer elements, but parsed floating-point");
                return false;
            }

            var v = IntegerFromToken(numTok, negative, elt);
            if (v is null)
            {
                return false;
            }

            bits = v.Value;
        }

        WriteLittleEndian(bits, dest);
        return true;
    }

    internal static void WriteLittleEndian(BigInteger value, Span<byte> dest)
    {
        if (dest.Length <= 8 && value >= long.MinValue && value <= ulong.MaxValue)
        {
            ulong u = value.Sign < 0 ? unchecked((ulong)(long)value) : (ulong)value;
            for (int i = 0; i < dest.Length; i++)
            {
                dest[i] = (byte)(u >> (8 * i));
            }

            return;
        }

        var bytes = value.ToByteArray(isUnsigned: false, isBigEndian: false);
        byte fill = value.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < dest.Length; i++)
        {
            dest[i] = i < bytes.Length ? bytes[i] : fill;
        }
    }

    private MlirAttribute? ParseStridedLayout()
    {
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' after 'strided'") || !Expect(TokenKind.LSquare, "expected '['"))
        {
            return null;
        }

        var strides = new List<long>();
        if (!ConsumeIf(TokenKind.RSquare))
        {
            do
            {
                var v = ParseStridedValue();
                if (v is null)
                {
                    return null;
                }

                strides.Add(v.Value);
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RSquare, "expected ']'"))
            {
                return null;
            }
        }

        long offset = 0;
        if (ConsumeIf(TokenKind.Comma))
        {
            if (!Expect(TokenKind.KwOffset, "expected 'offset' after comma") || !Expect(TokenKind.Colon))
            {
                return null;
            }

            var o = ParseStridedValue();
            if (o is null)
            {
                return null;
            }

            offset = o.Value;
        }

        return Expect(TokenKind.Greater) ? new StridedLayoutAttr(offset, strides.ToArray()) : null;
    }

    private long? ParseStridedValue()
    {
        if (ConsumeIf(TokenKind.Question))
        {
            return ShapedType.DynamicSize;
        }

        bool neg = ConsumeIf(TokenKind.Minus);
        if (tok.Kind != TokenKind.Integer || !long.TryParse(lex.Text(tok), NumberStyles.None, CultureInfo.InvariantCulture, out long v))
        {
            EmitError(tok, "expected a 64-bit signed integer or '?'");
            return null;
        }

        Consume();
        return neg ? -v : v;
    }

    /// <summary><c>#alias</c> or a dialect attribute <c>#dialect.name&lt;...&gt;</c> kept verbatim unless the dialect parses it.</summary>
    private MlirAttribute? ParseExtendedAttribute(MlirType? type)
    {
        var start = tok;
        if (!ReadExtendedSymbol(out string? aliasName, out string dialect, out string body))
        {
            return null;
        }

        if (aliasName is not null)
        {
            if (attributeAliases.TryGetValue(aliasName, out var aliased))
            {
                return aliased;
            }

            EmitError(Loc(tok), $"undefined symbol alias id '{aliasName}'");
            return null;
        }

        if (ctx.GetDialect(dialect) is { } d)
        {
            string? error = null;
            var a = d.ParseAttribute(body, type, ctx, e => error ??= e);
            if (error is not null)
            {
                EmitError(start, error);
                return null;
            }

            if (a is not null)
            {
                return a;
            }
        }
        else if (!ctx.AllowUnregisteredDialects)
        {
            EmitError(start, $"dialect '{dialect}' is unknown; use --allow-unregistered-dialect to keep its attributes verbatim");
            return null;
        }

        // An opaque attribute may carry a trailing ': type' in MLIR; keep it as part of the verbatim text.
        return new OpaqueAttr(dialect, body);
    }
}
