using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>
/// Op name to handler. Names are matched without their dialect prefix for stablehlo and mhlo, so generic-form and
/// typed ops resolve alike. Ops on quantized tensors run as dequantize, float op, quantize (the spec's rule).
/// </summary>
internal static partial class OpRegistry
{
    internal static readonly Dictionary<string, BinaryOp> BinaryOps = new(StringComparer.Ordinal)
    {
        ["add"] = BinaryOp.Add, ["subtract"] = BinaryOp.Subtract, ["multiply"] = BinaryOp.Multiply,
        ["divide"] = BinaryOp.Divide, ["remainder"] = BinaryOp.Remainder, ["maximum"] = BinaryOp.Maximum,
        ["minimum"] = BinaryOp.Minimum, ["power"] = BinaryOp.Power, ["atan2"] = BinaryOp.Atan2, ["and"] = BinaryOp.And,
        ["or"] = BinaryOp.Or, ["xor"] = BinaryOp.Xor, ["shift_left"] = BinaryOp.ShiftLeft,
        ["shift_right_arithmetic"] = BinaryOp.ShiftRightArithmetic, ["shift_right_logical"] = BinaryOp.ShiftRightLogical,
    };

    private static readonly Dictionary<string, UnaryOp> UnaryOps = new(StringComparer.Ordinal)
    {
        ["abs"] = UnaryOp.Abs, ["negate"] = UnaryOp.Negate, ["sign"] = UnaryOp.Sign, ["not"] = UnaryOp.Not,
        ["popcnt"] = UnaryOp.Popcnt, ["count_leading_zeros"] = UnaryOp.CountLeadingZeros, ["exponential"] = UnaryOp.Exp,
        ["exponential_minus_one"] = UnaryOp.Expm1, ["log"] = UnaryOp.Log, ["log_plus_one"] = UnaryOp.Log1p,
        ["logistic"] = UnaryOp.Logistic, ["sqrt"] = UnaryOp.Sqrt, ["rsqrt"] = UnaryOp.Rsqrt, ["cbrt"] = UnaryOp.Cbrt,
        ["tanh"] = UnaryOp.Tanh, ["sine"] = UnaryOp.Sin, ["cosine"] = UnaryOp.Cos, ["tan"] = UnaryOp.Tan, ["atan"] = UnaryOp.Atan,
        ["floor"] = UnaryOp.Floor, ["ceil"] = UnaryOp.Ceil, ["round_nearest_afz"] = UnaryOp.RoundNearestAfz,
        ["round_nearest_even"] = UnaryOp.RoundNearestEven, ["is_finite"] = UnaryOp.IsFinite, ["real"] = UnaryOp.Real,
        ["imag"] = UnaryOp.Imag,
    };

    private static readonly Dictionary<string, Func<OpContext, object[]>> Handlers = BuildHandlers();

    public static bool IsSupported(string name) => Handlers.ContainsKey(Key(name));

    private static string Key(string name) =>
        name.StartsWith("stablehlo.", StringComparison.Ordinal) || name.StartsWith("mhlo.", StringComparison.Ordinal)
            ? Evaluator.StripDialect(name)
            : name;

    public static object[] Execute(OpContext context)
    {
        string key = Key(context.Name);
        if (UnaryOps.TryGetValue(key, out var unary))
        {
            return Quantized(context, c => [UnaryKernels.Apply(unary, c.T(0))]);
        }

        if (BinaryOps.TryGetValue(key, out var binary))
        {
            return Quantized(context, c => [BinaryKernels.Apply(binary, c.T(0), c.T(1))]);
        }

        if (Handlers.TryGetValue(key, out var handler))
        {
            return key is "uniform_quantize" or "uniform_dequantize" or "bitcast_convert" or "constant" ? handler(context) : Quantized(context, handler);
        }

        throw new InterpreterException($"op {context.Name} is not supported by the interpreter");
    }

    /// <summary>Dequantizes quantized operands, runs the float op, quantizes the results to their declared types.</summary>
    private static object[] Quantized(OpContext context, Func<OpContext, object[]> run)
    {
        var op = context.Op;
        bool any = false;
        var operands = (object[])context.Operands.Clone();
        for (int i = 0; i < operands.Length; i++)
        {
            if (QuantizedTypes.From(IrTypes.ElementOf(op.GetOperand(i).Type)) is { } q && operands[i] is Tensor t)
            {
                operands[i] = QuantizedTypes.Dequantize(t, q);
                any = true;
            }
        }

        var resultQuant = op.Results.Select(r => QuantizedTypes.From(IrTypes.ElementOf(r.Type))).ToArray();
        if (!any && resultQuant.All(q => q is null))
        {
            return run(context);
        }

        var results = run(new OpContext(context.Evaluator, op, operands, context.Scope));
        for (int i = 0; i < results.Length; i++)
        {
            if (resultQuant[i] is { } q && results[i] is Tensor t)
            {
                results[i] = QuantizedTypes.Quantize(t, q);
            }
        }

        return results;
    }

    /// <summary>The result shape follows from the operand's (so dynamic result types need no resolving).</summary>
    private static int[] BitcastShape(Tensor x, ElementType target)
    {
        int from = x.ElementType.Bits;
        int to = target.Bits;
        if (from == to)
        {
            return x.Shape;
        }

        if (from > to)
        {
            return [.. x.Shape, from / to];
        }

        if (x.Rank == 0 || (long)x.Shape[^1] * from != to)
        {
            throw new InterpreterException($"bitcast_convert: the last dimension of {x} does not make one {target}");
        }

        return x.Shape[..^1];
    }

