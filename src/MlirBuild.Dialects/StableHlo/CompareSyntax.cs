using System.Text.RegularExpressions;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>stablehlo.compare EQ, %a, %b (, FLOAT)? attr-dict : functional-type</c>: the enum attributes print as their
/// bare case inside the op and as <c>#stablehlo&lt;comparison_direction EQ&gt;</c> elsewhere. The dialect does not
/// model its attributes yet, so they are the opaque attributes the generic parser produces for that text.
/// </summary>
internal static partial class CompareSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var direction = ParseEnum(p, "comparison_direction");
        if (direction is null || !p.ParsePunct(","))
        {
            return false;
        }

        var lhs = p.ParseOperand();
        if (lhs is null || !p.ParsePunct(","))
        {
            return false;
        }

        var rhs = p.ParseOperand();
        if (rhs is null)
        {
            return false;
        }

        result.AddAttribute("comparison_direction", direction);
        if (p.TryParsePunct(","))
        {
            var type = ParseEnum(p, "comparison_type");
            if (type is null)
            {
                return false;
            }

            result.AddAttribute("compare_type", type);
        }

        return p.ParseOptionalAttrDict(result.Attributes)
            && p.ParsePunct(":")
            && HloSyntax.ParseFunctionalType(p, [lhs.Value, rhs.Value], result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        // stablehlo-opt writes two spaces before each enum case here (format space + the enum's own); so do we.
        p.Write("  ");
        PrintEnum(p, op.GetAttr("comparison_direction"));
        p.Write(", ");
        p.PrintOperands(op.Operands);
        if (op.GetAttr("compare_type") is { } type)
        {
            p.Write(",  ");
            PrintEnum(p, type);
        }

        HloSyntax.PrintAttrDict(op, p, "comparison_direction", "compare_type");
        HloSyntax.PrintFunctionalType(op, p);
    }

    /// <summary>A bare case keyword (<c>EQ</c>) or a full attribute (<c>#stablehlo&lt;comparison_direction EQ&gt;</c>).</summary>
    private static MlirAttribute? ParseEnum(OpAsmParser p, string mnemonic)
    {
        if (p.TryParseAnyKeyword() is { } keyword)
        {
            // The typed enum attribute when the dialect knows the case (else the text stays opaque).
            var body = $"stablehlo<{mnemonic} {keyword}>";
            return StablehloDialect.Instance.ParseAttribute(body, null, p.Context, _ => { }) ?? new OpaqueAttr(StablehloDialect.DialectNamespace, body);
        }

        return p.ParseAttribute();
    }

    private static void PrintEnum(OpAsmPrinter p, MlirAttribute? attr)
    {
        if (attr is OpaqueAttr or DialectAttribute && EnumBody().Match(attr.ToString()) is { Success: true } match)
        {
            p.Write(match.Groups[1].Value);
        }
        else if (attr is not null)
        {
            p.PrintAttribute(attr);
        }
    }

    [GeneratedRegex(@"^#stablehlo<[a-z_]+ ([A-Z_]+)>$")]
    private static partial Regex EnumBody();
}
