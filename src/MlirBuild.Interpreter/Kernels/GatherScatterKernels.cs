using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

public sealed record GatherDimensionNumbers(
    long[] OffsetDims, long[] CollapsedSliceDims, long[] OperandBatchingDims, long[] StartIndicesBatchingDims,
    long[] StartIndexMap, long IndexVectorDim);

public sealed record ScatterDimensionNumbers(
    long[] UpdateWindowDims, long[] InsertedWindowDims, long[] InputBatchingDims, long[] ScatterIndicesBatchingDims,
    long[] ScatterDimsToOperandDims, long IndexVectorDim);

/// <summary>gather and scatter, index arithmetic as the StableHLO spec defines it (batching dims included).</summary>
public static class GatherScatterKernels
{
    public static Tensor Gather(Tensor operand, Tensor startIndices, GatherDimensionNumbers dn, long[] sliceSizes)
    {
        var indices = ElementCodec.ToLongs(startIndices);
        var idxShape = startIndices.Shape;
        var idxStrides = ShapeMath.Strides(idxShape);
        int idxRank = idxShape.Length;
        bool vectorInside = dn.IndexVectorDim < idxRank;

        // batch dims of start_indices: all but index_vector_dim
        var batchDimSizes = Enumerable.Range(0, idxRank).Where(d => d != dn.IndexVectorDim).Select(d => idxShape[d]).ToArray();
        var offsetOperandDims = Enumerable.Range(0, operand.Rank)
            .Where(d => !dn.CollapsedSliceDims.Contains(d) && !dn.OperandBatchingDims.Contains(d)).ToArray();
        int resultRank = batchDimSizes.Length + dn.OffsetDims.Length;
        var resultShape = new int[resultRank];
        var batchResultDims = Enumerable.Range(0, resultRank).Where(d => !dn.OffsetDims.Contains(d)).ToArray();
        for (int i = 0; i < batchResultDims.Length; i++)
        {
            resultShape[batchResultDims[i]] = batchDimSizes[i];
        }

        for (int i = 0; i < dn.OffsetDims.Length; i++)
        {
            resultShape[dn.OffsetDims[i]] = (int)sliceSizes[offsetOperandDims[i]];
        }

        int size = operand.ElementType.ByteSize;
        var result = Tensor.Create(operand.ElementType, resultShape, out var buffer);
        var src = operand.Bytes;
        var opStrides = ShapeMath.Strides(operand.Shape);
        var resultIndex = new int[resultRank];
        var operandIndex = new long[operand.Rank];
        var batchIndex = new int[batchResultDims.Length];
        int count = result.ElementCount;
        for (int r = 0; r < count; r++)
        {
            for (int i = 0; i < batchResultDims.Length; i++)
            {
                batchIndex[i] = resultIndex[batchResultDims[i]];
            }

            Array.Clear(operandIndex);
            for (int i = 0; i < dn.StartIndexMap.Length; i++)
            {
                long start = indices[IndexOffset(batchIndex, i, dn.IndexVectorDim, vectorInside, idxStrides, idxRank)];
                int od = (int)dn.StartIndexMap[i];
                operandIndex[od] = Math.Clamp(start, 0, operand.Shape[od] - sliceSizes[od]);
            }

            for (int i = 0; i < dn.OperandBatchingDims.Length; i++)
            {
                int sb = (int)dn.StartIndicesBatchingDims[i];
                int pos = sb < dn.IndexVectorDim || !vectorInside ? sb : sb - 1;
                operandIndex[dn.OperandBatchingDims[i]] += batchIndex[pos];
            }

            for (int i = 0; i < dn.OffsetDims.Length; i++)
            {
                operandIndex[offsetOperandDims[i]] += resultIndex[dn.OffsetDims[i]];
            }

            long flat = 0;
            for (int d = 0; d < operand.Rank; d++)
            {
                flat += operandIndex[d] * opStrides[d];
            }

            src.Slice((int)flat * size, size).CopyTo(buffer.AsSpan(r * size));
            ShapeMath.Next(resultIndex, resultShape);
        }

        return result;
    }

    /// <summary>Flat offset in start_indices of component <paramref name="component"/> of the index vector at a batch position.</summary>
    private static int IndexOffset(int[] batchIndex, int component, long indexVectorDim, bool vectorInside, int[] strides, int rank)
    {
        int flat = 0;
        int b = 0;
        for (int d = 0; d < rank; d++)
        {
            if (vectorInside && d == indexVectorDim)
            {
                flat += component * strides[d];
            }
            else
            {
                flat += batchIndex[b++] * strides[d];
            }
        }

        return flat;
    }

