using MlirBuild.Dialects.StableHlo;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.Check;

/// <summary>
/// Hand-written syntax for the check ops the corpus uses (the generator does not compile assembly formats yet):
/// <c>check.expect_eq %a, %b : T</c> and <c>check.expect_(almost_)eq_const %a, dense&lt;...&gt; : T (, tolerance = x)?</c>.
/// <c>expect_almost_eq</c> keeps the generic form: its <c>tolerance = x : T</c> needs a float parser that stops
/// before <c>: T</c>.
/// </summary>
public sealed partial class CheckDialect
{
    partial void OnCreated()
    {
        SyntaxHooks.Attach(this, "check.expect_eq", ParseSameTypePair, PrintSameTypePair);
        SyntaxHooks.Attach(this, "check.expect_eq_const", ParseConst, PrintConst);
        SyntaxHooks.Attach(this, "check.expect_almost_eq_const", ParseConst, PrintConst);
    }

    private static bool ParseSameTypePair(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var type = p.ParseType();
        return type is not null && p.ResolveOperands(operands, Enumerable.Repeat(type, operands.Count).ToList(), result.Operands);
    }

    private static void PrintSameTypePair(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        if (op.NumOperands > 0)
        {
            p.Write(" : ");
            p.PrintType(op.Operands[0].Type);
        }
    }

    // `$lhs, $value (, tolerance = $tolerance^)? attr-dict`: the operand has the value's type.
    private static bool ParseConst(OpAsmParser p, OperationState result)
    {
        var lhs = p.ParseOperand();
        if (lhs is null || !p.ParsePunct(","))
        {
            return false;
        }

        var location = p.CurrentLocation;
        var value = p.ParseAttribute();
        if (value is null)
        {
            return false;
        }

        if (value is not DenseElementsAttr dense)
        {
            p.EmitError(location, "expected dense<...> : tensor<...>");
            return false;
        }

        result.AddAttribute("value", value);
        if (p.TryParsePunct(","))
        {
            if (!p.ParseKeyword("tolerance") || !p.ParsePunct("="))
            {
                return false;
            }

            var tolerance = p.ParseAttribute();
            if (tolerance is null)
            {
                return false;
            }

            result.AddAttribute("tolerance", tolerance);
        }

        return p.ParseOptionalAttrDict(result.Attributes) && p.ResolveOperands([lhs.Value], [dense.Type], result.Operands);
    }

    private static void PrintConst(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", ");
        if (op.GetAttr("value") is { } value)
        {
            p.PrintAttribute(value);
        }

        if (op.GetAttr("tolerance") is { } tolerance)
        {
            p.Write(", tolerance = ");
            p.PrintAttribute(tolerance);
        }

        HloSyntax.PrintAttrDict(op, p, "value", "tolerance");
    }
}
