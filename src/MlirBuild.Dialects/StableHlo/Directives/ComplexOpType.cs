using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;ComplexOpType&gt;(type($lhs), type($rhs), type($result))</c>: the complex result type alone when both
/// operands are that shape with its part type (<c>tensor&lt;2xcomplex&lt;f64&gt;&gt;</c> from two <c>tensor&lt;2xf64&gt;</c>),
/// else the function type.
/// </summary>
public static class ComplexOpType
{
    public static bool Parse(OpAsmParser parser, out MlirType? lhsType, out MlirType? rhsType, out MlirType? resultType)
    {
        lhsType = rhsType = resultType = null;
        var location = parser.CurrentLocation;
        var type = parser.ParseType();
        if (type is null)
        {
            return false;
        }

        if (type is FunctionType function)
        {
            if (function.Inputs.Count != 2 || function.Results.Count != 1)
            {
                parser.EmitError(location, "expected a function type with two inputs and one result");
                return false;
            }

            (lhsType, rhsType, resultType) = (function.Inputs[0], function.Inputs[1], function.Results[0]);
            return true;
        }

        if (PartType(type) is not { } part)
        {
            parser.EmitError(location, "expected a tensor type with complex elements");
            return false;
        }

        (lhsType, rhsType, resultType) = (part, part, type);
        return true;
    }

    public static void Print(OpAsmPrinter printer, MlirType lhsType, MlirType rhsType, MlirType resultType)
    {
        if (PartType(resultType) is { } part && part.Equals(lhsType) && part.Equals(rhsType))
        {
            printer.PrintType(resultType);
            return;
        }

        printer.PrintType(new FunctionType(new[] { lhsType, rhsType }, new[] { resultType }));
    }

    /// <summary><c>tensor&lt;S x complex&lt;E&gt;&gt;</c> gives <c>tensor&lt;S x E&gt;</c>; null for other types.</summary>
    private static MlirType? PartType(MlirType type) => type switch
    {
        RankedTensorType { Element: ComplexType complex } ranked => RankedTensorType.Get(ranked.Dims.ToArray(), complex.ElementType, ranked.Encoding),
        UnrankedTensorType { ElementType: ComplexType complex } => new UnrankedTensorType(complex.ElementType),
        _ => null,
    };
}
