using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;SliceRanges&gt;($start_indices, $limit_indices, $strides)</c>: <c>[start:limit(:stride)?, ...]</c>,
/// the stride printed only when it is not 1.
/// </summary>
public static class SliceRanges
{
    public static bool Parse(OpAsmParser parser, HloFlavor flavor, out MlirAttribute? startIndices, out MlirAttribute? limitIndices, out MlirAttribute? strides)
    {
        startIndices = limitIndices = strides = null;
        var r = DirectiveReader.Of(parser);
        if (!r.Punct("["))
        {
            return false;
        }

        List<long> starts = [], limits = [], steps = [];
        if (!r.TryPunct("]"))
        {
            do
            {
                var start = r.Integer("a start index");
                if (start is null || !r.Punct(":"))
                {
                    return false;
                }

                var limit = r.Integer("a limit index");
                if (limit is null)
                {
                    return false;
                }

                long stride = 1;
                if (r.TryPunct(":"))
                {
                    var value = r.Integer("a stride");
                    if (value is null)
                    {
                        return false;
                    }

                    stride = value.Value;
                }

                starts.Add(start.Value);
                limits.Add(limit.Value);
                steps.Add(stride);
            }
            while (r.TryPunct(","));
            if (!r.Punct("]"))
            {
                return false;
            }
        }

        startIndices = flavor.Dims(starts);
        limitIndices = flavor.Dims(limits);
        strides = flavor.Dims(steps);
        return true;
    }

    /// <summary>True when the three attributes are integer lists of one length (what <see cref="Print"/> can write).</summary>
    public static bool CanPrint(MlirAttribute? startIndices, MlirAttribute? limitIndices, MlirAttribute? strides) =>
        HloFlavor.Longs(startIndices) is { } s && HloFlavor.Longs(limitIndices) is { } l && HloFlavor.Longs(strides) is { } t
        && s.Length == l.Length && s.Length == t.Length;

    public static void Print(OpAsmPrinter printer, MlirAttribute? startIndices, MlirAttribute? limitIndices, MlirAttribute? strides)
    {
        var starts = HloFlavor.Longs(startIndices) ?? [];
        var limits = HloFlavor.Longs(limitIndices) ?? [];
        var steps = HloFlavor.Longs(strides) ?? [];
        var ranges = new List<string>();
        for (var i = 0; i < starts.Length && i < limits.Length; i++)
        {
            var stride = i < steps.Length ? steps[i] : 1;
            ranges.Add(stride == 1
                ? FormattableString.Invariant($"{starts[i]}:{limits[i]}")
                : FormattableString.Invariant($"{starts[i]}:{limits[i]}:{stride}"));
        }

        printer.Write("[" + string.Join(", ", ranges) + "]");
    }
}
