using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;PrecisionConfig&gt;($precision_config)</c> of <c>dot</c>: optional <c>, precision = [P, ...]</c> with P one
/// of <c>DEFAULT</c>, <c>HIGH</c>, <c>HIGHEST</c>; nothing is printed when the attribute is absent or empty.
/// </summary>
public static class PrecisionConfig
{
    private static readonly string[] Cases = ["DEFAULT", "HIGH", "HIGHEST"];

    public static bool Parse(OpAsmParser parser, HloFlavor flavor, out MlirAttribute? precisionConfig)
    {
        precisionConfig = null;
        if (!parser.TryParsePunct(","))
        {
            return true;
        }

        return ParseAfterComma(parser, flavor, out precisionConfig);
    }

    /// <summary>Parses <c>precision = [...]</c> (the leading comma already read).</summary>
    internal static bool ParseAfterComma(OpAsmParser parser, HloFlavor flavor, out MlirAttribute? precisionConfig)
    {
        precisionConfig = null;
        if (!parser.ParseKeyword("precision") || !parser.ParsePunct("=") || !parser.ParsePunct("["))
        {
            return false;
        }

        var values = new List<MlirAttribute>();
        if (!parser.TryParsePunct("]"))
        {
            do
            {
                var location = parser.CurrentLocation;
                var value = parser.TryParseAnyKeyword();
                if (value is null || !Cases.Contains(value))
                {
                    parser.EmitError(location, "expected a precision: DEFAULT, HIGH or HIGHEST");
                    return false;
                }

                values.Add(flavor.Enum(parser.Context, "precision", value));
            }
            while (parser.TryParsePunct(","));
            if (!parser.ParsePunct("]"))
            {
                return false;
            }
        }

        precisionConfig = new ArrayAttr(values.ToArray());
        return true;
    }

    /// <summary>True when the attribute is absent or a list of precision enum attributes.</summary>
    public static bool CanPrint(MlirAttribute? precisionConfig) =>
        precisionConfig is null || (precisionConfig is ArrayAttr array && array.Elements.All(e => HloFlavor.EnumCase(e, "precision") is not null));

    public static void Print(OpAsmPrinter printer, MlirAttribute? precisionConfig)
    {
        if (precisionConfig is ArrayAttr array)
        {
            printer.Write(", precision = [" + string.Join(", ", array.Elements.Select(e => HloFlavor.EnumCase(e, "precision"))) + "]");
        }
    }
}