    private static Dictionary<string, Func<OpContext, object[]>> BuildHandlers()
    {
        var h = new Dictionary<string, Func<OpContext, object[]>>(StringComparer.Ordinal);
        AddElementwise(h);
        AddShape(h);
        AddReductions(h);
        AddControl(h);
        AddChecks(h);
        AddCollectives(h);
        AddInterpreterOps(h);
        AddChlo(h);
        return h;
    }

    private static void AddElementwise(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["constant"] = c => [Constant(c.Op)];
        h["compare"] = c => [CompareKernels.Compare(c.T(0), c.T(1), ParseDirection(c.Enum("comparison_direction")), ParseCompareType(c.Enum("compare_type") ?? c.Enum("comparison_type")))];
        h["select"] = c => [CompareKernels.Select(c.T(0), c.T(1), c.T(2))];
        h["clamp"] = c => [CompareKernels.Clamp(c.T(0), c.T(1), c.T(2))];
        h["complex"] = c => [BinaryKernels.MakeComplex(c.T(0), c.T(1))];
        h["convert"] = c => [ConvertKernels.Convert(c.T(0), c.ResultElement())];
        h["bitcast_convert"] = c =>
        {
            var x = c.T(0);
            var target = IrTypes.ElementTypeOf(IrTypes.ElementOf(c.Op.GetResult(0).Type));
            return [ConvertKernels.BitcastConvert(x, target, BitcastShape(x, target))];
        };
        h["reduce_precision"] = c => [ConvertKernels.ReducePrecision(c.T(0), (int)c.Long("exponent_bits"), (int)c.Long("mantissa_bits"))];
        h["uniform_quantize"] = c =>
        {
            var q = QuantOf(c.Op.GetResult(0).Type);
            var x = c.T(0);
            if (QuantizedTypes.From(IrTypes.ElementOf(c.Op.GetOperand(0).Type)) is { } inQ)
            {
                x = QuantizedTypes.Dequantize(x, inQ);
            }

            return [QuantizedTypes.Quantize(x, q)];
        };
        h["uniform_dequantize"] = c => [QuantizedTypes.Dequantize(c.T(0), QuantOf(c.Op.GetOperand(0).Type))];
        h["iota"] = c => [ShapeKernels.Iota(c.ResultElement(), c.ResultShape(), (int)c.Long("iota_dimension"))];
        h["dynamic_iota"] = c => [ShapeKernels.Iota(c.ResultElement(), ShapeFromOperand(c, 0), (int)c.Long("iota_dimension"))];
        h["replica_id"] = c => [ElementCodec.FromLongs(ElementType.U32, [], [0])];
        h["partition_id"] = c => [ElementCodec.FromLongs(ElementType.U32, [], [0])];
        h["get_dimension_size"] = c => [ElementCodec.FromLongs(ElementType.I32, [], [c.T(0).Shape[c.Long("dimension")]])];
        h["after_all"] = _ => [TokenValue.Instance];
        h["create_token"] = _ => [TokenValue.Instance];
        h["optimization_barrier"] = c => c.Operands;
        h["tuple"] = c => [new TupleValue(c.Operands)];
        h["get_tuple_element"] = c => [((TupleValue)c.Operands[0]).Elements[(int)c.Long("index")]];
    }

    private static QuantizedType QuantOf(MlirType type) =>
        QuantizedTypes.From(IrTypes.ElementOf(type)) ?? throw new InterpreterException($"{type} is not a uniform quantized type");

    internal static int[] ShapeFromOperand(OpContext c, int index) => ElementCodec.ToLongs(c.T(index)).Select(v => checked((int)v)).ToArray();

    private static Tensor Constant(Operation op)
    {
        var attr = op.GetAttr("value") ?? throw new InterpreterException("constant without a value");
        return attr switch
        {
            DenseElementsAttr dense => IrTypes.FromDense(dense),
            DenseResourceElementsAttr { Blob: { } blob } res => FromResource(res, blob),
            _ => throw new InterpreterException($"constant value {attr.GetType().Name} is not supported"),
        };
    }

    private static Tensor FromResource(DenseResourceElementsAttr res, ResourceBlob blob)
    {
        var (element, shape) = IrTypes.TensorOf(res.Type);
        return new Tensor(element, shape, blob.Data);
    }

    internal static ComparisonDirection ParseDirection(string? text) => text switch
    {
        "EQ" => ComparisonDirection.EQ,
        "NE" => ComparisonDirection.NE,
        "GE" => ComparisonDirection.GE,
        "GT" => ComparisonDirection.GT,
        "LE" => ComparisonDirection.LE,
        "LT" => ComparisonDirection.LT,
        _ => throw new InterpreterException($"unknown comparison direction '{text}'"),
    };

    private static ComparisonType ParseCompareType(string? text) => text switch
    {
        "FLOAT" => ComparisonType.Float,
        "TOTALORDER" => ComparisonType.TotalOrder,
        "SIGNED" => ComparisonType.Signed,
        "UNSIGNED" => ComparisonType.Unsigned,
        _ => ComparisonType.NoType,
    };
}
