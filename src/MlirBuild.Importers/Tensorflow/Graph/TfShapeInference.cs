namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>
/// Conservative shape inference for common ops: a result gets a ranked shape only when the rule is certain;
/// otherwise it stays unranked (null). Unknown dimensions are -1.
/// </summary>
internal static class TfShapeInference
{
    private static readonly HashSet<string> SameShapeUnary =
    [
        "Identity", "Relu", "Relu6", "Elu", "Selu", "Sigmoid", "Tanh", "Exp", "Expm1", "Log", "Log1p", "Neg", "Abs",
        "Sqrt", "Rsqrt", "Square", "Floor", "Ceil", "Round", "Rint", "Reciprocal", "Inv", "Softmax", "LogSoftmax", "Cast",
        "StopGradient", "Snapshot", "Softplus", "Softsign", "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh",
        "LeakyRelu", "Sign", "ZerosLike", "OnesLike", "IsFinite", "IsNan", "IsInf", "LogicalNot", "Erf", "Erfc",
        "PreventGradient", "CheckNumerics", "BiasAdd", "BiasAddV1", "Enter", "Exit", "NextIteration", "LRN",
        "FakeQuantWithMinMaxVars", "FakeQuantWithMinMaxArgs", "Mish", "Swish", "ClipByValue", "EnsureShape",
        "DebugIdentity", "Prelu", "Dequantize", "QuantizeAndDequantizeV2", "QuantizeAndDequantizeV3", "QuantizeAndDequantizeV4",
    ];

    private static readonly HashSet<string> Broadcasting =
    [
        "Add", "AddV2", "Sub", "Mul", "RealDiv", "Div", "FloorDiv", "FloorMod", "Mod", "TruncateDiv", "TruncateMod",
        "Maximum", "Minimum", "Pow", "SquaredDifference", "Less", "LessEqual", "Greater", "GreaterEqual", "Equal",
        "NotEqual", "LogicalAnd", "LogicalOr", "DivNoNan", "MulNoNan", "Atan2", "BitwiseAnd", "BitwiseOr", "BitwiseXor",
        "SigmoidGrad", "TanhGrad", "ReluGrad", "Relu6Grad", "EluGrad", "SeluGrad", "RsqrtGrad", "SqrtGrad",
        "ReciprocalGrad", "SoftplusGrad", "LeakyReluGrad", "Xdivy", "Xlogy", "SelectV2", "Select", "AddN",
    ];

    /// <summary>Shapes of the results; <paramref name="constInts"/> gives an input's integer values when it is constant.</summary>
    public static long[]?[] Infer(Protos.NodeDef node, IReadOnlyList<TfValueType> inputs, Func<int, long[]?> constInts, int resultCount)
    {
        var result = new long[]?[resultCount];
        if (resultCount == 0)
        {
            return result;
        }

        if (OutputShapesAttr(node, resultCount) is { } declared)
        {
            return declared;
        }

        try
        {
            result[0] = InferFirst(node, inputs, constInts);
        }
        catch (OverflowException)
        {
            result[0] = null;
        }

        switch (node.Op)
        {
            case "Switch" or "Merge" when inputs.Count > 0:
                result[0] = inputs[0].Shape;
                if (node.Op == "Switch" && resultCount > 1)
                {
                    result[1] = inputs[0].Shape;
                }
                else if (resultCount > 1)
                {
                    result[1] = [];
                }

                break;
            case "Unpack" when inputs.Count > 0 && inputs[0].Shape is { } s:
            {
                int axis = Axis(TfAttrs.Int(node, "axis") ?? 0, s.Length);
                if (axis >= 0)
                {
                    var part = s.Where((_, i) => i != axis).ToArray();
                    for (int i = 0; i < resultCount; i++)
                    {
                        result[i] = part;
                    }
                }

                break;
            }

            case "FusedBatchNormV3" or "FusedBatchNorm" or "FusedBatchNormV2" or "_FusedBatchNormEx" when inputs.Count > 0:
                result[0] = inputs[0].Shape;
                break;
        }

        return result;
    }

    private static long[]?[]? OutputShapesAttr(Protos.NodeDef node, int count)
    {
        if (!node.Attr.TryGetValue("_output_shapes", out var a) || a.ValueCase != Protos.AttrValue.ValueOneofCase.List || a.List.Shape.Count != count)
        {
            return null;
        }

        return a.List.Shape.Select(TfAttrs.ShapeDims).ToArray();
    }

