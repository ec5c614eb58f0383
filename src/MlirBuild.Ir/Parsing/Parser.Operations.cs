namespace MlirBuild.Ir;

/// <summary>Top level, operations (generic and custom), regions and blocks.</summary>
internal sealed partial class Parser
{
    private sealed class BlockDefinition
    {
        public BlockDefinition(Block block, LocationAttr firstReference)
        {
            Block = block;
            FirstReference = firstReference;
        }

        public Block Block { get; }

        public LocationAttr FirstReference { get; }

        public bool Defined { get; set; }
    }

    private readonly List<Dictionary<string, BlockDefinition>> blockScopes = new();
    private readonly Stack<string> defaultDialects = new();
    private readonly List<Operation> opsWithForwardLocations = new();
    private readonly List<BlockArgument> argsWithForwardLocations = new();

    /// <summary>Parses the whole buffer; returns the module (implicit or explicit) or null after an error.</summary>
    public Operation? ParseTopLevel()
    {
        var topBlock = new Block();
        PushRegionScope(isolated: true);
        blockScopes.Add(new Dictionary<string, BlockDefinition>(StringComparer.Ordinal));
        defaultDialects.Push(string.Empty);
        while (!Failed && tok.Kind != TokenKind.Eof)
        {
            switch (tok.Kind)
            {
                case TokenKind.HashIdentifier when PeekKind() == TokenKind.Equal:
                    ParseAttributeAliasDefinition();
                    break;
                case TokenKind.ExclamationIdentifier when PeekKind() == TokenKind.Equal:
                    ParseTypeAliasDefinition();
                    break;
                case TokenKind.FileMetadataBegin:
                    ParseFileMetadata();
                    break;
                default:
                    ParseOperationInto(topBlock);
                    break;
            }
        }

        if (Failed || !PopRegionScope())
        {
            return null;
        }

        if (!ResolveForwardLocations())
        {
            return null;
        }

        if (topBlock.OperationCount == 1 && topBlock.FirstOp!.Name == BuiltinDialect.ModuleOpName)
        {
            var only = topBlock.FirstOp;
            only.Remove();
            return only;
        }

        var state = new OperationState(BuiltinDialect.ModuleOpName, new FileLineColLoc(lex.FileName, 0, 0), ctx);
        var region = state.AddRegion();
        region.Append(topBlock);
        return Operation.Create(state);
    }

    /// <summary>Source offset of a location this parser made (for re-creating it in messages).</summary>
    private int OffsetOf(LocationAttr loc) => loc is FileLineColLoc f && f.File == lex.FileName ? lex.OffsetOf(f.Line, f.Column) : 0;

    private void ParseAttributeAliasDefinition()
    {
        var at = tok;
        string name = SigilName(tok);
        Consume();
        Consume();
        if (attributeAliases.ContainsKey(name))
        {
            EmitError(at, $"redefinition of attribute alias id '{name}'");
            return;
        }

        var attr = tok.Kind == TokenKind.KwLoc ? ParseLocation(allowForwardAlias: false) : ParseAttribute();
        if (attr is not null)
        {
            attributeAliases[name] = attr;
        }
    }

    private void ParseTypeAliasDefinition()
    {
        var at = tok;
        string name = SigilName(tok);
        Consume();
        Consume();
        if (typeAliases.ContainsKey(name))
        {
            EmitError(at, $"redefinition of type alias id '{name}'");
            return;
        }

        var type = ParseType();
        if (type is not null)
        {
            typeAliases[name] = type;
        }
    }

    private bool ResolveForwardLocations()
    {
        LocationAttr? Resolve(LocationAttr loc)
        {
            if (loc is not ForwardLocationRef f)
            {
                return loc;
            }

            if (attributeAliases.TryGetValue(f.Alias, out var a))
            {
                if (a is LocationAttr la)
                {
                    return la;
                }

                EmitError(Loc(f.Offset), $"expected location, but found '{a}'");
                return null;
            }

            EmitError(Loc(f.Offset), $"operation location alias was never defined");
            return null;
        }

        foreach (var op in opsWithForwardLocations)
        {
            var l = Resolve(op.Location);
            if (l is null)
            {
                return false;
            }

            op.Location = l;
        }

        foreach (var arg in argsWithForwardLocations)
        {
            var l = Resolve(arg.Location);
            if (l is null)
            {
                return false;
            }

            arg.Location = l;
        }

        return true;
    }

