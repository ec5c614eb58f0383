namespace MlirBuild.Ir;

/// <summary>What a custom print hook can use (the op name and results are already written).</summary>
public abstract class OpAsmPrinter
{
    public abstract AsmWriter Writer { get; }

    public abstract PrintOptions Options { get; }

    public OpAsmPrinter Write(string text)
    {
        Writer.Write(text);
        return this;
    }

    /// <summary>Writes <c>%name</c> of a value.</summary>
    public abstract void PrintOperand(Value value);

    public void PrintOperands(IEnumerable<Value> values)
    {
        bool first = true;
        foreach (var v in values)
        {
            if (!first)
            {
                Write(", ");
            }

            first = false;
            PrintOperand(v);
        }
    }

    public void PrintType(MlirType type) => Writer.Write(type);

    public void PrintAttribute(MlirAttribute attr) => Writer.Write(attr);

    /// <summary>Writes <c>@name</c> (quoted if needed).</summary>
    public void PrintSymbolName(string name) => StringFormat.WriteSymbolName(Writer, name);

    /// <summary>Writes <c> {a = 1, ...}</c> (or <c> attributes {...}</c>) unless nothing is left after eliding.</summary>
    public abstract void PrintOptionalAttrDict(IEnumerable<NamedAttribute> attrs, IReadOnlyCollection<string>? elided = null, bool withKeyword = false);

    /// <summary>Writes a region in braces (newline-indented blocks).</summary>
    public abstract void PrintRegion(Region region, bool printEntryBlockArgs = true, bool printBlockTerminators = true, bool printEmptyBlock = false);

    /// <summary>Writes <c>%arg0: type {attrs} loc(...)</c> for a region entry argument.</summary>
    public abstract void PrintRegionArgument(BlockArgument arg, DictionaryAttr? argAttrs = null, bool omitType = false);

    /// <summary>Writes <c> loc(...)</c> when debug info is on.</summary>
    public abstract void PrintOptionalLocationSpecifier(LocationAttr loc);

    /// <summary>Writes <c>(operand types) -&gt; result types</c> of an op.</summary>
    public void PrintFunctionalType(Operation op)
    {
        Writer.Write('(').WriteList(op.OpOperands, (w, o) => w.Write(o.Value.Type)).Write(") -> ");
        var results = new MlirType[op.NumResults];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = op.GetResult(i).Type;
        }

        FunctionType.PrintResultTypes(Writer, results);
    }

    /// <summary>Writes a successor label <c>^bbN</c>.</summary>
    public abstract void PrintSuccessor(Block block);

    /// <summary>Writes a newline and the current indentation (the <c>`\n`</c> literal of assembly formats).</summary>
    public virtual void PrintNewline() => Writer.Write('\n');

    /// <summary>
    /// Writes an attribute without its type when the type is implied (MLIR's printAttributeWithoutType): integers
    /// (<c>0</c>; i1 as <c>true</c>/<c>false</c>), floats and strings print their value only; others print in full.
    /// </summary>
    public void PrintAttributeWithoutType(MlirAttribute attr)
    {
        switch (attr)
        {
            case IntegerAttr { Type: IntegerType { Width: 1 } } b:
                Writer.Write(b.Value.IsZero ? "false" : "true");
                break;
            case IntegerAttr i:
                IntegerFormat.Write(Writer, i.Value);
                break;
            case FloatAttr f:
                FloatFormat.Print(Writer, f.Type.Semantics, f.Bits);
                break;
            case StringAttr s:
                StringFormat.WriteQuoted(Writer, s.Bytes.AsSpan());
                break;
            default:
                Writer.Write(attr);
                break;
        }
    }

    /// <summary>Writes the stripped form of a dense array, <c>[1, 0]</c> (how ODS formats print DenseI64ArrayAttr).</summary>
    public void PrintDenseArrayBody(DenseArrayAttr attr)
    {
        Writer.Write('[');
        int eb = DenseElementsAttr.ElementStorageBytesOf(attr.ElementType);
        var span = attr.Raw.Span;
        for (int off = 0; off + eb <= span.Length && eb > 0; off += eb)
        {
            if (off > 0)
            {
                Writer.Write(", ");
            }

            DenseFormat.PrintElement(Writer, attr.ElementType, span.Slice(off, eb));
        }

        Writer.Write(']');
    }

    /// <summary>Writes <paramref name="text"/> bare when it is a valid keyword, else as a quoted string.</summary>
    public void PrintKeywordOrString(string text) => StringFormat.WriteKeywordOrString(Writer, text);

    /// <summary>Writes types separated by <c>", "</c>.</summary>
    public void PrintTypes(IEnumerable<MlirType> types)
    {
        bool first = true;
        foreach (var t in types)
        {
            if (!first)
            {
                Write(", ");
            }

            first = false;
            Writer.Write(t);
        }
    }

    /// <summary>Writes <c>(inputs) -&gt; results</c>; a single non-function result prints without parentheses.</summary>
    public void PrintFunctionalType(IReadOnlyList<MlirType> inputs, IReadOnlyList<MlirType> results)
    {
        Writer.Write('(');
        PrintTypes(inputs);
        Writer.Write(") -> ");
        FunctionType.PrintResultTypes(Writer, results);
    }
}
