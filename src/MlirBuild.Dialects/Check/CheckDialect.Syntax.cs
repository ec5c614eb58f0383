using MlirBuild.Dialects.StableHlo;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.Check;

/// <summary>
/// Hand-written syntax for <c>check.expect_serialized_eq %e, probe_id = "p" (, iter = N)? : T</c> (the other check
/// ops use their generated formats). It replaces the generated format,
/// which (like MLIR's) drops <c>iter = 0</c> because 0 is the attribute's default; the corpus writes it, so the
/// pretty form keeps every present <c>iteration</c> to stay a fixed point whose generic print agrees.
/// </summary>
public sealed partial class CheckDialect
{
    partial void OnCreated()
    {
        SyntaxHooks.Attach(this, "check.expect_serialized_eq", ParseSerializedEq, PrintSerializedEq);
    }

    private static bool ParseSerializedEq(OpAsmParser p, OperationState result)
    {
        var expected = p.ParseOperand();
        if (expected is null || !p.ParsePunct(",") || !p.ParseKeyword("probe_id") || !p.ParsePunct("="))
        {
            return false;
        }

        var id = p.TryParseString();
        if (id is null)
        {
            p.EmitError("expected the probe id as a string");
            return false;
        }

        result.AddAttribute("probe_id", new StringAttr(id));
        if (p.TryParsePunct(","))
        {
            if (!p.ParseKeyword("iter") || !p.ParsePunct("="))
            {
                return false;
            }

            var iteration = p.TryParseInteger();
            if (iteration is null or > uint.MaxValue)
            {
                p.EmitError("expected an iteration number");
                return false;
            }

            result.AddAttribute("iteration", new IntegerAttr(new IntegerType(32, Signedness.Unsigned), iteration.Value));
        }

        if (!p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var type = p.ParseType();
        return type is not null && p.ResolveOperands([expected.Value], [type], result.Operands);
    }

    private static void PrintSerializedEq(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", probe_id = ");
        if (op.GetAttr("probe_id") is { } id)
        {
            p.PrintAttribute(id);
        }

        var elided = new List<string> { "probe_id" };
        if (op.GetAttr("iteration") is IntegerAttr { Type: IntegerType { Width: 32, Signedness: Signedness.Unsigned } } iteration)
        {
            p.Write(", iter = " + iteration.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            elided.Add("iteration");
        }

        HloSyntax.PrintAttrDict(op, p, elided.ToArray());
        if (op.NumOperands == 1)
        {
            p.Write(" : ");
            p.PrintType(op.Operands[0].Type);
        }
    }
}
