using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>custom&lt;TupleOpType&gt;(type($val), type($result))</c>: the tuple result type; its elements type the operands.</summary>
public static class TupleOpType
{
    public static bool Parse(OpAsmParser parser, int operandCount, out MlirType[] operandTypes, out MlirType? resultType)
    {
        operandTypes = [];
        resultType = null;
        var location = parser.CurrentLocation;
        var type = parser.ParseType();
        if (type is null)
        {
            return false;
        }

        if (type is not TupleType tuple || tuple.Types.Count != operandCount)
        {
            parser.EmitError(location, $"expected a tuple type with {operandCount} elements");
            return false;
        }

        operandTypes = tuple.Types.ToArray();
        resultType = type;
        return true;
    }

    public static void Print(OpAsmPrinter printer, MlirType resultType) => printer.PrintType(resultType);
}
