using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>reduce, reduce_window and select_and_scatter.</summary>
public static class ReduceKernels
{
    public static Tensor[] Reduce(IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor> inits, ReadOnlySpan<long> dimensions, ScalarBody body)
    {
        var shape = inputs[0].Shape;
        var reduced = dimensions.ToArray();
        var keep = Enumerable.Range(0, shape.Length).Where(d => !reduced.Contains(d)).ToArray();
        var outShape = keep.Select(d => shape[d]).ToArray();
        int outCount = ShapeMath.Count(outShape);

        // out index of every input element, in row-major input order
        var outStrides = ShapeMath.Strides(outShape);
        var map = new int[inputs[0].ElementCount];
        var index = new int[shape.Length];
        for (int i = 0; i < map.Length; i++)
        {
            int o = 0;
            for (int j = 0; j < keep.Length; j++)
            {
                o += index[keep[j]] * outStrides[j];
            }

            map[i] = o;
            ShapeMath.Next(index, shape);
        }

        return Accumulate(inputs, inits, outShape, outCount, map, body);
    }

    /// <summary>Folds input element i into output slot map[i] (map[i] &lt; 0 skips it), in order.</summary>
    private static Tensor[] Accumulate(IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor> inits, int[] outShape, int outCount, int[] map, ScalarBody body)
    {
        var type = inputs[0].ElementType;
        if (inputs.Count == 1 && body.HasFastPath(type) && inits[0].ElementType == type)
        {
            var op = body.BinaryOp!.Value;
            if (type.IsFloat)
            {
                var x = ElementCodec.ToDoubles(inputs[0]);
                var acc = new double[outCount];
                Array.Fill(acc, ElementCodec.ToDoubles(inits[0])[0]);
                for (int i = 0; i < x.Length; i++)
                {
                    if (map[i] >= 0)
                    {
                        // round every step to the element type: the result of a sequential fold in that type
                        acc[map[i]] = RoundTo(type, ScalarBody.CombineDouble(op, acc[map[i]], x[i]));
                    }
                }

                return [ElementCodec.FromDoubles(type, outShape, acc)];
            }
            else
            {
                var x = ElementCodec.ToLongs(inputs[0]);
                var acc = new long[outCount];
                Array.Fill(acc, ElementCodec.ToLongs(inits[0])[0]);
                bool unsigned = type.IsUnsigned;
                bool isBool = type.Kind == ElementKind.Bool;
                for (int i = 0; i < x.Length; i++)
                {
                    if (map[i] >= 0)
                    {
                        acc[map[i]] = ScalarBody.CombineLong(op, acc[map[i]], x[i], unsigned, isBool);
                    }
                }

                return [ElementCodec.FromLongs(type, outShape, acc)];
            }
        }

        int n = inputs.Count;
        var state = new Tensor[outCount][];
        for (int o = 0; o < outCount; o++)
        {
            state[o] = [.. inits];
        }

        var args = new Tensor[2 * n];
        for (int i = 0; i < map.Length; i++)
        {
            int o = map[i];
            if (o < 0)
            {
                continue;
            }

            for (int j = 0; j < n; j++)
            {
                args[j] = state[o][j];
                args[n + j] = ScalarBody.ElementAt(inputs[j], i);
            }

            state[o] = body.Call(args);
        }

        return Gather(state, inits, outShape);
    }

    private static Tensor[] Gather(Tensor[][] state, IReadOnlyList<Tensor> inits, int[] outShape)
    {
        var results = new Tensor[inits.Count];
        for (int j = 0; j < inits.Count; j++)
        {
            var type = state.Length > 0 ? state[0][j].ElementType : inits[j].ElementType;
            var result = Tensor.Create(type, outShape, out var buffer);
            int size = type.ByteSize;
            for (int o = 0; o < state.Length; o++)
            {
                state[o][j].Bytes.CopyTo(buffer.AsSpan(o * size));
            }

            results[j] = result;
        }

        return results;
    }

