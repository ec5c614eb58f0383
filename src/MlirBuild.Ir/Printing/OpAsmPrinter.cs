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
}
