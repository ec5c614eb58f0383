namespace MlirBuild.Ir;

/// <summary>Prints operations, blocks and regions (generic form, or custom forms through dialect hooks).</summary>
internal sealed class OperationPrinter : OpAsmPrinter
{
    private readonly AsmWriter w;
    private readonly PrintOptions options;
    private readonly ValueNaming naming;
    private readonly Stack<string> defaultDialects = new();
    private int indent;

    public OperationPrinter(AsmWriter writer, PrintOptions options, Operation top)
    {
        w = writer;
        this.options = options;
        naming = new ValueNaming(top, uniqueIds: options.Generic, useHints: options.UseNameHints);
        defaultDialects.Push("builtin");
    }

    public override AsmWriter Writer => w;

    public override PrintOptions Options => options;

    private void Indent()
    {
        for (int i = 0; i < indent; i++)
        {
            w.Output.Write(' ');
        }
    }

    public void PrintFullOp(Operation op)
    {
        Indent();
        PrintOperation(op);
        PrintTrailingLocation(op.Location, allowAlias: true);
    }

    private void PrintTrailingLocation(LocationAttr loc, bool allowAlias)
    {
        if (!options.PrintDebugInfo)
        {
            return;
        }

        w.Write(' ');
        w.WriteTrailingLocation(loc, allowAlias);
    }

    private void PrintOperation(Operation op)
    {
        if (op.NumResults > 0)
        {
            var groups = naming.ResultGroups(op);
            if (groups is null)
            {
                naming.WriteValue(w, op.GetResult(0), printResultNumber: false);
                if (op.NumResults > 1)
                {
                    w.Write(':').Write(op.NumResults);
                }
            }
            else
            {
                for (int g = 0; g < groups.Length; g++)
                {
                    if (g > 0)
                    {
                        w.Write(", ");
                    }

                    int start = groups[g];
                    int end = g + 1 < groups.Length ? groups[g + 1] : op.NumResults;
                    naming.WriteValue(w, op.GetResult(start), printResultNumber: false);
                    if (end - start > 1)
                    {
                        w.Write(':').Write(end - start);
                    }
                }
            }

            w.Write(" = ");
        }

        if (!options.Generic && op.Definition?.Print is { } hook && (op.Definition.CanPrint is null || op.Definition.CanPrint(op)))
        {
            string name = op.Name;
            string dd = defaultDialects.Peek();
            if (dd.Length > 0 && name.StartsWith(dd + ".", StringComparison.Ordinal) && name.IndexOf('.', dd.Length + 1) < 0)
            {
                name = name[(dd.Length + 1)..];
            }

            w.Write(name);
            defaultDialects.Push(op.Definition.DefaultDialect);
            hook(op, this);
            defaultDialects.Pop();
            return;
        }

        PrintGenericOp(op);
    }

    private void PrintGenericOp(Operation op)
    {
        StringFormat.WriteQuoted(w, op.Name);
        w.Write('(');
        for (int i = 0; i < op.NumOperands; i++)
        {
            if (i > 0)
            {
                w.Write(", ");
            }

            naming.WriteValue(w, op.GetOperand(i));
        }

        w.Write(')');
        if (op.SuccessorOperands.Count > 0)
        {
            w.Write('[');
            for (int i = 0; i < op.SuccessorOperands.Count; i++)
            {
                if (i > 0)
                {
                    w.Write(", ");
                }

                w.Write(naming.BlockName(op.GetSuccessor(i)));
            }

            w.Write(']');
        }

        if (op.Properties is { } props && (props.Count > 0 || !op.IsRegistered))
        {
            w.Write(" <").Write(props).Write('>');
        }

        if (op.Regions.Count > 0)
        {
            w.Write(" (");
            for (int i = 0; i < op.Regions.Count; i++)
            {
                if (i > 0)
                {
                    w.Write(", ");
                }

                defaultDialects.Push(string.Empty);
                PrintRegion(op.Regions[i], true, true, true);
                defaultDialects.Pop();
            }

            w.Write(')');
        }

        PrintAttrDict(op.Attributes.Entries.AsSpan());
        w.Write(" : ");
        PrintFunctionalType(op);
    }

    public override void PrintOperand(Value value) => naming.WriteValue(w, value);

    public override void PrintSuccessor(Block block) => w.Write(naming.BlockName(block));

    public override void PrintNewline()
    {
        w.Write('\n');
        Indent();
    }

