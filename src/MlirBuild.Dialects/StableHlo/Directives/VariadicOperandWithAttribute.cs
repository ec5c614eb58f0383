using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;VariadicOperandWithAttribute&gt;($operands)</c>: each operand followed by <c>,</c>, stopping at the first
/// token that is not an operand (the keyword of the attribute that follows, <c>dim</c> or <c>sizes</c>). Prints
/// <c>%a, %b,</c>: the format's own space separates it from that keyword.
/// </summary>
public static class VariadicOperandWithAttribute
{
    public static bool Parse(OpAsmParser parser, List<UnresolvedOperand> operands)
    {
        while (parser.TryParseOperand() is { } operand)
        {
            operands.Add(operand);
            if (!parser.ParsePunct(","))
            {
                return false;
            }
        }

        return true;
    }

    public static void Print(OpAsmPrinter printer, IEnumerable<Value> operands)
    {
        var first = true;
        foreach (var operand in operands)
        {
            printer.Write(first ? string.Empty : " ");
            printer.PrintOperand(operand);
            printer.Write(",");
            first = false;
        }
    }
}
