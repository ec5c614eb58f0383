namespace MlirBuild.Ir;

/// <summary>
/// Base of attributes a dialect defines itself (generated from AttrDef/EnumAttr). They print as MLIR's dialect
/// attribute printer does: <c>#dialect.symbol</c> when the symbol is simple enough, else <c>#dialect&lt;symbol&gt;</c>.
/// </summary>
public abstract record DialectAttribute : MlirAttribute
{
    /// <summary>The dialect namespace (<c>stablehlo</c>).</summary>
    public abstract string DialectNamespace { get; }

    /// <summary>The mnemonic the symbol starts with (<c>gather</c>).</summary>
    public abstract string Mnemonic { get; }

    /// <summary>Writes the symbol: the mnemonic and the parameters (<c>gather&lt;offset_dims = [1]&gt;</c>).</summary>
    public abstract void PrintSymbol(AsmWriter w);

    public sealed override void PrintBody(AsmWriter w) => DialectSymbols.Write(w, '#', DialectNamespace, PrintSymbol);
}

/// <summary>Base of types a dialect defines itself (generated from TypeDef); printed like <see cref="DialectAttribute"/> with <c>!</c>.</summary>
public abstract record DialectType : MlirType
{
    /// <summary>The dialect namespace (<c>stablehlo</c>).</summary>
    public abstract string DialectNamespace { get; }

    /// <summary>The mnemonic the symbol starts with (<c>token</c>).</summary>
    public abstract string Mnemonic { get; }

    /// <summary>Writes the symbol: the mnemonic and the parameters.</summary>
    public abstract void PrintSymbol(AsmWriter w);

    public sealed override void PrintBody(AsmWriter w) => DialectSymbols.Write(w, '!', DialectNamespace, PrintSymbol);
}

/// <summary>MLIR's rules for writing a dialect symbol after its sigil.</summary>
public static class DialectSymbols
{
    /// <summary>Writes <c>{sigil}{dialect}.{symbol}</c> or <c>{sigil}{dialect}&lt;{symbol}&gt;</c>, as MLIR's printDialectSymbol.</summary>
    public static void Write(AsmWriter w, char sigil, string dialect, Action<AsmWriter> printSymbol)
    {
        var buffer = new StringWriter();
        printSymbol(w.CreateChild(buffer));
        var symbol = buffer.ToString();
        w.Write(sigil).Write(dialect);
        if (IsPrettyName(symbol))
        {
            w.Write('.').Write(symbol);
        }
        else
        {
            w.Write('<').Write(symbol).Write('>');
        }
    }

    /// <summary>
    /// MLIR's isDialectSymbolSimpleEnoughForPrettyForm: a letter, then letters, digits, '.' and '_', then nothing
    /// or a part that starts with '&lt;' and ends with '&gt;'.
    /// </summary>
    public static bool IsPrettyName(string symbol)
    {
        if (symbol.Length == 0 || !char.IsAsciiLetter(symbol[0]))
        {
            return false;
        }

        int i = 0;
        while (i < symbol.Length && (char.IsAsciiLetterOrDigit(symbol[i]) || symbol[i] == '.' || symbol[i] == '_'))
        {
            i++;
        }

        return i == symbol.Length || (symbol[i] == '<' && symbol[^1] == '>');
    }

    /// <summary>Writes an f64 value the way MLIR prints an APFloat/double parameter.</summary>
    public static void WriteFloat64(AsmWriter w, double value) =>
        FloatFormat.Print(w, FloatType.F64.Semantics, FloatAttr.Get(FloatType.F64, value).Bits);

    /// <summary>Writes a string parameter as a quoted, escaped MLIR string.</summary>
    public static void WriteString(AsmWriter w, string value) => StringFormat.WriteQuoted(w, value);
}
