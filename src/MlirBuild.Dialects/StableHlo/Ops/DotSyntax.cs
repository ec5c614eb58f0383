using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>dot_general</c>: <c>$lhs, $rhs, custom&lt;DotDimensionNumbers&gt; custom&lt;PrecisionConfigAndAlgorithm&gt; attr-dict :
/// functional-type</c>; <c>dot</c>: <c>$lhs, $rhs custom&lt;PrecisionConfig&gt; attr-dict : functional-type</c>.
/// </summary>
internal static class DotSyntax
{
    public static bool ParseDotGeneral(OpAsmParser p, OperationState result)
    {
        var flavor = HloFlavor.OfOp(result.Name);
        var operands = new List<UnresolvedOperand>();
        if (!ParseTwoOperands(p, operands) || !p.ParsePunct(",")
            || !DotDimensionNumbers.Parse(p, flavor, out var dims)
            || !PrecisionConfigAndAlgorithm.Parse(p, flavor, out var precision, out var algorithm))
        {
            return false;
        }

        result.AddAttribute("dot_dimension_numbers", dims!);
        AddIfPresent(result, "precision_config", precision);
        AddIfPresent(result, "algorithm", algorithm);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void PrintDotGeneral(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", ");
        DotDimensionNumbers.Print(p, op.GetAttr("dot_dimension_numbers"));
        var precision = PrintedPrecision(op);
        PrecisionConfigAndAlgorithm.Print(p, precision, op.GetAttr("algorithm"));
        HloSyntax.PrintAttrDict(op, p, Elided(precision, "dot_dimension_numbers", "algorithm"));
        HloSyntax.PrintFunctionalType(op, p);
    }

    public static bool ParseDot(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!ParseTwoOperands(p, operands) || !PrecisionConfig.Parse(p, HloFlavor.OfOp(result.Name), out var precision))
        {
            return false;
        }

        AddIfPresent(result, "precision_config", precision);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void PrintDot(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        var precision = PrintedPrecision(op);
        PrecisionConfig.Print(p, precision);
        HloSyntax.PrintAttrDict(op, p, Elided(precision));
        HloSyntax.PrintFunctionalType(op, p);
    }

    private static bool ParseTwoOperands(OpAsmParser p, List<UnresolvedOperand> operands)
    {
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

        operands.Add(lhs.Value);
        operands.Add(rhs.Value);
        return true;
    }

    // The directive writes only a non-empty list of precisions; anything else stays in the attribute dictionary so
    // that nothing is lost.
    private static MlirAttribute? PrintedPrecision(Operation op) =>
        op.GetAttr("precision_config") is ArrayAttr { Elements.Count: > 0 } array && PrecisionConfig.CanPrint(array) ? array : null;

    private static string[] Elided(MlirAttribute? printedPrecision, params string[] others) =>
        printedPrecision is null ? others : [.. others, "precision_config"];

    private static void AddIfPresent(OperationState result, string name, MlirAttribute? value)
    {
        if (value is not null)
        {
            result.AddAttribute(name, value);
        }
    }
}