    /// <summary>The generic form's <c>{...}</c> (nothing when empty), without boxing the entries.</summary>
    private void PrintAttrDict(ReadOnlySpan<NamedAttribute> attrs)
    {
        for (int i = 0; i < attrs.Length; i++)
        {
            w.Write(i == 0 ? " {" : ", ");
            StringFormat.WriteKeywordOrString(w, attrs[i].Name);
            if (attrs[i].Value is not UnitAttr)
            {
                w.Write(" = ").Write(attrs[i].Value);
            }
        }

        if (attrs.Length > 0)
        {
            w.Write('}');
        }
    }

    public override void PrintOptionalAttrDict(IEnumerable<NamedAttribute> attrs, IReadOnlyCollection<string>? elided = null, bool withKeyword = false)
    {
        bool first = true;
        foreach (var a in attrs)
        {
            if (elided is not null && elided.Contains(a.Name))
            {
                continue;
            }

            if (first)
            {
                w.Write(withKeyword ? " attributes {" : " {");
                first = false;
            }
            else
            {
                w.Write(", ");
            }

            StringFormat.WriteKeywordOrString(w, a.Name);
            if (a.Value is not UnitAttr)
            {
                w.Write(" = ").Write(a.Value);
            }
        }

        if (!first)
        {
            w.Write('}');
        }
    }

    public override void PrintRegion(Region region, bool printEntryBlockArgs = true, bool printBlockTerminators = true, bool printEmptyBlock = false)
    {
        w.Write("{\n");
        if (!region.IsEmpty)
        {
            var entry = region.Blocks[0];
            bool header = (printEmptyBlock && entry.IsEmpty) || (printEntryBlockArgs && entry.Arguments.Count != 0);
            PrintBlock(entry, header, printBlockTerminators);
            for (int i = 1; i < region.Blocks.Count; i++)
            {
                PrintBlock(region.Blocks[i], true, true);
            }
        }

        Indent();
        w.Write('}');
    }

    private void PrintBlock(Block block, bool printHeader, bool printTerminator)
    {
        if (printHeader)
        {
            Indent();
            w.Write(naming.BlockName(block));
            if (block.Arguments.Count > 0)
            {
                w.Write('(');
                for (int i = 0; i < block.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Write(", ");
                    }

                    var arg = block.Arguments[i];
                    naming.WriteValue(w, arg);
                    w.Write(": ").Write(arg.Type);
                    PrintTrailingLocation(arg.Location, allowAlias: false);
                }

                w.Write(')');
            }

            w.Write(':');
            PrintPredecessorComment(block);
            w.Write('\n');
        }

        indent += 2;
        var last = block.LastOp;
        bool skipLast = !printTerminator && last is not null && last.HasTrait(OpTraits.IsTerminator);
        for (var op = block.FirstOp; op is not null; op = op.NextOp)
        {
            if (skipLast && ReferenceEquals(op, last))
            {
                break;
            }

            PrintFullOp(op);
            w.Write('\n');
        }

        indent -= 2;
    }

    private void PrintPredecessorComment(Block block)
    {
        var preds = block.PredecessorUses.Select(u => u.Owner.Block).Where(b => b is not null).Select(b => b!).ToList();
        if (preds.Count == 0)
        {
            if (!block.IsEntryBlock)
            {
                w.Write("  // no predecessors");
            }

            return;
        }

        if (preds.Count == 1)
        {
            w.Write("  // pred: ").Write(naming.BlockName(preds[0]));
            return;
        }

        var sorted = preds.OrderBy(naming.BlockOrder).ToList();
        w.Write("  // ").Write(sorted.Count).Write(" preds: ");
        w.WriteList(sorted, (x, b) => x.Write(naming.BlockName(b)));
    }

    public override void PrintRegionArgument(BlockArgument arg, DictionaryAttr? argAttrs = null, bool omitType = false)
    {
        naming.WriteValue(w, arg);
        if (!omitType)
        {
            w.Write(": ").Write(arg.Type);
        }

        if (argAttrs is { Count: > 0 })
        {
            w.Write(' ').Write(argAttrs);
        }

        PrintTrailingLocation(arg.Location, allowAlias: false);
    }

    public override void PrintOptionalLocationSpecifier(LocationAttr loc) => PrintTrailingLocation(loc, allowAlias: true);

    /// <summary>Custom printers of ops whose regions set a default dialect (e.g. func) push it around region printing.</summary>
    internal void PushDefaultDialect(string dialect) => defaultDialects.Push(dialect);

    internal void PopDefaultDialect() => defaultDialects.Pop();
}
