namespace MlirBuild.Ir.Quant;

/// <summary>
/// <c>quant.qcast</c>, <c>quant.dcast</c> and <c>quant.scast</c> (<c>$input attr-dict : type($input) to type($result)</c>)
/// with MLIR 22's operand constraints, traits and verifiers, including the per-axis and sub-channel integrity rules
/// that need the enclosing tensor (quantized dimension within the rank, scale counts, block sizes dividing the shape).
/// </summary>
public static class QuantOps
{
    public const string QuantizeCast = "quant.qcast";
    public const string DequantizeCast = "quant.dcast";
    public const string StorageCast = "quant.scast";

    private const string FloatSummary = "floating-point";
    private const string QuantizedSummary = "quantized type";
    private const string IntOrQuantizedSummary = "signless integer or quantized type";

    internal static void Register(Dialect dialect)
    {
        dialect.Register(Define(QuantizeCast, (op, d) =>
            Constraint(op, d, op.GetOperand(0).Type, IsFloat, "operand", FloatSummary)
            && Constraint(op, d, op.GetResult(0).Type, IsQuantized, "result", QuantizedSummary)
            && SameShape(op, d)
            && VerifyQuantization(op, d, Element(op.GetResult(0).Type), Element(op.GetOperand(0).Type), op.GetOperand(0).Type)));
        dialect.Register(Define(DequantizeCast, (op, d) =>
            Constraint(op, d, op.GetOperand(0).Type, IsQuantized, "operand", QuantizedSummary)
            && Constraint(op, d, op.GetResult(0).Type, IsFloat, "result", FloatSummary)
            && SameShape(op, d)
            && VerifyQuantization(op, d, Element(op.GetOperand(0).Type), Element(op.GetResult(0).Type), op.GetOperand(0).Type)));
        dialect.Register(Define(StorageCast, VerifyStorageCast));
    }

    private static OpDefinition Define(string name, OpVerifyHook verify) => new(name, OpTraits.Pure)
    {
        Parse = ParseCast,
        Print = PrintCast,
        Verify = (op, d) => op.NumOperands == 1 && op.Results.Count == 1 ? verify(op, d) : CountError(op, d),
    };

    private static bool CountError(Operation op, DiagnosticBag d)
    {
        d.Error(op.Location, op.NumOperands != 1
            ? $"'{op.Name}' op expected 1 operands, but found {op.NumOperands}"
            : $"'{op.Name}' op requires one result");
        return false;
    }