    /// <summary>Parses one operation (with results and trailing location) and appends it to <paramref name="block"/>.</summary>
    private void ParseOperationInto(Block block)
    {
        if (!EnterNesting())
        {
            return;
        }

        try
        {
            var op = ParseOperation();
            if (op is not null)
            {
                block.Append(op);
            }
        }
        finally
        {
            ExitNesting();
        }
    }

    private Operation? ParseOperation()
    {
        var results = new List<(string Name, int Count, Token At)>();
        if (tok.Kind == TokenKind.PercentIdentifier)
        {
            do
            {
                if (tok.Kind != TokenKind.PercentIdentifier)
                {
                    EmitError(tok, "expected valid ssa identifier");
                    return null;
                }

                var at = tok;
                string name = SigilName(tok);
                Consume();
                int count = 1;
                if (ConsumeIf(TokenKind.Colon))
                {
                    if (tok.Kind != TokenKind.Integer || !int.TryParse(lex.Text(tok), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1)
                    {
                        EmitError(tok, "expected integer number of results");
                        return null;
                    }

                    Consume();
                }

                results.Add((name, count, at));
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.Equal, "expected '=' after SSA name"))
            {
                return null;
            }
        }

        var nameTok = tok;
        Operation? op;
        if (tok.Kind == TokenKind.String)
        {
            op = ParseGenericOperation();
        }
        else if (tok.IsWordLike)
        {
            op = ParseCustomOperation();
        }
        else
        {
            EmitError(tok, results.Count > 0 ? "expected operation name in quotes" : "expected operation name in quotes");
            return null;
        }

        if (op is null)
        {
            return null;
        }

        if (tok.Kind == TokenKind.KwLoc)
        {
            var loc = ParseLocation(allowForwardAlias: true);
            if (loc is null)
            {
                op.Erase();
                return null;
            }

            op.Location = loc;
            if (loc is ForwardLocationRef)
            {
                opsWithForwardLocations.Add(op);
            }
        }

        int total = 0;
        foreach (var r in results)
        {
            total += r.Count;
        }

        if (results.Count > 0 && total != op.NumResults)
        {
            EmitError(nameTok, $"operation defines {op.NumResults} results but was provided {total} to bind");
            op.Erase();
            return null;
        }

        int next = 0;
        foreach (var (name, count, at) in results)
        {
            var values = new Value[count];
            for (int i = 0; i < count; i++)
            {
                values[i] = op.GetResult(next + i);
            }

            if (HintFor(name) is { } hint)
            {
                op.GetResult(next).NameHint = hint;
            }

            next += count;
            if (!DefineValues(name, values, at.Start))
            {
                return null;
            }
        }

        return op;
    }

    private Operation? ParseGenericOperation()
    {
        var nameTok = tok;
        string name = lex.Text(tok).IndexOf((byte)'\\') < 0 ? lex.Intern(tok.Start + 1, tok.Length - 2) : lex.StringValue(tok);
        Consume();
        var loc = Loc(nameTok);
        if (name.Length == 0)
        {
            EmitError(nameTok, "empty operation name is invalid");
            return null;
        }

        var def = ctx.LookupOp(name);
        if (def is null)
        {
            int dot = name.IndexOf('.');
            string ns = dot < 0 ? name : name[..dot];
            if (ctx.GetDialect(ns) is not null && !ctx.AllowUnregisteredDialects)
            {
                EmitError(nameTok, $"unregistered operation '{name}' found in dialect ('{ns}') that does not allow unknown operations");
                return null;
            }

            if (!ctx.AllowUnregisteredDialects)
            {
                EmitError(tok, "operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used");
                return null;
            }
        }

        var state = new OperationState(name, loc, ctx);
        if (!Expect(TokenKind.LParen, "expected '(' to start operand list"))
        {
            return null;
        }

        var operands = new List<UnresolvedOperand>();
        if (!ConsumeIf(TokenKind.RParen))
        {
            do
            {
                var use = TryParseSsaUse();
                if (use is null)
                {
                    if (!Failed)
                    {
                        EmitError(tok, "expected SSA operand");
                    }

                    return null;
                }

                operands.Add(use.Value);
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RParen, "expected ')' to end operand list"))
            {
                return null;
            }
        }

        if (ConsumeIf(TokenKind.LSquare))
        {
            do
            {
                var b = ParseSuccessor();
                if (b is null)
                {
                    return null;
                }

                state.Successors.Add(b);
            }
            while (ConsumeIf(TokenKind.Comma));
            if (!Expect(TokenKind.RSquare, "expected ']' in successor list"))
            {
                return null;
            }
        }

