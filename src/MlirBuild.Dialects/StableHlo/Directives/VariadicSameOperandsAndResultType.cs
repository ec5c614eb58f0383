using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;VariadicSameOperandsAndResultType&gt;(ref($inputs), type($inputs), type($result))</c> of <c>after_all</c>:
/// one type, given to the result and to each input.
/// </summary>
public static class VariadicSameOperandsAndResultType
{
    public static bool Parse(OpAsmParser parser, int inputCount, out MlirType[] inputTypes, out MlirType? resultType)
    {
        inputTypes = [];
        resultType = parser.ParseType();
        if (resultType is null)
        {
            return false;
        }

        inputTypes = Enumerable.Repeat(resultType, inputCount).ToArray();
        return true;
    }

    /// <summary>True when every input has the result's type (the only case this directive can write).</summary>
    public static bool CanPrint(IReadOnlyList<MlirType> inputTypes, MlirType resultType) => inputTypes.All(t => t.Equals(resultType));

    public static void Print(OpAsmPrinter printer, MlirType resultType) => printer.PrintType(resultType);
}
