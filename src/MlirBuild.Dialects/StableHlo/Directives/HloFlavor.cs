using System.Buffers.Binary;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// What differs between <c>stablehlo</c> and <c>mhlo</c> in the shared directives: the attribute prefix
/// (<c>#stablehlo.conv</c> / <c>#mhlo.conv</c>) and how dimension lists are stored (dense i64 arrays in stablehlo,
/// <c>dense&lt;...&gt; : tensor&lt;Nxi64&gt;</c> elements in mhlo).
/// </summary>
public sealed record HloFlavor(string Dialect, bool DenseArrays)
{
    public static readonly HloFlavor StableHlo = new("stablehlo", true);

    public static readonly HloFlavor Mhlo = new("mhlo", false);

    /// <summary>The flavor of an op name (<c>mhlo.slice</c> is mhlo, everything else stablehlo).</summary>
    public static HloFlavor OfOp(string opName) => opName.StartsWith("mhlo.", StringComparison.Ordinal) ? Mhlo : StableHlo;

    /// <summary>A dimension list attribute in this flavor's storage.</summary>
    public MlirAttribute Dims(IReadOnlyList<long> values) => DenseArrays ? DenseArrayAttr.FromInt64(values) : I64Elements(values, [values.Count]);

    /// <summary>A boolean list: <c>array&lt;i1: ...&gt;</c>, or i1 elements in mhlo.</summary>
    public MlirAttribute Bools(IReadOnlyList<bool> values)
    {
        var bytes = values.Select(v => v ? (byte)1 : (byte)0).ToArray();
        return DenseArrays
            ? new DenseArrayAttr(IntegerType.I1, bytes)
            : DenseElementsAttr.Create(RankedTensorType.Get([values.Count], IntegerType.I1), bytes);
    }

    /// <summary>i64 elements of the given shape (<c>dense&lt;[[1, 1]]&gt; : tensor&lt;1x2xi64&gt;</c>).</summary>
    public static DenseElementsAttr I64Elements(IReadOnlyList<long> values, long[] shape)
    {
        var bytes = new byte[values.Count * 8];
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * 8), values[i]);
        }

        var type = RankedTensorType.Get(shape, IntegerType.I64);
        return bytes.Length == 0 ? new DenseElementsAttr(type, bytes, false) : DenseElementsAttr.Create(type, bytes);
    }

    /// <summary>
    /// The integers of a dimension list in either storage (dense array or integer elements, splats expanded); null
    /// for anything else.
    /// </summary>
    public static long[]? Longs(MlirAttribute? attr)
    {
        switch (attr)
        {
            case DenseArrayAttr { ElementType: IntegerType { Width: 64 } } array:
                var values = new long[array.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = BinaryPrimitives.ReadInt64LittleEndian(array.Raw.Span[(i * 8)..]);
                }

                return values;
            case DenseElementsAttr { Type.ElementType: IntegerType } dense when dense.Type.HasRank:
                var count = dense.Type.NumElements;
                var result = new long[count];
                for (var i = 0; i < count; i++)
                {
                    result[i] = (long)dense.GetInteger(i);
                }

                return result;
            default:
                return null;
        }
    }

    /// <summary>The booleans of <c>array&lt;i1: ...&gt;</c> or i1 elements; null for anything else.</summary>
    public static bool[]? BoolValues(MlirAttribute? attr) => attr switch
    {
        DenseArrayAttr { ElementType: IntegerType { Width: 1 } } array => array.Raw.ToArray().Select(b => b != 0).ToArray(),
        DenseElementsAttr { Type.ElementType: IntegerType { Width: 1 } } dense when dense.Type.HasRank =>
            Enumerable.Range(0, (int)dense.Type.NumElements).Select(i => !dense.GetInteger(i).IsZero).ToArray(),
        _ => null,
    };

    /// <summary>
    /// The text between <c>&lt;</c> and the final <c>&gt;</c> of a dialect attribute <c>#dialect.mnemonic&lt;...&gt;</c>
    /// of either flavor (read through its printed text, so opaque and typed attributes both work); null otherwise.
    /// </summary>
    public static string? AttributeBody(MlirAttribute? attr, string mnemonic)
    {
        if (attr is null)
        {
            return null;
        }

        var text = attr.ToString();
        foreach (var dialect in (string[])["stablehlo", "mhlo"])
        {
            var prefix = "#" + dialect + "." + mnemonic + "<";
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith('>'))
            {
                return text[prefix.Length..^1];
            }
        }

        return null;
    }

    /// <summary>
    /// The <c>#dialect.mnemonic&lt;body&gt;</c> attribute of this flavor: the dialect's typed attribute when
    /// <paramref name="context"/> has the dialect and it reads the text, else the text kept opaque.
    /// </summary>
    public MlirAttribute Attribute(MlirContext? context, string mnemonic, string body) => FromText(context, $"{Dialect}.{mnemonic}<{body}>");

    /// <summary>The enum attribute <c>#dialect&lt;mnemonic CASE&gt;</c> (typed when the dialect knows it).</summary>
    public MlirAttribute Enum(MlirContext? context, string mnemonic, string value) => FromText(context, $"{Dialect}<{mnemonic} {value}>");

    private MlirAttribute FromText(MlirContext? context, string text)
    {
        var dialect = context?.GetDialect(Dialect);
        var failed = false;
        var typed = dialect?.ParseAttribute(text, null, context!, _ => failed = true);
        return typed is not null && !failed ? typed : new OpaqueAttr(Dialect, text);
    }

    /// <summary>The case of an enum attribute <c>#stablehlo&lt;mnemonic CASE&gt;</c> (either flavor); null otherwise.</summary>
    public static string? EnumCase(MlirAttribute? attr, string mnemonic)
    {
        if (attr is null)
        {
            return null;
        }

        var text = attr.ToString();
        foreach (var dialect in (string[])["stablehlo", "mhlo"])
        {
            var prefix = "#" + dialect + "<" + mnemonic + " ";
            if (text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith('>'))
            {
                var value = text[prefix.Length..^1];
                return value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    /// <summary>Writes <c>[1, 2]</c>.</summary>
    public static string FormatList(IEnumerable<long> values) =>
        "[" + string.Join(", ", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
}