        if (tok.Kind == TokenKind.Less)
        {
            var propTok = tok;
            Consume();
            var props = ParseAttribute();
            if (props is null || !Expect(TokenKind.Greater, "expected '>' to close properties"))
            {
                return null;
            }

            if (props is not DictionaryAttr dict)
            {
                EmitError(propTok, "expected a dictionary of properties");
                return null;
            }

            state.Properties = new List<NamedAttribute>(dict.Entries);
        }

        if (ConsumeIf(TokenKind.LParen))
        {
            bool isolated = def?.HasTrait(OpTraits.IsolatedFromAbove) ?? false;
            defaultDialects.Push(string.Empty);
            try
            {
                do
                {
                    var region = state.AddRegion();
                    if (!ParseRegionBody(region, null, isolated))
                    {
                        return null;
                    }
                }
                while (ConsumeIf(TokenKind.Comma));
            }
            finally
            {
                defaultDialects.Pop();
            }

            if (!Expect(TokenKind.RParen, "expected ')' to end region list"))
            {
                return null;
            }
        }

        if (tok.Kind == TokenKind.LBrace && !ParseAttributeDict(state.Attributes))
        {
            return null;
        }

        if (!Expect(TokenKind.Colon, "expected ':' followed by operation type"))
        {
            return null;
        }

        var typeTok = tok;
        var type = ParseType();
        if (type is null)
        {
            return null;
        }

        if (type is not FunctionType ft)
        {
            EmitError(typeTok, "expected function type");
            return null;
        }

        if (ft.Inputs.Count != operands.Count)
        {
            EmitError(typeTok, $"expected {operands.Count} operand type{(operands.Count == 1 ? string.Empty : "s")} but had {ft.Inputs.Count}");
            return null;
        }

        for (int i = 0; i < operands.Count; i++)
        {
            var v = ResolveValue(operands[i], ft.Inputs[i]);
            if (v is null)
            {
                return null;
            }

            state.Operands.Add(v);
        }

        state.ResultTypes.AddRange(ft.Results);
        var op = Operation.Create(state);
        if (op.Properties is { Count: > 0 } parsedProperties)
        {
            op.Properties = UniqueDictionary(parsedProperties);
        }

