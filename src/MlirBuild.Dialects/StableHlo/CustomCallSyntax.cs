using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>stablehlo.custom_call @target(%a, %b) attr-dict : functional-type</c>; the <c>CustomCallTarget</c> directive
/// is the symbol name (quoted when not a bare identifier) stored as the string <c>call_target_name</c>.
/// </summary>
internal static class CustomCallSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var target = p.ParseSymbolName();
        if (target is null || !p.ParsePunct("("))
        {
            return false;
        }

        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParsePunct(")") || !p.ParseOptionalAttrDict(result.Attributes)
            || !p.ParsePunct(":"))
        {
            return false;
        }

        result.AddAttribute("call_target_name", new StringAttr(target));
        return HloSyntax.ParseFunctionalType(p, operands, result);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        if (op.GetAttr("call_target_name") is StringAttr target)
        {
            p.PrintSymbolName(target.Value);
        }

        p.Write("(");
        p.PrintOperands(op.Operands);
        p.Write(")");
        HloSyntax.PrintAttrDict(op, p, "call_target_name");
        HloSyntax.PrintFunctionalType(op, p);
    }
}
