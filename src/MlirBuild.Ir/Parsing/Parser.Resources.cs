namespace MlirBuild.Ir;

/// <summary><c>{-# dialect_resources: { builtin: { key: "0x..." } } #-}</c>.</summary>
internal sealed partial class Parser
{
    private void ParseFileMetadata()
    {
        Consume();
        if (ConsumeIf(TokenKind.FileMetadataEnd))
        {
            return;
        }

        do
        {
            if (!tok.IsWordLike)
            {
                EmitError(tok, "expected identifier key in file metadata dictionary");
                return;
            }

            string section = TokenText(tok);
            var sectionTok = tok;
            Consume();
            if (!Expect(TokenKind.Colon, "expected ':'") || !Expect(TokenKind.LBrace, "expected '{'"))
            {
                return;
            }

            if (section != "dialect_resources" && section != "external_resources")
            {
                EmitError(sectionTok, $"unknown key '{section}' in file metadata dictionary");
                return;
            }

            if (!ConsumeIf(TokenKind.RBrace))
            {
                do
                {
                    if (!tok.IsWordLike)
                    {
                        EmitError(tok, "expected identifier key for 'resource' entry");
                        return;
                    }

                    string dialect = TokenText(tok);
                    Consume();
                    if (!Expect(TokenKind.Colon, "expected ':'") || !Expect(TokenKind.LBrace, "expected '{'"))
                    {
                        return;
                    }

                    if (!ConsumeIf(TokenKind.RBrace))
                    {
                        do
                        {
                            if (!ParseResourceEntry(section == "dialect_resources" && dialect == "builtin"))
                            {
                                return;
                            }
                        }
                        while (ConsumeIf(TokenKind.Comma));
                        if (!Expect(TokenKind.RBrace, "expected '}'"))
                        {
                            return;
                        }
                    }
                }
                while (ConsumeIf(TokenKind.Comma));
                if (!Expect(TokenKind.RBrace, "expected '}'"))
                {
                    return;
                }
            }
        }
        while (ConsumeIf(TokenKind.Comma));
        Expect(TokenKind.FileMetadataEnd, "expected '#-}' to end file metadata");
    }

    private bool ParseResourceEntry(bool isBuiltinBlob)
    {
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
            EmitError(tok, "expected identifier key for 'resource' entry");
            return false;
        }

        Consume();
        if (!Expect(TokenKind.Colon, "expected ':'"))
        {
            return false;
        }

        if (tok.Kind == TokenKind.String && isBuiltinBlob)
        {
            var valueTok = tok;
            var text = lex.Text(tok);
            if (!IsHexString(tok) || ((text.Length - 4) & 1) != 0 || text.Length < 12)
            {
                EmitError(tok, "expected hex string blob for key '" + key + "'");
                return false;
            }

            var all = new byte[(text.Length - 4) / 2];
            if (!DecodeHex(text[3..^1], all, valueTok.Start + 3))
            {
                EmitError(valueTok, "expected hex string blob for key '" + key + "'");
                return false;
            }

            Consume();
            var blob = GetResource(key);
            blob.Alignment = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(all);
            blob.Data = all.AsMemory(4);
            blob.HasData = true;
            return true;
        }

        // Other dialects' resources: accept a string, boolean or integer and ignore it.
        if (tok.Kind is TokenKind.String or TokenKind.KwTrue or TokenKind.KwFalse or TokenKind.Integer)
        {
            Consume();
            return true;
        }

        EmitError(tok, "expected resource value");
        return false;
    }
}