    private static long[]? InferFirst(Protos.NodeDef node, IReadOnlyList<TfValueType> inputs, Func<int, long[]?> constInts)
    {
        long[]? In(int i) => i < inputs.Count ? inputs[i].Shape : null;
        string op = node.Op;
        if (SameShapeUnary.Contains(op))
        {
            return In(0);
        }

        if (Broadcasting.Contains(op))
        {
            var shape = In(0);
            for (int i = 1; i < inputs.Count; i++)
            {
                shape = Broadcast(shape, In(i));
            }

            return op == "Select" && inputs.Count == 3 ? In(1) : shape;
        }

        switch (op)
        {
            case "Const":
                return node.Attr.TryGetValue("value", out var v) && v.Tensor is { } t ? TfDataTypes.Dims(t.TensorShape) : null;
            case "Placeholder" or "PlaceholderWithDefault" or "VarHandleOp" or "VariableV2":
                return op == "VarHandleOp" ? [] : TfAttrs.ShapeDims(TfAttrs.Shape(node, "shape"));
            case "Shape":
                return In(0) is { } s0 ? [s0.Length] : [-1];
            case "Size" or "Rank":
                return [];
            case "MatMul" or "_FusedMatMul":
            {
                if (In(0) is not { Length: 2 } a || In(1) is not { Length: 2 } b)
                {
                    return null;
                }

                return [TfAttrs.Bool(node, "transpose_a") ? a[1] : a[0], TfAttrs.Bool(node, "transpose_b") ? b[0] : b[1]];
            }

            case "Conv2D" or "_FusedConv2D" or "DepthwiseConv2dNative" or "FusedDepthwiseConv2dNative":
                return Conv(node, In(0), In(1), depthwise: op.Contains("Depthwise", StringComparison.Ordinal));
            case "MaxPool" or "AvgPool":
                return Pool(node, In(0));
            case "Reshape":
            {
                var target = constInts(1);
                if (target is null)
                {
                    return null;
                }

                int unknown = Array.IndexOf(target, -1);
                if (unknown >= 0 && In(0) is { } src && src.All(d => d >= 0))
                {
                    long known = target.Where(d => d >= 0).Aggregate(1L, (x, y) => checked(x * y));
                    long total = src.Aggregate(1L, (x, y) => checked(x * y));
                    if (known > 0 && total % known == 0)
                    {
                        target = (long[])target.Clone();
                        target[unknown] = total / known;
                    }
                }

                return target.Any(d => d < -1) ? null : target;
            }

            case "ExpandDims":
            {
                if (In(0) is not { } s || constInts(1) is not [var dim])
                {
                    return null;
                }

                int axis = Axis(dim, s.Length + 1);
                return axis < 0 ? null : [.. s[..axis], 1, .. s[axis..]];
            }

            case "Squeeze":
            {
                if (In(0) is not { } s)
                {
                    return null;
                }

                var dims = TfAttrs.Ints(node, "squeeze_dims") ?? [];
                if (dims.Count == 0)
                {
                    return s.Any(d => d < 0) ? null : s.Where(d => d != 1).ToArray();
                }

                var axes = dims.Select(d => Axis(d, s.Length)).ToHashSet();
                return axes.Contains(-1) ? null : s.Where((_, i) => !axes.Contains(i)).ToArray();
            }

            case "Mean" or "Sum" or "Max" or "Min" or "Prod" or "All" or "Any":
            {
                if (In(0) is not { } s || constInts(1) is not { } axesRaw)
                {
                    return null;
                }

                var axes = axesRaw.Select(d => Axis(d, s.Length)).ToHashSet();
                if (axes.Contains(-1))
                {
                    return null;
                }

                bool keep = TfAttrs.Bool(node, "keep_dims");
                return keep ? s.Select((d, i) => axes.Contains(i) ? 1 : d).ToArray() : s.Where((_, i) => !axes.Contains(i)).ToArray();
            }

            case "Transpose":
            {
                if (In(0) is not { } s || constInts(1) is not { } perm || perm.Length != s.Length || perm.Any(p => p < 0 || p >= s.Length))
                {
                    return null;
                }

                return perm.Select(p => s[p]).ToArray();
            }

            case "ConcatV2":
            {
                int n = inputs.Count - 1;
                if (n < 1 || constInts(n) is not [var axisRaw] || inputs.Take(n).Any(i => i.Shape is null))
                {
                    return null;
                }

                var shapes = inputs.Take(n).Select(i => i.Shape!).ToList();
                int rank = shapes[0].Length;
                int axis = Axis(axisRaw, rank);
                if (axis < 0 || shapes.Any(s => s.Length != rank))
                {
                    return null;
                }

                var result = (long[])shapes[0].Clone();
                result[axis] = shapes.Any(s => s[axis] < 0) ? -1 : shapes.Sum(s => s[axis]);
                for (int d = 0; d < rank; d++)
                {
                    if (d != axis && result[d] < 0)
                    {
                        result[d] = shapes.Select(s => s[d]).FirstOrDefault(x => x >= 0, -1);
                    }
                }

                return result;
            }

            case "Pack":
            {
                if (inputs.Count == 0 || In(0) is not { } s || inputs.Any(i => i.Shape is null || !i.Shape.AsSpan().SequenceEqual(s)))
                {
                    return null;
                }

                int axis = Axis(TfAttrs.Int(node, "axis") ?? 0, s.Length + 1);
                return axis < 0 ? null : [.. s[..axis], inputs.Count, .. s[axis..]];
            }

            case "Pad" or "PadV2" or "MirrorPad":
            {
                if (In(0) is not { } s || constInts(1) is not { } pads || pads.Length != 2 * s.Length)
                {
                    return null;
                }

                return s.Select((d, i) => d < 0 ? -1 : d + pads[2 * i] + pads[(2 * i) + 1]).ToArray();
            }

            case "ResizeBilinear" or "ResizeNearestNeighbor" or "ResizeBicubic":
            {
                if (In(0) is not { Length: 4 } s || constInts(1) is not [var h, var w] || h < 0 || w < 0)
                {
                    return null;
                }

                return [s[0], h, w, s[3]];
            }

            case "StridedSlice":
                return StridedSlice(node, In(0), constInts(1), constInts(2), constInts(3));
            case "Fill":
                return constInts(0) is { } fillDims && fillDims.All(d => d >= 0) ? fillDims : null;
            case "TensorListReserve" or "TensorListFromTensor" or "TensorListSetItem" or "EmptyTensorList" or "TensorListPushBack" or "TensorListResize":
                return [];
            case "ReadVariableOp":
                return TfAttrs.ShapeDims(TfAttrs.Shape(node, "shape"));
            case "Conv2DBackpropFilter":
                return constInts(1) is { } fs && fs.All(d => d >= 0) ? fs : null;
            case "Conv2DBackpropInput":
                return constInts(0) is { } xs && xs.All(d => d >= 0) ? xs : null;
            case "BiasAddGrad":
                return In(0) is { Length: > 0 } s1 ? [s1[TfAttrs.String(node, "data_format") == "NCHW" ? 1 : s1.Length - 1]] : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// StridedSlice with constant begin/end/strides and no ellipsis: each spec entry either adds an axis
    /// (new_axis_mask), drops one (shrink_axis_mask) or slices one; input dims past the spec are kept.
    /// </summary>
    private static long[]? StridedSlice(Protos.NodeDef node, long[]? input, long[]? begin, long[]? end, long[]? strides)
    {
        if (input is null || begin is null || end is null || strides is null || begin.Length != end.Length || begin.Length != strides.Length)
        {
            return null;
        }

        long beginMask = TfAttrs.Int(node, "begin_mask") ?? 0, endMask = TfAttrs.Int(node, "end_mask") ?? 0;
        long newAxis = TfAttrs.Int(node, "new_axis_mask") ?? 0, shrink = TfAttrs.Int(node, "shrink_axis_mask") ?? 0;
        if ((TfAttrs.Int(node, "ellipsis_mask") ?? 0) != 0 || begin.Length > 62)
        {
            return null;
        }

        var result = new List<long>();
        int d = 0;
        for (int i = 0; i < begin.Length; i++)
        {
            if ((newAxis & (1L << i)) != 0)
            {
                result.Add(1);
                continue;
            }

            if (d >= input.Length)
            {
                return null;
            }

            long size = input[d++];
            if ((shrink & (1L << i)) != 0)
            {
                continue;
            }

            long s = strides[i];
            if (s == 0)
            {
                return null;
            }

            if (size < 0)
            {
                result.Add(-1);
                continue;
            }

            long lo = s > 0 ? 0 : -1, hi = s > 0 ? size : size - 1;
            long b = (beginMask & (1L << i)) != 0 ? (s > 0 ? 0 : size - 1) : Math.Clamp(begin[i] < 0 ? begin[i] + size : begin[i], lo, hi);
            long e = (endMask & (1L << i)) != 0 ? (s > 0 ? size : -1) : Math.Clamp(end[i] < 0 ? end[i] + size : end[i], lo, hi);
            long length = s > 0 ? (e - b + s - 1) / s : (b - e + (-s) - 1) / (-s);
            result.Add(Math.Max(0, length));
        }

        result.AddRange(input.Skip(d));
        return result.ToArray();
    }

    private static int Axis(long axis, int rank) => axis < -rank || axis >= rank ? -1 : (int)(axis < 0 ? axis + rank : axis);

    /// <summary>NumPy broadcasting; null when either side is unranked or the dims cannot be decided.</summary>
    public static long[]? Broadcast(long[]? a, long[]? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        int rank = Math.Max(a.Length, b.Length);
        var result = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            long x = i < rank - a.Length ? 1 : a[i - (rank - a.Length)];
            long y = i < rank - b.Length ? 1 : b[i - (rank - b.Length)];
            if (x == 1)
            {
                result[i] = y;
            }
            else if (y == 1 || x == y)
            {
                result[i] = x;
            }
            else if (x < 0 || y < 0)
            {
                // One side unknown and the other not 1: the result is the known side if it is valid at all.
                result[i] = x < 0 ? (y < 0 ? -1 : y) : x;
            }
            else
            {
                return null;
            }
        }

        return result;
    }

    private static long[]? Conv(Protos.NodeDef node, long[]? input, long[]? filter, bool depthwise)
    {
        if (input is not { Length: 4 } x || filter is not { Length: 4 } f)
        {
            return null;
        }

        bool nchw = TfAttrs.String(node, "data_format") == "NCHW";
        var strides = TfAttrs.Ints(node, "strides") ?? [1, 1, 1, 1];
        var dilations = TfAttrs.Ints(node, "dilations") ?? [1, 1, 1, 1];
        if (strides.Count != 4 || dilations.Count != 4)
        {
            return null;
        }

        int h = nchw ? 2 : 1, w = nchw ? 3 : 2, c = nchw ? 1 : 3;
        long outC = depthwise ? (f[2] < 0 || f[3] < 0 ? -1 : f[2] * f[3]) : f[3];
        var explicitPads = TfAttrs.Ints(node, "explicit_paddings");
        long oh = Window(node, x[h], f[0], strides[h], dilations[h], explicitPads, h);
        long ow = Window(node, x[w], f[1], strides[w], dilations[w], explicitPads, w);
        var result = new long[4];
        result[0] = x[0];
        result[h] = oh;
        result[w] = ow;
        result[c] = outC;
        return result;
    }

    private static long[]? Pool(Protos.NodeDef node, long[]? input)
    {
        var ksize = TfAttrs.Ints(node, "ksize");
        var strides = TfAttrs.Ints(node, "strides");
        if (input is not { Length: 4 } x || ksize is not { Count: 4 } || strides is not { Count: 4 })
        {
            return null;
        }

        bool nchw = TfAttrs.String(node, "data_format") == "NCHW";
        var result = (long[])x.Clone();
        foreach (int d in nchw ? new[] { 2, 3 } : new[] { 1, 2 })
        {
            result[d] = Window(node, x[d], ksize[d], strides[d], 1, null, d);
        }

        return result;
    }

    private static long Window(Protos.NodeDef node, long size, long window, long stride, long dilation, IReadOnlyList<long>? explicitPads, int dim)
    {
        if (size < 0 || window < 0 || stride <= 0 || dilation <= 0)
        {
            return -1;
        }

        long effective = checked(((window - 1) * dilation) + 1);
        string padding = TfAttrs.String(node, "padding") ?? "VALID";
        return padding switch
        {
            "SAME" => (size + stride - 1) / stride,
            "EXPLICIT" when explicitPads is { Count: 8 } => Math.Max(-1, ((size + explicitPads[2 * dim] + explicitPads[(2 * dim) + 1] - effective) / stride) + 1),
            "VALID" => size >= effective ? ((size - effective) / stride) + 1 : -1,
            _ => -1,
        };
    }
}
