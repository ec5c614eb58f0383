using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;PrecisionConfigAndAlgorithm&gt;($precision_config, $algorithm)</c> of <c>dot_general</c>: optional
/// <c>, precision = [...]</c> then optional <c>, algorithm = &lt;...&gt;</c>, the body of
/// <c>#stablehlo.dot_algorithm</c> (its seven parameters, in order).
/// </summary>
public static class PrecisionConfigAndAlgorithm
{
    private static readonly string[] TypeKeys = ["lhs_precision_type", "rhs_precision_type", "accumulation_type"];

    private static readonly string[] IntegerKeys = ["lhs_component_count", "rhs_component_count", "num_primitive_operations"];

    private const string BoolKey = "allow_imprecise_accumulation";

    public static bool Parse(OpAsmParser parser, HloFlavor flavor, out MlirAttribute? precisionConfig, out MlirAttribute? algorithm)
    {
        precisionConfig = algorithm = null;
        while (parser.TryParsePunct(","))
        {
            if (algorithm is not null)
            {
                parser.EmitError("expected nothing after the algorithm");
                return false;
            }

            if (parser.TryParseKeyword("algorithm"))
            {
                algorithm = parser.ParsePunct("=") ? ParseAlgorithmBody(parser, flavor) : null;
                if (algorithm is null)
                {
                    return false;
                }

                continue;
            }

            if (precisionConfig is not null)
            {
                parser.EmitError("expected 'algorithm'");
                return false;
            }

            if (!PrecisionConfig.ParseAfterComma(parser, flavor, out precisionConfig))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses <c>&lt;lhs_precision_type = T, ..., allow_imprecise_accumulation = B&gt;</c>.</summary>
    public static MlirAttribute? ParseAlgorithmBody(OpAsmParser parser, HloFlavor flavor)
    {
        if (!parser.ParsePunct("<"))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var key in TypeKeys)
        {
            if (!KeyEquals(parser, key, parts.Count > 0))
            {
                return null;
            }

            var type = parser.ParseType();
            if (type is null)
            {
                return null;
            }

            parts.Add($"{key} = {type}");
        }

        foreach (var key in IntegerKeys)
        {
            if (!KeyEquals(parser, key, true))
            {
                return null;
            }

            var value = parser.TryParseInteger();
            if (value is null)
            {
                parser.EmitError("expected an integer");
                return null;
            }

            parts.Add(FormattableString.Invariant($"{key} = {value.Value}"));
        }

        if (!KeyEquals(parser, BoolKey, true))
        {
            return null;
        }

        var flag = parser.TryParseAnyKeyword();
        if (flag is not ("true" or "false"))
        {
            parser.EmitError("expected true or false");
            return null;
        }

        parts.Add($"{BoolKey} = {flag}");
        return parser.ParsePunct(">") ? flavor.Attribute(parser.Context, "dot_algorithm", string.Join(", ", parts)) : null;
    }

    public static bool CanPrint(MlirAttribute? precisionConfig, MlirAttribute? algorithm) =>
        PrecisionConfig.CanPrint(precisionConfig) && (algorithm is null || HloFlavor.AttributeBody(algorithm, "dot_algorithm") is not null);

    public static void Print(OpAsmPrinter printer, MlirAttribute? precisionConfig, MlirAttribute? algorithm)
    {
        PrecisionConfig.Print(printer, precisionConfig);
        if (HloFlavor.AttributeBody(algorithm, "dot_algorithm") is { } body)
        {
            printer.Write(", algorithm = <" + body + ">");
        }
    }

    private static bool KeyEquals(OpAsmParser parser, string key, bool comma) =>
        (!comma || parser.ParsePunct(",")) && parser.ParseKeyword(key) && parser.ParsePunct("=");
}