    public static Tensor[] ReduceWindow(
        IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor> inits, long[] windowDimensions, long[] windowStrides,
        long[] baseDilations, long[] windowDilations, long[] paddingLow, long[] paddingHigh, ScalarBody body)
    {
        int rank = inputs[0].Rank;
        var padded = new Tensor[inputs.Count];
        for (int j = 0; j < inputs.Count; j++)
        {
            padded[j] = ShapeKernels.Pad(inputs[j], inits[j], paddingLow, paddingHigh, baseDilations.Select(d => d - 1).ToArray());
        }

        var pshape = padded[0].Shape;
        var outShape = new int[rank];
        for (int d = 0; d < rank; d++)
        {
            long window = ((windowDimensions[d] - 1) * windowDilations[d]) + 1;
            outShape[d] = pshape[d] < window ? 0 : (int)(((pshape[d] - window) / windowStrides[d]) + 1);
        }

        int outCount = ShapeMath.Count(outShape);
        int windowCount = ShapeMath.Count(windowDimensions.Select(v => (int)v).ToArray());
        var pstrides = ShapeMath.Strides(pshape);

        // element offsets of one window relative to its origin
        var windowOffsets = new int[windowCount];
        var w = new int[rank];
        var wshape = windowDimensions.Select(v => (int)v).ToArray();
        for (int i = 0; i < windowCount; i++)
        {
            int off = 0;
            for (int d = 0; d < rank; d++)
            {
                off += (int)(w[d] * windowDilations[d]) * pstrides[d];
            }

            windowOffsets[i] = off;
            ShapeMath.Next(w, wshape);
        }

        // Expand to (output, window element) pairs as an input gather, then accumulate per output.
        var gathered = new int[outCount * windowCount];
        var o = new int[rank];
        for (int i = 0; i < outCount; i++)
        {
            int origin = 0;
            for (int d = 0; d < rank; d++)
            {
                origin += (int)(o[d] * windowStrides[d]) * pstrides[d];
            }

            for (int k = 0; k < windowCount; k++)
            {
                gathered[(i * windowCount) + k] = origin + windowOffsets[k];
            }

            ShapeMath.Next(o, outShape);
        }

        var flat = padded.Select(t => TakeElements(t, gathered)).ToArray();
        var map = new int[gathered.Length];
        for (int i = 0; i < map.Length; i++)
        {
            map[i] = i / Math.Max(windowCount, 1);
        }

        return Accumulate(flat, inits, outShape, outCount, map, body);
    }

    internal static double RoundTo(ElementType type, double value) => type.Bits switch
    {
        64 => value,
        32 => (float)value,
        _ => type.Format!.Decode(type.Format.Encode(value)),
    };

    /// <summary>A 1-d tensor of the elements at the given flat indices.</summary>
    internal static Tensor TakeElements(Tensor t, int[] indices)
    {
        int size = t.ElementType.ByteSize;
        var result = Tensor.Create(t.ElementType, [indices.Length], out var buffer);
        var src = t.Bytes;
        for (int i = 0; i < indices.Length; i++)
        {
            src.Slice(indices[i] * size, size).CopyTo(buffer.AsSpan(i * size));
        }

        return result;
    }

    public static Tensor SelectAndScatter(
        Tensor operand, Tensor source, Tensor init, long[] windowDimensions, long[] windowStrides,
        long[] paddingLow, long[] paddingHigh, ScalarBody select, ScalarBody scatter)
    {
        int rank = operand.Rank;
        var shape = operand.Shape;
        var strides = ShapeMath.Strides(shape);
        var state = new Tensor[operand.ElementCount];
        for (int i = 0; i < state.Length; i++)
        {
            state[i] = init;
        }

        var sIndex = new int[rank];
        var wIndex = new int[rank];
        var wshape = windowDimensions.Select(v => (int)v).ToArray();
        for (int s = 0; s < source.ElementCount; s++)
        {
            int selected = -1;
            Array.Clear(wIndex);
            do
            {
                int flat = 0;
                bool inside = true;
                for (int d = 0; d < rank; d++)
                {
                    long pos = (sIndex[d] * windowStrides[d]) + wIndex[d] - paddingLow[d];
                    if (pos < 0 || pos >= shape[d])
                    {
                        inside = false;
                        break;
                    }

                    flat += (int)pos * strides[d];
                }

                if (!inside)
                {
                    continue;
                }

                if (selected < 0)
                {
                    selected = flat;
                }
                else
                {
                    var keep = select.Call([ScalarBody.ElementAt(operand, selected), ScalarBody.ElementAt(operand, flat)])[0];
                    if (keep.Bytes[0] == 0)
                    {
                        selected = flat;
                    }
                }
            }
            while (ShapeMath.Next(wIndex, wshape));

            if (selected >= 0)
            {
                state[selected] = scatter.Call([state[selected], ScalarBody.ElementAt(source, s)])[0];
            }

            ShapeMath.Next(sIndex, source.Shape);
        }

        var result = Tensor.Create(init.ElementType, shape, out var buffer);
        int size = init.ElementType.ByteSize;
        for (int i = 0; i < state.Length; i++)
        {
            state[i].Bytes.CopyTo(buffer.AsSpan(i * size));
        }

        return result;
    }
}
