using System.Globalization;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;DimSizes&gt;($bounds)</c>: <c>[</c> (size (<c>,</c> size)*)? <c>]</c>, a size being an integer or <c>?</c>
/// (stored as <see cref="ShapedType.DynamicSize"/>). Used by attribute formats (<c>#stablehlo.type_extensions</c>).
/// </summary>
public static class DimSizes
{
    public static long[]? Parse(DirectiveReader r)
    {
        if (!r.Punct("["))
        {
            return null;
        }

        var sizes = new List<long>();
        if (r.TryPunct("]"))
        {
            return [];
        }

        do
        {
            if (r.TryPunct("?"))
            {
                sizes.Add(ShapedType.DynamicSize);
            }
            else if (r.TryInteger() is { } size)
            {
                sizes.Add(size);
            }
            else
            {
                r.Error("expected a dimension size or '?'");
                return null;
            }
        }
        while (r.TryPunct(","));
        return r.Punct("]") ? sizes.ToArray() : null;
    }

    public static string Format(IEnumerable<long> sizes) =>
        "[" + string.Join(", ", sizes.Select(s => s == ShapedType.DynamicSize ? "?" : s.ToString(CultureInfo.InvariantCulture))) + "]";

    public static void Print(OpAsmPrinter printer, IEnumerable<long> sizes) => printer.Write(Format(sizes));
}
