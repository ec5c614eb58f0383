namespace MlirBuild.Ir;

/// <summary>
/// Prints operations in MLIR's textual format. <see cref="Print(Operation, TextWriter, PrintOptions?)"/> writes what
/// mlir-opt writes for a top-level op: non-deferred aliases, the op, deferred location aliases, the resource section
/// and a final empty line.
/// </summary>
public static class MlirPrinter
{
    public static string Print(Operation op, PrintOptions? options = null)
    {
        var sw = new StringWriter();
        Print(op, sw, options);
        return sw.ToString();
    }

    public static void Print(Operation op, TextWriter output, PrintOptions? options = null)
    {
        options ??= new PrintOptions();
        var w = new AsmWriter(output);
        var aliases = new AliasTable();
        var collector = new AliasCollector(options.PrintDebugInfo, options.Generic);
        collector.VisitOperation(op);
        var list = collector.Build(aliases);
        w.Aliases = aliases;
        foreach (var (name, symbol, deferred) in list)
        {
            if (!deferred)
            {
                WriteAliasDefinition(w, name, symbol);
            }
        }

        var printer = new OperationPrinter(w, options, op);
        printer.PrintFullOp(op);
        w.Write('\n');
        foreach (var (name, symbol, deferred) in list)
        {
            if (deferred)
            {
                WriteAliasDefinition(w, name, symbol);
            }
        }

        if (collector.Resources.Count > 0)
        {
            WriteResources(w, collector.Resources);
        }

        w.Write('\n');
    }

    /// <summary>Prints one op (and nested ops) without alias definitions or resources; for debugging and ToString.</summary>
    public static string PrintOperation(Operation op, PrintOptions? options = null)
    {
        var sw = new StringWriter();
        var w = new AsmWriter(sw);
        new OperationPrinter(w, options ?? new PrintOptions(), op).PrintFullOp(op);
        return sw.ToString();
    }

    private static void WriteAliasDefinition(AsmWriter w, string name, object symbol)
    {
        if (symbol is MlirType t)
        {
            w.Write('!').Write(name).Write(" = ");
            t.PrintBody(w);
        }
        else
        {
            w.Write('#').Write(name).Write(" = ");
            ((MlirAttribute)symbol).PrintBody(w);
        }

        w.Write('\n');
    }

    private static void WriteResources(AsmWriter w, List<DenseResourceElementsAttr> resources)
    {
        var blobs = resources.Where(r => r.Blob is { HasData: true }).Select(r => r.Blob!).OrderBy(b => b.Ordinal).ToList();
        if (blobs.Count == 0)
        {
            return;
        }

        w.Write("\n{-#\n  dialect_resources: {\n    builtin: {\n");
        for (int i = 0; i < blobs.Count; i++)
        {
            var b = blobs[i];
            w.Write("      ");
            StringFormat.WriteKeywordOrString(w, b.Key);
            w.Write(": \"");
            var align = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(align, b.Alignment);
            DenseFormat.WriteHex(w, align);
            WriteHexNoPrefix(w, b.Data.Span);
            w.Write('"');
            w.Write(i + 1 < blobs.Count ? ",\n" : "\n");
        }

        w.Write("    }\n  }\n#-}\n");
    }

    private static void WriteHexNoPrefix(AsmWriter w, ReadOnlySpan<byte> data)
    {
        const int Chunk = 16 * 1024;
        var chars = new char[Chunk * 2];
        for (int off = 0; off < data.Length; off += Chunk)
        {
            var part = data.Slice(off, Math.Min(Chunk, data.Length - off));
            Convert.TryToHexString(part, chars, out int written);
            w.Output.Write(chars, 0, written);
        }
    }
}
