using System.Globalization;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>The parameters of <c>#stablehlo.conv&lt;...&gt;</c>: where batch, feature and spatial dimensions sit.</summary>
public sealed record ConvDimensions(
    long InputBatchDimension,
    long InputFeatureDimension,
    EquatableArray<long> InputSpatialDimensions,
    long KernelInputFeatureDimension,
    long KernelOutputFeatureDimension,
    EquatableArray<long> KernelSpatialDimensions,
    long OutputBatchDimension,
    long OutputFeatureDimension,
    EquatableArray<long> OutputSpatialDimensions)
{
    /// <summary>The compact body <c>[b, 0, 1, f]x[0, 1, i, o]-&gt;[b, 0, 1, f]</c>.</summary>
    public string Format() =>
        Layout(InputBatchDimension, 'b', InputFeatureDimension, 'f', InputSpatialDimensions) + "x"
        + Layout(KernelInputFeatureDimension, 'i', KernelOutputFeatureDimension, 'o', KernelSpatialDimensions) + "->"
        + Layout(OutputBatchDimension, 'b', OutputFeatureDimension, 'f', OutputSpatialDimensions);

    /// <summary>
    /// Parses the compact body (or the <c>raw key = value, ...</c> body the attribute also accepts); null after
    /// reporting an error to <paramref name="r"/>.
    /// </summary>
    public static ConvDimensions? Parse(DirectiveReader r)
    {
        if (r.TryKeyword("raw"))
        {
            return ParseRaw(r);
        }

        var input = ParseLayout(r, 'b', 'f', "input");
        if (input is null || !r.Keyword("x"))
        {
            return null;
        }

        var kernel = ParseLayout(r, 'i', 'o', "kernel");
        if (kernel is null || !r.Punct("->"))
        {
            return null;
        }

        var output = ParseLayout(r, 'b', 'f', "output");
        if (output is null)
        {
            return null;
        }

        if (input.Value.Spatial.Length != kernel.Value.Spatial.Length || input.Value.Spatial.Length != output.Value.Spatial.Length)
        {
            r.Error("input, kernel and output must have the same number of spatial dimensions");
            return null;
        }

        return new ConvDimensions(
            input.Value.First, input.Value.Second, input.Value.Spatial,
            kernel.Value.First, kernel.Value.Second, kernel.Value.Spatial,
            output.Value.First, output.Value.Second, output.Value.Spatial);
    }

    /// <summary>Parses a whole attribute body (compact or raw); null with <paramref name="error"/> set otherwise.</summary>
    public static ConvDimensions? Parse(string body, out string? error)
    {
        var r = DirectiveReader.OfText(body);
        var value = Parse(r);
        if (value is not null && !r.AtEnd)
        {
            r.Error("unexpected text after the convolution dimensions");
            value = null;
        }

        error = r.FirstError;
        return value;
    }

    /// <summary>Reads <c>#stablehlo.conv&lt;...&gt;</c> (or mhlo's) through its text; null when it is something else.</summary>
    public static ConvDimensions? FromAttribute(MlirAttribute? attr) =>
        HloFlavor.AttributeBody(attr, "conv") is { } body ? Parse(body, out _) : null;

    public MlirAttribute ToAttribute(HloFlavor flavor, MlirContext? context = null) => flavor.Attribute(context, "conv", Format());

    private static string Layout(long first, char firstLabel, long second, char secondLabel, EquatableArray<long> spatial)
    {
        var rank = 2 + spatial.Count;
        var labels = new string?[rank];
        void Put(long position, string label)
        {
            if (position >= 0 && position < rank && labels[position] is null)
            {
                labels[position] = label;
            }
        }

        Put(first, firstLabel.ToString());
        Put(second, secondLabel.ToString());
        for (var i = 0; i < spatial.Count; i++)
        {
            Put(spatial[i], i.ToString(CultureInfo.InvariantCulture));
        }

        // Positions no dimension claims (only in inconsistent raw input) print as '?', which does not re-parse.
        return "[" + string.Join(", ", labels.Select(l => l ?? "?")) + "]";
    }

    private static (long First, long Second, long[] Spatial)? ParseLayout(DirectiveReader r, char firstLabel, char secondLabel, string what)
    {
        if (!r.Punct("["))
        {
            return null;
        }

        long first = -1, second = -1;
        var spatial = new Dictionary<long, long>();
        long position = 0;
        if (!r.TryPunct("]"))
        {
            do
            {
                var at = r.Position;
                if (r.TryInteger() is { } number)
                {
                    if (number < 0 || !spatial.TryAdd(number, position))
                    {
                        r.ErrorAt(at, $"{what} spatial dimension {number} is negative or repeated");
                        return null;
                    }
                }
                else if (r.TryKeyword() is { Length: 1 } label && (label[0] == firstLabel || label[0] == secondLabel))
                {
                    ref var slot = ref label[0] == firstLabel ? ref first : ref second;
                    if (slot >= 0)
                    {
                        r.ErrorAt(at, $"{what} dimension '{label}' is repeated");
                        return null;
                    }

                    slot = position;
                }
                else
                {
                    r.ErrorAt(at, $"expected '{firstLabel}', '{secondLabel}' or a spatial dimension number in the {what} layout");
                    return null;
                }

                position++;
            }
            while (r.TryPunct(","));
            if (!r.Punct("]"))
            {
                return null;
            }
        }

        if (first < 0 || second < 0)
        {
            r.Error($"the {what} layout needs '{firstLabel}' and '{secondLabel}'");
            return null;
        }

        var ordered = new long[spatial.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            if (!spatial.TryGetValue(i, out ordered[i]))
            {
                r.Error($"{what} spatial dimensions must be numbered 0 to {ordered.Length - 1}");
                return null;
            }
        }

        return (first, second, ordered);
    }

    private static readonly string[] RawKeys =
    [
        "input_batch_dimension", "input_feature_dimension", "input_spatial_dimensions",
        "kernel_input_feature_dimension", "kernel_output_feature_dimension", "kernel_spatial_dimensions",
        "output_batch_dimension", "output_feature_dimension", "output_spatial_dimensions",
    ];

    private static ConvDimensions? ParseRaw(DirectiveReader r)
    {
        var values = new long[]?[RawKeys.Length];
        do
        {
            var key = r.TryKeyword();
            var index = key is null ? -1 : Array.IndexOf(RawKeys, key);
            if (index < 0 || values[index] is not null)
            {
                r.Error(index < 0 ? "expected a convolution dimension parameter name" : $"duplicate '{key}'");
                return null;
            }

            if (!r.Punct("="))
            {
                return null;
            }

            values[index] = key!.EndsWith("_dimensions", StringComparison.Ordinal)
                ? r.IntegerList()
                : r.Integer("a dimension") is { } single ? [single] : null;
            if (values[index] is null)
            {
                return null;
            }
        }
        while (r.TryPunct(","));
        if (Array.IndexOf(values, null) is var missing and >= 0)
        {
            r.Error($"missing '{RawKeys[missing]}'");
            return null;
        }

        return new ConvDimensions(
            values[0]![0], values[1]![0], values[2]!, values[3]![0], values[4]![0], values[5]!, values[6]![0], values[7]![0], values[8]!);
    }
}

/// <summary>
/// <c>custom&lt;ConvolutionDimensions&gt;($dimension_numbers)</c>: <c>[b, 0, 1, f]x[0, 1, i, o]-&gt;[b, 0, 1, f]</c>, the
/// same syntax as the body of <c>#stablehlo.conv&lt;...&gt;</c> (<see cref="ConvDimensions.Parse(string, out string?)"/>).
/// </summary>
public static class ConvolutionDimensions
{
    public static bool Parse(OpAsmParser parser, HloFlavor flavor, out MlirAttribute? dimensionNumbers)
    {
        var value = ConvDimensions.Parse(DirectiveReader.Of(parser));
        dimensionNumbers = value?.ToAttribute(flavor, parser.Context);
        return value is not null;
    }

    public static bool CanPrint(MlirAttribute? dimensionNumbers) => ConvDimensions.FromAttribute(dimensionNumbers) is not null;

    public static void Print(OpAsmPrinter printer, MlirAttribute? dimensionNumbers)
    {
        if (ConvDimensions.FromAttribute(dimensionNumbers) is { } value)
        {
            printer.Write(value.Format());
        }
        else if (dimensionNumbers is not null)
        {
            printer.PrintAttribute(dimensionNumbers);
        }
    }
}