        return op;
    }

    private Operation? ParseCustomOperation()
    {
        var nameTok = tok;
        string name = TokenText(tok);
        OpDefinition? def = null;
        if (name.Contains('.'))
        {
            def = ctx.LookupOp(name);
        }
        else
        {
            string dd = defaultDialects.Count > 0 ? defaultDialects.Peek() : string.Empty;
            if (dd.Length > 0)
            {
                def = ctx.LookupOp(dd + "." + name);
            }

            def ??= ctx.LookupOp("builtin." + name);
        }

        if (def?.Parse is null)
        {
            int dot = name.IndexOf('.');
            if (dot > 0 && ctx.GetDialect(name[..dot]) is null)
            {
                EmitError(nameTok, $"Dialect `{name[..dot]}' not found for custom op '{name}' ");
            }
            else
            {
                EmitError(nameTok, $"custom op '{name}' is unknown");
            }

            return null;
        }

        Consume();
        var state = new OperationState(def.Name, Loc(nameTok), ctx);
        var adapter = new CustomOpParser(this, def);
        defaultDialects.Push(def.DefaultDialect);
        bool ok;
        try
        {
            ok = def.Parse(adapter, state);
        }
        finally
        {
            defaultDialects.Pop();
        }

        if (!ok || Failed)
        {
            if (!Failed)
            {
                EmitError(nameTok, $"failed to parse custom op '{name}'");
            }

            return null;
        }

        return Operation.Create(state);
    }

    private Block? ParseSuccessor()
    {
        if (tok.Kind != TokenKind.CaretIdentifier)
        {
            EmitError(tok, "expected block name");
            return null;
        }

        var def = GetBlockDefinition(tok);
        Consume();
        return def.Block;
    }

    private BlockDefinition GetBlockDefinition(Token at)
    {
        string name = SigilName(at);
        var scope = blockScopes[^1];
        if (!scope.TryGetValue(name, out var def))
        {
            def = new BlockDefinition(new Block(), Loc(at));
            scope[name] = def;
        }

        return def;
    }

    /// <summary>
    /// Parses <c>{ ... }</c> into <paramref name="region"/>. <paramref name="entryArguments"/> (custom forms) become the
    /// entry block's arguments; <paramref name="isolated"/> starts a fresh SSA name scope.
    /// </summary>
    internal bool ParseRegionBody(Region region, IReadOnlyList<RegionArgument>? entryArguments, bool isolated)
    {
        if (!EnterNesting())
        {
            return false;
        }

        try
        {
            if (!Expect(TokenKind.LBrace, "expected '{' to begin a region"))
            {
                return false;
            }

            PushRegionScope(isolated);
            blockScopes.Add(new Dictionary<string, BlockDefinition>(StringComparer.Ordinal));
            bool ok = ParseRegionBlocks(region, entryArguments);
            var blocks = blockScopes[^1];
            blockScopes.RemoveAt(blockScopes.Count - 1);
            if (ok)
            {
                foreach (var b in blocks.Values)
                {
                    if (!b.Defined)
                    {
                        EmitError(b.FirstReference, "reference to an undefined block");
                        ok = false;
                        break;
                    }
                }
            }

            bool popped = PopRegionScope();
            return ok && popped && !Failed;
        }
        finally
        {
            ExitNesting();
        }
    }

    private bool ParseRegionBlocks(Region region, IReadOnlyList<RegionArgument>? entryArguments)
    {
        bool hasArgs = entryArguments is { Count: > 0 };
        if (tok.Kind == TokenKind.RBrace)
        {
            Consume();
            if (hasArgs)
            {
                var entry = region.AddBlock();
                return DefineEntryArguments(entry, entryArguments!);
            }

            return true;
        }

        Block current;
        if (tok.Kind == TokenKind.CaretIdentifier)
        {
            if (hasArgs)
            {
                EmitError(tok, "invalid block name in region with named arguments");
                return false;
            }

            current = ParseBlockLabel(region)!;
            if (current is null)
            {
                return false;
            }
        }
        else
        {
            current = region.AddBlock();
            if (entryArguments is not null && !DefineEntryArguments(current, entryArguments))
            {
                return false;
            }
        }

        while (!Failed)
        {
            switch (tok.Kind)
            {
                case TokenKind.RBrace:
                    Consume();
                    return true;
                case TokenKind.CaretIdentifier:
                    var next = ParseBlockLabel(region);
                    if (next is null)
                    {
                        return false;
                    }

                    current = next;
                    break;
                case TokenKind.Eof:
                    EmitError(tok, "expected '}' to end region");
                    return false;
                default:
                    ParseOperationInto(current);
                    break;
            }
        }

        return false;
    }

    private bool DefineEntryArguments(Block entry, IReadOnlyList<RegionArgument> args)
    {
        foreach (var a in args)
        {
            var arg = entry.AddArgument(a.Type, a.Location ?? a.Name.Location);
            if (HintFor(a.Name.Name) is { } hint)
            {
                arg.NameHint = hint;
            }

            if (!DefineValues(a.Name.Name, new Value[] { arg }, OffsetOf(a.Name.Location)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses <c>^bb(%a: t loc(..), ...):</c>, appends the block to the region and returns it.</summary>
    private Block? ParseBlockLabel(Region region)
    {
        var labelTok = tok;
        var def = GetBlockDefinition(tok);
        Consume();
        if (def.Defined)
        {
            EmitError(labelTok, $"redefinition of block '^{SigilName(labelTok)}'");
            return null;
        }

        def.Defined = true;
        region.Append(def.Block);
        if (ConsumeIf(TokenKind.LParen))
        {
            if (!ConsumeIf(TokenKind.RParen))
            {
                do
                {
                    var use = TryParseSsaUse();
                    if (use is null)
                    {
                        if (!Failed)
                        {
                            EmitError(tok, "expected SSA operand");
                        }

                        return null;
                    }

                    if (!Expect(TokenKind.Colon, "expected ':' and type for SSA operand"))
                    {
                        return null;
                    }

                    var type = ParseType();
                    if (type is null)
                    {
                        return null;
                    }

                    LocationAttr loc = use.Value.Location;
                    bool forward = false;
                    if (tok.Kind == TokenKind.KwLoc)
                    {
                        var l = ParseLocation(allowForwardAlias: true);
                        if (l is null)
                        {
                            return null;
                        }

                        loc = l;
                        forward = l is ForwardLocationRef;
                    }

                    var arg = def.Block.AddArgument(type, loc);
                    if (forward)
                    {
                        argsWithForwardLocations.Add(arg);
                    }

                    if (!DefineValues(use.Value.Name, new Value[] { arg }, OffsetOf(use.Value.Location)))
                    {
                        return null;
                    }
                }
                while (ConsumeIf(TokenKind.Comma));
                if (!Expect(TokenKind.RParen, "expected ')' to end argument list"))
                {
                    return null;
                }
            }
        }

        return Expect(TokenKind.Colon, "expected ':' after block name") ? def.Block : null;
    }
}