    private static bool ParseCast(OpAsmParser p, OperationState result)
    {
        var input = p.ParseOperand();
        if (input is null || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var inputType = p.ParseType();
        if (inputType is null || !p.ParseKeyword("to"))
        {
            return false;
        }

        var resultType = p.ParseType();
        if (resultType is null)
        {
            return false;
        }

        result.ResultTypes.Add(resultType);
        return p.ResolveOperands(new[] { input.Value }, new[] { inputType }, result.Operands);
    }

    private static void PrintCast(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        p.PrintOperand(op.GetOperand(0));
        p.PrintOptionalAttrDict(op.Attributes.Entries);
        p.Write(" : ");
        p.PrintType(op.GetOperand(0).Type);
        p.Write(" to ");
        p.PrintType(op.GetResult(0).Type);
    }

    private static MlirType Element(MlirType type) => type is ShapedType s ? s.ElementType : type;

    private static bool IsFloat(MlirType t) => t is FloatType;

    private static bool IsQuantized(MlirType t) => t is QuantizedType or CalibratedQuantizedType;

    private static bool IsIntOrQuantized(MlirType t) => t is IntegerType { IsSignless: true } || IsQuantized(t);

    /// <summary>ODS's "scalar or tensor of X" operand/result constraint.</summary>
    private static bool Constraint(Operation op, DiagnosticBag d, MlirType type, Func<MlirType, bool> element, string what, string summary)
    {
        bool ok = type switch
        {
            RankedTensorType r => element(r.ElementType),
            UnrankedTensorType u => element(u.ElementType),
            ShapedType => false,
            _ => element(type),
        };
        if (!ok)
        {
            d.Error(op.Location, $"'{op.Name}' op {what} #0 must be scalar or tensor of {summary}, but got '{type}'");
        }

        return ok;
    }

    private static bool SameShape(Operation op, DiagnosticBag d)
    {
        var a = op.GetOperand(0).Type;
        var b = op.GetResult(0).Type;
        bool ok = (a, b) switch
        {
            (RankedTensorType ra, RankedTensorType rb) => ra.Shape.Equals(rb.Shape),
            (UnrankedTensorType, UnrankedTensorType) => true,
            (ShapedType, _) or (_, ShapedType) => false,
            _ => true,
        };
        if (!ok)
        {
            d.Error(op.Location, $"'{op.Name}' op failed to verify that input and result are both scalars or both tensors with matching shape");
        }

        return ok;
    }

    private static bool VerifyStorageCast(Operation op, DiagnosticBag d)
    {
        var input = op.GetOperand(0).Type;
        var result = op.GetResult(0).Type;
        if (!Constraint(op, d, input, IsIntOrQuantized, "operand", IntOrQuantizedSummary)
            || !Constraint(op, d, result, IsIntOrQuantized, "result", IntOrQuantizedSummary)
            || !SameShape(op, d))
        {
            return false;
        }

        var (a, b) = (Element(input), Element(result));
        var (integer, quantized) = (a, b) switch
        {
            (IntegerType i, QuantizedType q) => (i, q),
            (QuantizedType q, IntegerType i) => (i, q),
            _ => (null, null),
        };
        if (integer is null || quantized is null)
        {
            d.Error(op.Location, $"'{op.Name}' op failed to verify that input must be integer and result must be quantized, or vice versa");
            return false;
        }

        if (quantized.StorageType != integer)
        {
            d.Error(op.Location, "storage type in quantized type expected to match integer type");
            return false;
        }

        return VerifyContainer(op, d, quantized, input);
    }

    private static bool VerifyQuantization(Operation op, DiagnosticBag d, MlirType quantizedElement, MlirType floatElement, MlirType container)
    {
        var expressed = quantizedElement switch
        {
            QuantizedType q => q.ExpressedType,
            CalibratedQuantizedType c => c.ExpressedType,
            _ => null,
        };
        if (!Equals(expressed, floatElement))
        {
            d.Error(op.Location, "expressed type in quantized type expected to match float type");
            return false;
        }

        return quantizedElement is not QuantizedType qt || VerifyContainer(op, d, qt, container);
    }

    /// <summary>
    /// The rules a per-axis or sub-channel type imposes on the tensor holding it (MLIR checks them in the quant ops'
    /// verifiers, not in the type). Reusable by other dialects' verifiers; returns false after reporting at the op.
    /// </summary>
    public static bool VerifyContainer(Operation op, DiagnosticBag d, QuantizedType quantized, MlirType container)
    {
        string? error = ContainerError(quantized, container);
        if (error is not null)
        {
            d.Error(op.Location, error);
        }

        return error is null;
    }

    /// <summary>The message MLIR gives when <paramref name="quantized"/> cannot be the element type of <paramref name="container"/>; null when it can.</summary>
    public static string? ContainerError(QuantizedType quantized, MlirType container) => quantized switch
    {
        UniformQuantizedPerAxisType perAxis => PerAxisError(perAxis, container),
        UniformQuantizedSubChannelType sub => SubChannelError(sub, container),
        _ => null,
    };

    private static string? PerAxisError(UniformQuantizedPerAxisType q, MlirType container)
    {
        if (container is not (RankedTensorType or UnrankedTensorType))
        {
            return "scalar types may not use per-axis quantization";
        }

        if (container is not RankedTensorType t)
        {
            return null;
        }

        if (q.QuantizedDimension >= t.Shape.Count)
        {
            return "quantized dimension must be less than tensor rank";
        }

        long size = t.Shape[q.QuantizedDimension];
        return size != ShapedType.DynamicSize && size != q.Scales.Count ? "quantized dimension size does not match number of scales" : null;
    }

    private static string? SubChannelError(UniformQuantizedSubChannelType q, MlirType container)
    {
        if (container is not (RankedTensorType or UnrankedTensorType))
        {
            return "scalar types may not use sub-channel quantization";
        }

        if (container is not RankedTensorType t)
        {
            return "tensor containing the sub-channel quantized type must be ranked";
        }

        int rank = t.Shape.Count;
        if (q.ParamShape.Count != rank)
        {
            return $"Rank of scales {q.ParamShape.Count} must match the rank of the tensor {rank}";
        }

        var blockSizes = t.Shape.ToArray();
        for (int i = 0; i < q.QuantizedDimensions.Count; i++)
        {
            int dim = q.QuantizedDimensions[i];
            long block = q.BlockSizes[i];
            if (dim >= rank)
            {
                return $"quantized dimension {dim} must be less than tensor rank {rank}";
            }

            long size = t.Shape[dim];
            if (size != ShapedType.DynamicSize && size % block != 0)
            {
                return $"tensor dimension size {size} at axis {dim} must be divisible by the corresponding block size {block}";
            }

            blockSizes[dim] = block;
        }

        for (int axis = 0; axis < rank; axis++)
        {
            long size = t.Shape[axis];
            if (size == ShapedType.DynamicSize)
            {
                continue;
            }

            long expected = size / blockSizes[axis];
            if (q.ParamShape[axis] != expected)
            {
                // mlir-opt 22 prints the expected count in both places.
                return $"dimension size {expected} of scales tensor at axis {axis} should match (tensor dimension at axis / block sizes at axis) = {expected}";
            }
        }

        return null;
    }
}
