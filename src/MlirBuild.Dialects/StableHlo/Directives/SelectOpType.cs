using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;SelectOpType&gt;(type($pred), type($on_true), type($on_false), type($result))</c>: <c>P, T</c> when both
/// branches and the result have type T (and the predicate has T's shape), else <c>(P, A, B) -&gt; R</c>.
/// </summary>
public static class SelectOpType
{
    public static bool Parse(OpAsmParser parser, out MlirType? predType, out MlirType? onTrueType, out MlirType? onFalseType, out MlirType? resultType)
    {
        predType = onTrueType = onFalseType = resultType = null;
        var location = parser.CurrentLocation;
        var first = parser.ParseType();
        if (first is null)
        {
            return false;
        }

        if (first is FunctionType function)
        {
            if (function.Inputs.Count != 3 || function.Results.Count != 1)
            {
                parser.EmitError(location, "expected a function type with three inputs and one result");
                return false;
            }

            (predType, onTrueType, onFalseType, resultType) = (function.Inputs[0], function.Inputs[1], function.Inputs[2], function.Results[0]);
            return true;
        }

        if (!parser.ParsePunct(","))
        {
            return false;
        }

        var type = parser.ParseType();
        if (type is null)
        {
            return false;
        }

        (predType, onTrueType, onFalseType, resultType) = (first, type, type, type);
        return true;
    }

    public static void Print(OpAsmPrinter printer, MlirType predType, MlirType onTrueType, MlirType onFalseType, MlirType resultType)
    {
        // stablehlo-opt keeps the function type when a scalar predicate selects between non-scalar tensors.
        if (onTrueType.Equals(resultType) && onFalseType.Equals(resultType) && SameShape(predType, onTrueType))
        {
            printer.PrintType(predType);
            printer.Write(", ");
            printer.PrintType(onTrueType);
            return;
        }

        printer.PrintType(new FunctionType(new[] { predType, onTrueType, onFalseType }, new[] { resultType }));
    }

    private static bool SameShape(MlirType a, MlirType b) =>
        a is ShapedType { HasRank: true } sa && b is ShapedType { HasRank: true } sb && sa.Shape.SequenceEqual(sb.Shape);
}
