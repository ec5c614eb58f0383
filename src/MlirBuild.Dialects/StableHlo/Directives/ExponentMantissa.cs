using System.Globalization;
using System.Text.RegularExpressions;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>custom&lt;ExponentMantissa&gt;($exponent_bits, $mantissa_bits)</c>: one keyword <c>eNmM</c>, both i32 attributes.</summary>
public static partial class ExponentMantissa
{
    public static bool Parse(OpAsmParser parser, out MlirAttribute? exponentBits, out MlirAttribute? mantissaBits)
    {
        exponentBits = mantissaBits = null;
        var location = parser.CurrentLocation;
        var word = parser.TryParseAnyKeyword();
        if (word is null || Pattern().Match(word) is not { Success: true } match
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var exponent)
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var mantissa))
        {
            parser.EmitError(location, "expected exponent mantissa in format e#m#, saw " + (word ?? "no keyword"));
            return false;
        }

        exponentBits = IntegerAttr.I32(exponent);
        mantissaBits = IntegerAttr.I32(mantissa);
        return true;
    }

    public static bool CanPrint(MlirAttribute? exponentBits, MlirAttribute? mantissaBits) =>
        exponentBits is IntegerAttr && mantissaBits is IntegerAttr;

    public static void Print(OpAsmPrinter printer, MlirAttribute? exponentBits, MlirAttribute? mantissaBits)
    {
        var exponent = (exponentBits as IntegerAttr)?.Value ?? 0;
        var mantissa = (mantissaBits as IntegerAttr)?.Value ?? 0;
        printer.Write(FormattableString.Invariant($"e{exponent}m{mantissa}"));
    }

    [GeneratedRegex("^e([0-9]+)m([0-9]+)$")]
    private static partial Regex Pattern();
}
