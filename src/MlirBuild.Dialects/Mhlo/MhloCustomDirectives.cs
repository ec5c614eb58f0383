using MlirBuild.Ir;

using MlirBuild.Dialects.StableHlo;

namespace MlirBuild.Dialects.Mhlo;

/// <summary>
/// The mhlo copy of <see cref="StableHlo.StablehloCustomDirectives"/> (partial methods cannot be shared between
/// classes): the same directive classes with <see cref="HloFlavor.Mhlo"/> (i64 elements, <c>#mhlo.</c> prefixes).
/// mhlo's slice has no declarative format, so there is no SliceRanges pair.
/// </summary>
internal static partial class MhloCustomDirectives
{
    private static readonly HloFlavor Flavor = HloFlavor.Mhlo;

    private static CustomDirectiveStatus Status(bool ok) => ok ? CustomDirectiveStatus.Success : CustomDirectiveStatus.Failure;

    static partial void ParseSameOperandsAndResultType(OpAsmParser parser, ref MlirType? operandType, ref MlirType? resultType, ref CustomDirectiveStatus status)
    {
        status = Status(SameOperandsAndResultType.Parse(parser, 1, out var types, out resultType));
        operandType = types.FirstOrDefault();
    }

    static partial void PrintSameOperandsAndResultType(OpAsmPrinter printer, Operation op, MlirType operandType, MlirType resultType, ref CustomDirectiveStatus status)
    {
        SameOperandsAndResultType.Print(printer, [operandType], resultType);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseSameOperandsAndResultType(OpAsmParser parser, ref MlirType? lhsType, ref MlirType? rhsType, ref MlirType? resultType, ref CustomDirectiveStatus status)
    {
        status = Status(SameOperandsAndResultType.Parse(parser, 2, out var types, out resultType));
        (lhsType, rhsType) = types.Length == 2 ? (types[0], types[1]) : (null, null);
    }

    static partial void PrintSameOperandsAndResultType(OpAsmPrinter printer, Operation op, MlirType lhsType, MlirType rhsType, MlirType resultType, ref CustomDirectiveStatus status)
    {
        SameOperandsAndResultType.Print(printer, [lhsType, rhsType], resultType);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseSameOperandsAndResultType(OpAsmParser parser, ref MlirType? minType, ref MlirType? operandType, ref MlirType? maxType, ref MlirType? resultType, ref CustomDirectiveStatus status)
    {
        status = Status(SameOperandsAndResultType.Parse(parser, 3, out var types, out resultType));
        (minType, operandType, maxType) = types.Length == 3 ? (types[0], types[1], types[2]) : (null, null, null);
    }

    static partial void PrintSameOperandsAndResultType(OpAsmPrinter printer, Operation op, MlirType minType, MlirType operandType, MlirType maxType, MlirType resultType, ref CustomDirectiveStatus status)
    {
        SameOperandsAndResultType.Print(printer, [minType, operandType, maxType], resultType);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseVariadicSameOperandsAndResultType(OpAsmParser parser, IReadOnlyList<UnresolvedOperand> inputs, List<MlirType> inputsTypes, ref MlirType? resultType, ref CustomDirectiveStatus status)
    {
        status = Status(VariadicSameOperandsAndResultType.Parse(parser, inputs.Count, out var types, out resultType));
        inputsTypes.AddRange(types);
    }

    static partial void PrintVariadicSameOperandsAndResultType(OpAsmPrinter printer, Operation op, IReadOnlyList<Value> inputs, IReadOnlyList<MlirType> inputsTypes, MlirType resultType, ref CustomDirectiveStatus status)
    {
        VariadicSameOperandsAndResultType.Print(printer, resultType);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseComplexOpType(OpAsmParser parser, ref MlirType? lhsType, ref MlirType? rhsType, ref MlirType? resultType, ref CustomDirectiveStatus status) =>
        status = Status(ComplexOpType.Parse(parser, out lhsType, out rhsType, out resultType));

    static partial void PrintComplexOpType(OpAsmPrinter printer, Operation op, MlirType lhsType, MlirType rhsType, MlirType resultType, ref CustomDirectiveStatus status)
    {
        ComplexOpType.Print(printer, lhsType, rhsType, resultType);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseVariadicOperandWithAttribute(OpAsmParser parser, List<UnresolvedOperand> inputs, ref CustomDirectiveStatus status) =>
        status = Status(VariadicOperandWithAttribute.Parse(parser, inputs));

    static partial void PrintVariadicOperandWithAttribute(OpAsmPrinter printer, Operation op, IReadOnlyList<Value> inputs, ref CustomDirectiveStatus status)
    {
        VariadicOperandWithAttribute.Print(printer, inputs);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseConvolutionDimensions(OpAsmParser parser, ref MlirAttribute? dimension_numbers, ref CustomDirectiveStatus status) =>
        status = Status(ConvolutionDimensions.Parse(parser, Flavor, out dimension_numbers));

    static partial void PrintConvolutionDimensions(OpAsmPrinter printer, Operation op, MlirAttribute? dimension_numbers, ref CustomDirectiveStatus status)
    {
        ConvolutionDimensions.Print(printer, dimension_numbers);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseWindowAttributes(OpAsmParser parser, ref MlirAttribute? window_strides, ref MlirAttribute? padding, ref MlirAttribute? lhs_dilation, ref MlirAttribute? rhs_dilation, ref MlirAttribute? window_reversal, ref CustomDirectiveStatus status)
    {
        status = Status(WindowAttributes.Parse(parser, Flavor, out var values));
        (window_strides, padding, lhs_dilation, rhs_dilation, window_reversal) =
            (values.WindowStrides, values.Padding, values.LhsDilation, values.RhsDilation, values.WindowReversal);
    }

    static partial void PrintWindowAttributes(OpAsmPrinter printer, Operation op, MlirAttribute? window_strides, MlirAttribute? padding, MlirAttribute? lhs_dilation, MlirAttribute? rhs_dilation, MlirAttribute? window_reversal, ref CustomDirectiveStatus status)
    {
        WindowAttributes.Print(printer, new WindowAttributes.Values(window_strides, padding, lhs_dilation, rhs_dilation, window_reversal));
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseCustomCallTarget(OpAsmParser parser, ref MlirAttribute? call_target_name, ref CustomDirectiveStatus status) =>
        status = Status(CustomCallTarget.Parse(parser, out call_target_name));

    static partial void PrintCustomCallTarget(OpAsmPrinter printer, Operation op, MlirAttribute? call_target_name, ref CustomDirectiveStatus status)
    {
        CustomCallTarget.Print(printer, call_target_name);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseDotDimensionNumbers(OpAsmParser parser, ref MlirAttribute? dot_dimension_numbers, ref CustomDirectiveStatus status) =>
        status = Status(DotDimensionNumbers.Parse(parser, Flavor, out dot_dimension_numbers));

    static partial void PrintDotDimensionNumbers(OpAsmPrinter printer, Operation op, MlirAttribute? dot_dimension_numbers, ref CustomDirectiveStatus status)
    {
        DotDimensionNumbers.Print(printer, dot_dimension_numbers);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParsePrecisionConfigAndAlgorithm(OpAsmParser parser, ref MlirAttribute? precision_config, ref MlirAttribute? algorithm, ref CustomDirectiveStatus status) =>
        status = Status(PrecisionConfigAndAlgorithm.Parse(parser, Flavor, out precision_config, out algorithm));

    static partial void PrintPrecisionConfigAndAlgorithm(OpAsmPrinter printer, Operation op, MlirAttribute? precision_config, MlirAttribute? algorithm, ref CustomDirectiveStatus status)
    {
        PrecisionConfigAndAlgorithm.Print(printer, precision_config, algorithm);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParsePrecisionConfig(OpAsmParser parser, ref MlirAttribute? precision_config, ref CustomDirectiveStatus status) =>
        status = Status(PrecisionConfig.Parse(parser, Flavor, out precision_config));

    static partial void PrintPrecisionConfig(OpAsmPrinter printer, Operation op, MlirAttribute? precision_config, ref CustomDirectiveStatus status)
    {
        PrecisionConfig.Print(printer, precision_config);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParsePairwiseOpType(OpAsmParser parser, List<MlirType> operandTypes, List<MlirType> resultTypes, ref CustomDirectiveStatus status)
    {
        var types = new List<MlirType>();
        status = Status(parser.ParseTypeList(types));
        operandTypes.AddRange(types);
        resultTypes.AddRange(types);
    }

    static partial void PrintPairwiseOpType(OpAsmPrinter printer, Operation op, IReadOnlyList<MlirType> operandTypes, IReadOnlyList<MlirType> resultTypes, ref CustomDirectiveStatus status)
    {
        PairwiseOpType.Print(printer, operandTypes);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseExponentMantissa(OpAsmParser parser, ref MlirAttribute? exponent_bits, ref MlirAttribute? mantissa_bits, ref CustomDirectiveStatus status) =>
        status = Status(ExponentMantissa.Parse(parser, out exponent_bits, out mantissa_bits));

    static partial void PrintExponentMantissa(OpAsmPrinter printer, Operation op, MlirAttribute? exponent_bits, MlirAttribute? mantissa_bits, ref CustomDirectiveStatus status)
    {
        ExponentMantissa.Print(printer, exponent_bits, mantissa_bits);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseSelectOpType(OpAsmParser parser, ref MlirType? predType, ref MlirType? on_trueType, ref MlirType? on_falseType, ref MlirType? resultType, ref CustomDirectiveStatus status) =>
        status = Status(SelectOpType.Parse(parser, out predType, out on_trueType, out on_falseType, out resultType));

    static partial void PrintSelectOpType(OpAsmPrinter printer, Operation op, MlirType predType, MlirType on_trueType, MlirType on_falseType, MlirType resultType, ref CustomDirectiveStatus status)
    {
        SelectOpType.Print(printer, predType, on_trueType, on_falseType, resultType);
        status = CustomDirectiveStatus.Success;
    }

    static partial void ParseTupleOpType(OpAsmParser parser, List<MlirType> valTypes, ref MlirType? resultType, ref CustomDirectiveStatus status)
    {
        var location = parser.CurrentLocation;
        resultType = parser.ParseType();
        if (resultType is TupleType tuple)
        {
            valTypes.AddRange(tuple.Types);
            status = CustomDirectiveStatus.Success;
            return;
        }

        if (resultType is not null)
        {
            parser.EmitError(location, "expected a tuple type");
        }

        status = CustomDirectiveStatus.Failure;
    }

    static partial void PrintTupleOpType(OpAsmPrinter printer, Operation op, IReadOnlyList<MlirType> valTypes, MlirType resultType, ref CustomDirectiveStatus status)
    {
        TupleOpType.Print(printer, resultType);
        status = CustomDirectiveStatus.Success;
    }
}
