using System.Globalization;

namespace MlirBuild.Ir;

/// <summary>
/// Text sink for the printer and for ToString of types and attributes. Knows the alias table (when printing a whole
/// module) so nested attributes and types print as <c>#alias</c>/<c>!alias</c>.
/// </summary>
public sealed class AsmWriter
{
    public AsmWriter(TextWriter output) => Output = output;

    public TextWriter Output { get; }

    private Dictionary<DistinctAttr, int>? distinctIds;

    /// <summary>The printed number of a distinct attribute: numbered in the order they are first printed.</summary>
    public int DistinctId(DistinctAttr attr)
    {
        distinctIds ??= new Dictionary<DistinctAttr, int>();
        if (!distinctIds.TryGetValue(attr, out int id))
        {
            id = distinctIds.Count;
            distinctIds[attr] = id;
        }

        return id;
    }

    /// <summary>A writer into <paramref name="output"/> that shares this writer's aliases and distinct numbering.</summary>
    internal AsmWriter CreateChild(TextWriter output)
    {
        distinctIds ??= new Dictionary<DistinctAttr, int>();
        return new AsmWriter(output) { Aliases = Aliases, distinctIds = distinctIds };
    }

    /// <summary>Attribute/type aliases in effect (null: print everything inline).</summary>
    internal AliasTable? Aliases { get; set; }

    /// <summary>When set, an attribute or type that has an alias is printed inline once (used for alias definitions).</summary>
    internal object? SuppressAliasFor { get; set; }

    public AsmWriter Write(string s)
    {
        Output.Write(s);
        return this;
    }

    public AsmWriter Write(char c)
    {
        Output.Write(c);
        return this;
    }

    public AsmWriter Write(ReadOnlySpan<char> s)
    {
        Output.Write(s);
        return this;
    }

    public AsmWriter Write(long v)
    {
        Span<char> buf = stackalloc char[24];
        v.TryFormat(buf, out int n, default, CultureInfo.InvariantCulture);
        Output.Write(buf[..n]);
        return this;
    }

    public AsmWriter Write(MlirType type)
    {
        if (Aliases is not null && !ReferenceEquals(SuppressAliasFor, type) && Aliases.TryGetTypeAlias(type, out var alias))
        {
            Output.Write('!');
            Output.Write(alias);
            return this;
        }

        type.PrintBody(this);
        return this;
    }

    public AsmWriter Write(MlirAttribute attr)
    {
        if (Aliases is not null && !ReferenceEquals(SuppressAliasFor, attr) && Aliases.TryGetAttributeAlias(attr, out var alias))
        {
            Output.Write('#');
            Output.Write(alias);
            return this;
        }

        attr.PrintBody(this);
        return this;
    }

    /// <summary>
    /// Writes an attribute where MLIR elides default types (array elements, memref memory spaces): i64 integers and
    /// f64 floats (unless printed as hex bits) drop their <c>: type</c>.
    /// </summary>
    public AsmWriter WriteMayElideType(MlirAttribute attr)
    {
        if (Aliases is not null && Aliases.TryGetAttributeAlias(attr, out var alias))
        {
            Output.Write('#');
            Output.Write(alias);
            return this;
        }

        switch (attr)
        {
            case IntegerAttr { Type: IntegerType { Width: 64, Signedness: Signedness.Signless } } i:
                IntegerFormat.Write(this, i.Value);
                return this;
            case FloatAttr { Type.Kind: FloatKind.F64 } f:
                string text = FloatFormat.Format(f.Type.Semantics, f.Bits);
                Output.Write(text);
                if (text.StartsWith("0x", StringComparison.Ordinal))
                {
                    Output.Write(" : f64");
                }

                return this;
        }

        return Write(attr);
    }

    /// <summary>Writes a trailing <c>loc(...)</c>: <c>loc(#alias)</c> when the location has an alias.</summary>
    public AsmWriter WriteTrailingLocation(LocationAttr loc, bool allowAlias)
    {
        if (allowAlias && Aliases is not null && Aliases.TryGetAttributeAlias(loc, out var alias))
        {
            Output.Write("loc(#");
            Output.Write(alias);
            Output.Write(')');
            return this;
        }

        loc.PrintBody(this);
        return this;
    }

    /// <summary>A location inside another location: its alias if it has one, else its inner text.</summary>
    public AsmWriter WriteNestedLocation(LocationAttr loc)
    {
        if (Aliases is not null && Aliases.TryGetAttributeAlias(loc, out var alias))
        {
            Output.Write('#');
            Output.Write(alias);
            return this;
        }

        loc.PrintInner(this);
        return this;
    }

    /// <summary>Writes items separated by ", ".</summary>
    public AsmWriter WriteList<T>(IEnumerable<T> items, Action<AsmWriter, T> each)
    {
        bool first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                Output.Write(", ");
            }

            first = false;
            each(this, item);
        }

        return this;
    }
}
