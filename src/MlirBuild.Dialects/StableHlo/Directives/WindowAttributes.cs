using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;WindowAttributes&gt;($window_strides, $padding, $lhs_dilation, $rhs_dilation, $window_reversal)</c>: the
/// inside of <c>window = {...}</c>, <c>key = value</c> items in any order, printed as <c>stride</c>, <c>pad</c>,
/// <c>lhs_dilate</c>, <c>rhs_dilate</c>, <c>reverse</c> when present. <c>pad</c> is always i64 elements of shape Nx2.
/// </summary>
public static class WindowAttributes
{
    public sealed record Values(MlirAttribute? WindowStrides, MlirAttribute? Padding, MlirAttribute? LhsDilation, MlirAttribute? RhsDilation, MlirAttribute? WindowReversal);

    private static readonly string[] Keys = ["stride", "pad", "lhs_dilate", "rhs_dilate", "reverse"];

    public static bool Parse(OpAsmParser parser, HloFlavor flavor, out Values values)
    {
        values = new Values(null, null, null, null, null);
        var r = DirectiveReader.Of(parser);
        var found = new MlirAttribute?[Keys.Length];
        if (parser.PeekPunct("}"))
        {
            return true;
        }

        do
        {
            var location = parser.CurrentLocation;
            var key = r.TryKeyword();
            var index = key is null ? -1 : Array.IndexOf(Keys, key);
            if (index < 0)
            {
                parser.EmitError(location, "expected one of 'stride', 'pad', 'lhs_dilate', 'rhs_dilate', 'reverse'");
                return false;
            }

            if (found[index] is not null)
            {
                parser.EmitError(location, $"'{key}' is given twice");
                return false;
            }

            if (!r.Punct("="))
            {
                return false;
            }

            found[index] = key switch
            {
                "pad" => ParsePadding(r),
                "reverse" => ParseReversal(r, flavor),
                _ => r.IntegerList() is { } list ? flavor.Dims(list) : null,
            };
            if (found[index] is null)
            {
                return false;
            }
        }
        while (r.TryPunct(","));
        values = new Values(found[0], found[1], found[2], found[3], found[4]);
        return true;
    }

    /// <summary>True when every present attribute has a form <see cref="Print"/> writes back.</summary>
    public static bool CanPrint(Values values) =>
        (values.WindowStrides is null || HloFlavor.Longs(values.WindowStrides) is not null)
        && (values.Padding is null || PaddingRows(values.Padding) is not null)
        && (values.LhsDilation is null || HloFlavor.Longs(values.LhsDilation) is not null)
        && (values.RhsDilation is null || HloFlavor.Longs(values.RhsDilation) is not null)
        && (values.WindowReversal is null || HloFlavor.BoolValues(values.WindowReversal) is not null);

    public static void Print(OpAsmPrinter printer, Values values)
    {
        var items = new List<string>();
        if (HloFlavor.Longs(values.WindowStrides) is { } strides)
        {
            items.Add("stride = " + HloFlavor.FormatList(strides));
        }

        if (PaddingRows(values.Padding) is { } rows)
        {
            items.Add("pad = [" + string.Join(", ", rows.Select(HloFlavor.FormatList)) + "]");
        }

        if (HloFlavor.Longs(values.LhsDilation) is { } lhs)
        {
            items.Add("lhs_dilate = " + HloFlavor.FormatList(lhs));
        }

        if (HloFlavor.Longs(values.RhsDilation) is { } rhs)
        {
            items.Add("rhs_dilate = " + HloFlavor.FormatList(rhs));
        }

        if (HloFlavor.BoolValues(values.WindowReversal) is { } reverse)
        {
            items.Add("reverse = [" + string.Join(", ", reverse.Select(b => b ? "true" : "false")) + "]");
        }

        printer.Write(string.Join(", ", items));
    }

    // `[[lo, hi], ...]` as i64 elements of shape Nx2.
    private static MlirAttribute? ParsePadding(DirectiveReader r)
    {
        if (!r.Punct("["))
        {
            return null;
        }

        var values = new List<long>();
        if (!r.TryPunct("]"))
        {
            do
            {
                var at = r.Position;
                var row = r.IntegerList();
                if (row is null)
                {
                    return null;
                }

                if (row.Length != 2)
                {
                    r.ErrorAt(at, "expected a padding pair [low, high]");
                    return null;
                }

                values.AddRange(row);
            }
            while (r.TryPunct(","));
            if (!r.Punct("]"))
            {
                return null;
            }
        }

        return HloFlavor.I64Elements(values, [values.Count / 2, 2]);
    }

    private static MlirAttribute? ParseReversal(DirectiveReader r, HloFlavor flavor)
    {
        if (!r.Punct("["))
        {
            return null;
        }

        var values = new List<bool>();
        if (!r.TryPunct("]"))
        {
            do
            {
                if (r.TryKeyword("true"))
                {
                    values.Add(true);
                }
                else if (r.TryKeyword("false"))
                {
                    values.Add(false);
                }
                else if (r.TryInteger() is { } number and (0 or 1))
                {
                    values.Add(number == 1);
                }
                else
                {
                    r.Error("expected true, false, 0 or 1");
                    return null;
                }
            }
            while (r.TryPunct(","));
            if (!r.Punct("]"))
            {
                return null;
            }
        }

        return flavor.Bools(values);
    }

    private static long[][]? PaddingRows(MlirAttribute? padding)
    {
        if (padding is not DenseElementsAttr { Type: { HasRank: true } type } || HloFlavor.Longs(padding) is not { } flat
            || type.Shape.Count != 2 || type.Shape[1] != 2)
        {
            return null;
        }

        return Enumerable.Range(0, flat.Length / 2).Select(i => new[] { flat[2 * i], flat[(2 * i) + 1] }).ToArray();
    }
}
