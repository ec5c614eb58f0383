namespace MlirBuild.Ir;

/// <summary>The <see cref="OpAsmParser"/> handed to custom parse hooks; forwards to the parser.</summary>
internal sealed partial class Parser
{
    private sealed class CustomOpParser : OpAsmParser
    {
        private readonly Parser p;
        private readonly OpDefinition def;

        public CustomOpParser(Parser parser, OpDefinition definition)
        {
            p = parser;
            def = definition;
        }

        public override MlirContext Context => p.ctx;

        public override LocationAttr CurrentLocation => p.Loc(p.tok);

        public override Diagnostic EmitError(string message) => p.EmitError(p.tok, message);

        public override Diagnostic EmitError(LocationAttr location, string message) => p.EmitError(location, message);

        public override bool TryParseKeyword(string keyword)
        {
            if (p.tok.IsWordLike && p.lex.Text(p.tok).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(keyword)))
            {
                p.Consume();
                return true;
            }

            return false;
        }

        public override string? TryParseAnyKeyword()
        {
            if (!p.tok.IsWordLike)
            {
                return null;
            }

            var s = p.TokenText(p.tok);
            p.Consume();
            return s;
        }

        private static TokenKind? PunctKind(string punct)
        {
            foreach (var (k, s) in TokenTable.Punctuation)
            {
                if (s == punct)
                {
                    return k;
                }
            }

            return null;
        }

        public override bool TryParsePunct(string punct) =>
            PunctKind(punct) is { } k ? p.ConsumeIf(k) : throw new ArgumentException("not a punctuation token: " + punct);

        public override bool PeekPunct(string punct) => PunctKind(punct) is { } k && p.tok.Kind == k;

        public override string? TryParseSymbolName()
        {
            if (p.tok.Kind != TokenKind.AtIdentifier)
            {
                return null;
            }

            var s = p.SigilName(p.tok);
            p.Consume();
            return s;
        }

        public override string? TryParseString()
        {
            if (p.tok.Kind != TokenKind.String)
            {
                return null;
            }

            var s = p.lex.StringValue(p.tok);
            p.Consume();
            return s;
        }

        public override long? TryParseInteger()
        {
            if (p.tok.Kind != TokenKind.Integer
                || !long.TryParse(p.lex.Text(p.tok), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            p.Consume();
            return value;
        }

        public override MlirType? ParseType() => p.ParseType();

        public override MlirType? TryParseType() => p.TryParseType();

        public override MlirAttribute? ParseAttribute(MlirType? type = null) => p.ParseAttribute(type);

        public override bool ParseOptionalAttrDict(List<NamedAttribute> into) => p.tok.Kind != TokenKind.LBrace || p.ParseAttributeDict(into);

        public override bool ParseAttrDictBody(List<NamedAttribute> into) => p.ParseAttributeDict(into);

        public override UnresolvedOperand? TryParseOperand() => p.TryParseSsaUse();

        public override bool ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IReadOnlyList<MlirType> types, List<Value> into)
        {
            if (operands.Count != types.Count)
            {
                p.EmitError(p.tok, $"{operands.Count} operands present, but expected {types.Count}");
                return false;
            }

            for (int i = 0; i < operands.Count; i++)
            {
                var v = p.ResolveValue(operands[i], types[i]);
                if (v is null)
                {
                    return false;
                }

                into.Add(v);
            }

            return true;
        }

        public override RegionArgument? TryParseArgument(bool allowAttributes = true)
        {
            var use = p.TryParseSsaUse();
            if (use is null)
            {
                return null;
            }

            if (!p.Expect(TokenKind.Colon, "expected ':'"))
            {
                return null;
            }

            var type = p.ParseType();
            if (type is null)
            {
                return null;
            }

            DictionaryAttr? attrs = null;
            if (allowAttributes && p.tok.Kind == TokenKind.LBrace)
            {
                var list = new List<NamedAttribute>();
                if (!p.ParseAttributeDict(list))
                {
                    return null;
                }

                attrs = new DictionaryAttr(list);
            }

            LocationAttr? loc = null;
            if (p.tok.Kind == TokenKind.KwLoc)
            {
                loc = p.ParseLocation(allowForwardAlias: false);
                if (loc is null)
                {
                    return null;
                }
            }

            return new RegionArgument(use.Value, type, attrs, loc);
        }

        public override bool ParseRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null) =>
            p.ParseRegionBody(region, arguments, def.HasTrait(OpTraits.IsolatedFromAbove));

        public override bool AtAttributeStart() => p.tok.Kind switch
        {
            TokenKind.KwTrue or TokenKind.KwFalse or TokenKind.KwUnit or TokenKind.String or TokenKind.LSquare
                or TokenKind.LBrace or TokenKind.AtIdentifier or TokenKind.Minus or TokenKind.Integer or TokenKind.Float
                or TokenKind.KwDense or TokenKind.KwDenseResource or TokenKind.KwArray or TokenKind.KwAffineMap
                or TokenKind.KwAffineSet or TokenKind.KwLoc or TokenKind.KwStrided or TokenKind.HashIdentifier
                or TokenKind.KwDistinct or TokenKind.KwSparse => true,
            _ => p.AtTypeStart(),
        };

        public override MlirAttribute? TryParseAttribute(MlirType? type = null) => AtAttributeStart() ? p.ParseAttribute(type) : null;

        public override Block? TryParseSuccessor() => p.tok.Kind == TokenKind.CaretIdentifier ? p.ParseSuccessor() : null;

        public override bool PeekKeyword(string keyword) =>
            p.tok.IsWordLike && p.lex.Text(p.tok).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(keyword));

        public override DenseArrayAttr? ParseDenseArrayBody(MlirType elementType) => p.ParseDenseArrayBody(elementType);

        public override bool ParseOptionalLocationSpecifier(out LocationAttr? location)
        {
            location = null;
            if (p.tok.Kind != TokenKind.KwLoc)
            {
                return true;
            }

            location = p.ParseLocation(allowForwardAlias: false);
            return location is not null;
        }
    }
}