    public static Tensor[] Scatter(IReadOnlyList<Tensor> inputs, Tensor scatterIndices, IReadOnlyList<Tensor> updates, ScatterDimensionNumbers dn, ScalarBody body)
    {
        var operand = inputs[0];
        var indices = ElementCodec.ToLongs(scatterIndices);
        var idxShape = scatterIndices.Shape;
        var idxStrides = ShapeMath.Strides(idxShape);
        int idxRank = idxShape.Length;
        bool vectorInside = dn.IndexVectorDim < idxRank;
        var update = updates[0];
        var updateScatterDims = Enumerable.Range(0, update.Rank).Where(d => !dn.UpdateWindowDims.Contains(d)).ToArray();
        var windowOperandDims = Enumerable.Range(0, operand.Rank)
            .Where(d => !dn.InsertedWindowDims.Contains(d) && !dn.InputBatchingDims.Contains(d)).ToArray();
        var opStrides = ShapeMath.Strides(operand.Shape);

        // For every update element, the flat operand index it lands on (-1 when out of bounds).
        var target = new int[update.ElementCount];
        var updateIndex = new int[update.Rank];
        var scatterIndex = new int[updateScatterDims.Length];
        var operandIndex = new long[operand.Rank];
        for (int u = 0; u < target.Length; u++)
        {
            for (int i = 0; i < updateScatterDims.Length; i++)
            {
                scatterIndex[i] = updateIndex[updateScatterDims[i]];
            }

            Array.Clear(operandIndex);
            for (int i = 0; i < dn.ScatterDimsToOperandDims.Length; i++)
            {
                operandIndex[dn.ScatterDimsToOperandDims[i]] = indices[IndexOffset(scatterIndex, i, dn.IndexVectorDim, vectorInside, idxStrides, idxRank)];
            }

            for (int i = 0; i < dn.InputBatchingDims.Length; i++)
            {
                int sb = (int)dn.ScatterIndicesBatchingDims[i];
                int pos = sb < dn.IndexVectorDim || !vectorInside ? sb : sb - 1;
                operandIndex[dn.InputBatchingDims[i]] += scatterIndex[pos];
            }

            for (int i = 0; i < dn.UpdateWindowDims.Length; i++)
            {
                operandIndex[windowOperandDims[i]] += updateIndex[dn.UpdateWindowDims[i]];
            }

            long flat = 0;
            bool inside = true;
            for (int d = 0; d < operand.Rank; d++)
            {
                if (operandIndex[d] < 0 || operandIndex[d] >= operand.Shape[d])
                {
                    inside = false;
                    break;
                }

                flat += operandIndex[d] * opStrides[d];
            }

            target[u] = inside ? (int)flat : -1;
            ShapeMath.Next(updateIndex, update.Shape);
        }

        return Apply(inputs, updates, target, body);
    }

    private static Tensor[] Apply(IReadOnlyList<Tensor> inputs, IReadOnlyList<Tensor> updates, int[] target, ScalarBody body)
    {
        int n = inputs.Count;
        var type = inputs[0].ElementType;
        if (n == 1 && body.ReturnsArgument == 1)
        {
            var result = Tensor.Create(type, inputs[0].Shape, out var buffer);
            inputs[0].Bytes.CopyTo(buffer);
            int size = type.ByteSize;
            var src = updates[0].Bytes;
            for (int u = 0; u < target.Length; u++)
            {
                if (target[u] >= 0)
                {
                    src.Slice(u * size, size).CopyTo(buffer.AsSpan(target[u] * size));
                }
            }

            return [result];
        }

        if (n == 1 && body.HasFastPath(type))
        {
            var op = body.BinaryOp!.Value;
            if (type.IsFloat)
            {
                var acc = ElementCodec.ToDoubles(inputs[0]);
                var x = ElementCodec.ToDoubles(updates[0]);
                for (int u = 0; u < target.Length; u++)
                {
                    if (target[u] >= 0)
                    {
                        // round after every step: the reference applies the body in the element type
                        acc[target[u]] = RoundTo(type, ScalarBody.CombineDouble(op, acc[target[u]], x[u]));
                    }
                }

                return [ElementCodec.FromDoubles(type, inputs[0].Shape, acc)];
            }
            else
            {
                var acc = ElementCodec.ToLongs(inputs[0]);
                var x = ElementCodec.ToLongs(updates[0]);
                for (int u = 0; u < target.Length; u++)
                {
                    if (target[u] >= 0)
                    {
                        acc[target[u]] = type.Wrap(ScalarBody.CombineLong(op, acc[target[u]], x[u], type.IsUnsigned, type.Kind == ElementKind.Bool));
                    }
                }

                return [ElementCodec.FromLongs(type, inputs[0].Shape, acc)];
            }
        }

        var state = new Tensor[inputs[0].ElementCount][];
        for (int i = 0; i < state.Length; i++)
        {
            state[i] = inputs.Select(t => ScalarBody.ElementAt(t, i)).ToArray();
        }

        var args = new Tensor[2 * n];
        for (int u = 0; u < target.Length; u++)
        {
            int t = target[u];
            if (t < 0)
            {
                continue;
            }

            for (int j = 0; j < n; j++)
            {
                args[j] = state[t][j];
                args[n + j] = ScalarBody.ElementAt(updates[j], u);
            }

            state[t] = body.Call(args);
        }

        var results = new Tensor[n];
        for (int j = 0; j < n; j++)
        {
            var result = Tensor.Create(inputs[j].ElementType, inputs[j].Shape, out var buffer);
            int size = inputs[j].ElementType.ByteSize;
            for (int i = 0; i < state.Length; i++)
            {
                state[i][j].Bytes.CopyTo(buffer.AsSpan(i * size));
            }

            results[j] = result;
        }

        return results;
    }

    private static double RoundTo(ElementType type, double value) => type.Bits switch
    {
        64 => value,
        32 => (float)value,
        _ => type.Format!.Decode(type.Format.Encode(value)),
    };
}
