using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;SameOperandsAndResultType&gt;(type($a), ..., type($result))</c>: <c>T</c> when every type is equal,
/// else the function type <c>(A, B) -&gt; R</c>.
/// </summary>
public static class SameOperandsAndResultType
{
    /// <summary>Parses the types of <paramref name="operandCount"/> operands and one result.</summary>
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

        if (type is FunctionType function)
        {
            if (function.Inputs.Count != operandCount || function.Results.Count != 1)
            {
                parser.EmitError(location, $"expected a function type with {operandCount} inputs and one result");
                return false;
            }

            operandTypes = function.Inputs.ToArray();
            resultType = function.Results[0];
            return true;
        }

        operandTypes = Enumerable.Repeat(type, operandCount).ToArray();
        resultType = type;
        return true;
    }

    public static void Print(OpAsmPrinter printer, IReadOnlyList<MlirType> operandTypes, MlirType resultType)
    {
        if (operandTypes.All(t => t.Equals(resultType)))
        {
            printer.PrintType(resultType);
            return;
        }

        printer.PrintType(new FunctionType(operandTypes.ToArray(), new[] { resultType }));
    }
}
