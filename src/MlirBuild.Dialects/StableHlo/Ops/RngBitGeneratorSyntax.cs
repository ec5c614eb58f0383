using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>rng_bit_generator</c>: <c>$initial_state, algorithm = THREE_FRY attr-dict : functional-type</c>.</summary>
internal static class RngBitGeneratorSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var state = p.ParseOperand();
        if (state is null || !p.ParsePunct(",") || !p.ParseKeyword("algorithm") || !p.ParsePunct("="))
        {
            return false;
        }

        var algorithm = HloSyntax.ParseEnum(p, HloFlavor.OfOp(result.Name), "rng_algorithm");
        if (algorithm is null)
        {
            return false;
        }

        result.AddAttribute("rng_algorithm", algorithm);
        return p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && HloSyntax.ParseFunctionalType(p, [state.Value], result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(", algorithm = ");
        HloSyntax.PrintEnum(p, op.GetAttr("rng_algorithm"), "rng_algorithm");
        HloSyntax.PrintAttrDict(op, p, "rng_algorithm");
        HloSyntax.PrintFunctionalType(op, p);
    }
}
