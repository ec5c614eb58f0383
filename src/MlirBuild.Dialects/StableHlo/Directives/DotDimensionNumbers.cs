using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>The four dimension lists of <c>#stablehlo.dot&lt;...&gt;</c>.</summary>
public sealed record DotDimensions(
    EquatableArray<long> LhsBatching,
    EquatableArray<long> RhsBatching,
    EquatableArray<long> LhsContracting,
    EquatableArray<long> RhsContracting)
{
    private static readonly string[] Keys =
        ["lhs_batching_dimensions", "rhs_batching_dimensions", "lhs_contracting_dimensions", "rhs_contracting_dimensions"];

    /// <summary>The attribute body in MLIR's <c>struct(params)</c> form, empty lists omitted.</summary>
    public string Format()
    {
        EquatableArray<long>[] lists = [LhsBatching, RhsBatching, LhsContracting, RhsContracting];
        var parts = new List<string>();
        for (var i = 0; i < Keys.Length; i++)
        {
            if (lists[i].Count > 0)
            {
                parts.Add(Keys[i] + " = " + HloFlavor.FormatList(lists[i]));
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>Parses the <c>struct(params)</c> body (keys in any order, each at most once); null with an error otherwise.</summary>
    public static DotDimensions? Parse(DirectiveReader r)
    {
        var lists = new long[]?[Keys.Length];
        if (r is TextDirectiveReader { AtEnd: true })
        {
            return new DotDimensions([], [], [], []);
        }

        do
        {
            var at = r.Position;
            var key = r.TryKeyword();
            var index = key is null ? -1 : Array.IndexOf(Keys, key);
            if (index < 0 || lists[index] is not null)
            {
                r.ErrorAt(at, index < 0 ? "expected a dot dimension parameter name" : $"duplicate '{key}'");
                return null;
            }

            if (!r.Punct("="))
            {
                return null;
            }

            lists[index] = r.IntegerList();
            if (lists[index] is null)
            {
                return null;
            }
        }
        while (r.TryPunct(","));
        return new DotDimensions(lists[0] ?? [], lists[1] ?? [], lists[2] ?? [], lists[3] ?? []);
    }

    /// <summary>Reads <c>#stablehlo.dot&lt;...&gt;</c> (or mhlo's) through its text; null when it is something else.</summary>
    public static DotDimensions? FromAttribute(MlirAttribute? attr)
    {
        if (HloFlavor.AttributeBody(attr, "dot") is not { } body)
        {
            return null;
        }

        var r = DirectiveReader.OfText(body);
        var value = Parse(r);
        return value is not null && r.AtEnd ? value : null;
    }

    public MlirAttribute ToAttribute(HloFlavor flavor, MlirContext? context = null) => flavor.Attribute(context, "dot", Format());
}

/// <summary>
/// <c>custom&lt;DotDimensionNumbers&gt;($dot_dimension_numbers)</c>:
/// <c>(batching_dims = [l] x [r],)? contracting_dims = [l] x [r]</c>; batching printed only when non-empty.
/// </summary>
public static class DotDimensionNumbers
{
    public static bool Parse(OpAsmParser parser, HloFlavor flavor, out MlirAttribute? dotDimensionNumbers)
    {
        dotDimensionNumbers = null;
        var r = DirectiveReader.Of(parser);
        long[] lhsBatching = [], rhsBatching = [];
        if (r.TryKeyword("batching_dims"))
        {
            if (!ParsePair(r, out lhsBatching, out rhsBatching) || !r.Punct(","))
            {
                return false;
            }
        }

        if (!r.Keyword("contracting_dims") || !ParsePair(r, out var lhsContracting, out var rhsContracting))
        {
            return false;
        }

        dotDimensionNumbers = new DotDimensions(lhsBatching, rhsBatching, lhsContracting, rhsContracting).ToAttribute(flavor, parser.Context);
        return true;
    }

    public static bool CanPrint(MlirAttribute? dotDimensionNumbers) => DotDimensions.FromAttribute(dotDimensionNumbers) is not null;

    public static void Print(OpAsmPrinter printer, MlirAttribute? dotDimensionNumbers)
    {
        var dims = DotDimensions.FromAttribute(dotDimensionNumbers) ?? new DotDimensions([], [], [], []);
        if (dims.LhsBatching.Count > 0 || dims.RhsBatching.Count > 0)
        {
            printer.Write($"batching_dims = {HloFlavor.FormatList(dims.LhsBatching)} x {HloFlavor.FormatList(dims.RhsBatching)}, ");
        }

        printer.Write($"contracting_dims = {HloFlavor.FormatList(dims.LhsContracting)} x {HloFlavor.FormatList(dims.RhsContracting)}");
    }

    // `= [l...] x [r...]`
    private static bool ParsePair(DirectiveReader r, out long[] lhs, out long[] rhs)
    {
        rhs = [];
        lhs = [];
        if (!r.Punct("=") || r.IntegerList() is not { } left || !r.Keyword("x") || r.IntegerList() is not { } right)
        {
            return false;
        }

        lhs = left;
        rhs = right;
        return true;
    }
}
