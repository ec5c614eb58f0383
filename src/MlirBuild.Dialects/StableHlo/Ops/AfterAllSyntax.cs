using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>after_all</c>: <c>$inputs attr-dict : custom&lt;VariadicSameOperandsAndResultType&gt;</c>. Kept as a whole-op
/// hook because the generated printer writes two spaces before <c>:</c> when there are no inputs
/// (<c>stablehlo.after_all  : !stablehlo.token</c>); stablehlo-opt writes one.
/// </summary>
internal static class AfterAllSyntax
{
    public static bool ParseAfterAll(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":")
            || !VariadicSameOperandsAndResultType.Parse(p, operands.Count, out var inputTypes, out var resultType))
        {
            return false;
        }

        result.ResultTypes.Add(resultType!);
        return p.ResolveOperands(operands, inputTypes, result.Operands);
    }

    public static void PrintAfterAll(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        p.Write(" : ");
        VariadicSameOperandsAndResultType.Print(p, op.GetResult(0).Type);
    }
}
