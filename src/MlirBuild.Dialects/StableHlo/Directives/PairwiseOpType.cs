using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>custom&lt;PairwiseOpType&gt;(type($operand), type($result))</c>: the operand types; result i has operand i's type.</summary>
public static class PairwiseOpType
{
    public static bool Parse(OpAsmParser parser, int operandCount, out MlirType[] operandTypes, out MlirType[] resultTypes)
    {
        operandTypes = resultTypes = [];
        var location = parser.CurrentLocation;
        var types = new List<MlirType>();
        if (!parser.ParseTypeList(types))
        {
            return false;
        }

        if (types.Count != operandCount)
        {
            parser.EmitError(location, $"expected {operandCount} types but got {types.Count}");
            return false;
        }

        operandTypes = resultTypes = types.ToArray();
        return true;
    }

    public static void Print(OpAsmPrinter printer, IReadOnlyList<MlirType> operandTypes) =>
        printer.Writer.WriteList(operandTypes, (w, t) => w.Write(t));
}
