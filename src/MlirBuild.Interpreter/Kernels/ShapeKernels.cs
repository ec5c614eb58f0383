using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>Data movement ops; all work on raw element bytes, so they serve every element type.</summary>
public static class ShapeKernels
{
    public static Tensor BroadcastInDim(Tensor x, int[] resultShape, ReadOnlySpan<long> dims)
    {
        if (dims.Length != x.Rank)
        {
            throw new InterpreterException($"broadcast_in_dim: {dims.Length} dimensions for an operand of rank {x.Rank}");
        }

        var srcStrides = StridedCopy.RowMajorStrides(x.Shape);
        var strides = new long[resultShape.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            int d = (int)dims[i];
            if (d < 0 || d >= resultShape.Length || (x.Shape[i] != 1 && x.Shape[i] != resultShape[d]))
            {
                throw new InterpreterException($"broadcast_in_dim: operand dimension {i} cannot map to result dimension {d}");
            }

            strides[d] = x.Shape[i] == 1 ? 0 : srcStrides[i];
        }

        var result = Tensor.Create(x.ElementType, resultShape, out var buffer);
        StridedCopy.Copy(x.Bytes, 0, strides, buffer, 0, StridedCopy.RowMajorStrides(resultShape), resultShape, x.ElementType.ByteSize);
        return result;
    }

    public static Tensor Reshape(Tensor x, int[] shape)
    {
        if (ShapeMath.Count(shape) != x.ElementCount)
        {
            throw new InterpreterException($"reshape: {x} cannot become {ShapeMath.Format(shape)}");
        }

        return x.Reshape(shape);
    }

    public static Tensor Transpose(Tensor x, ReadOnlySpan<long> permutation)
    {
        var srcStrides = StridedCopy.RowMajorStrides(x.Shape);
        var shape = new int[x.Rank];
        var strides = new long[x.Rank];
        for (int i = 0; i < x.Rank; i++)
        {
            shape[i] = x.Shape[(int)permutation[i]];
            strides[i] = srcStrides[(int)permutation[i]];
        }

        var result = Tensor.Create(x.ElementType, shape, out var buffer);
        StridedCopy.Copy(x.Bytes, 0, strides, buffer, 0, StridedCopy.RowMajorStrides(shape), shape, x.ElementType.ByteSize);
        return result;
    }

    public static Tensor Slice(Tensor x, ReadOnlySpan<long> start, ReadOnlySpan<long> limit, ReadOnlySpan<long> step)
    {
        var srcStrides = StridedCopy.RowMajorStrides(x.Shape);
        var shape = new int[x.Rank];
        var strides = new long[x.Rank];
        long offset = 0;
        for (int i = 0; i < x.Rank; i++)
        {
            long s = step.Length > 0 ? step[i] : 1;
            if (start[i] < 0 || limit[i] > x.Shape[i] || start[i] > limit[i] || s <= 0)
            {
                throw new InterpreterException($"slice: bounds [{start[i]}, {limit[i]}) step {s} do not fit dimension {i} of {x}");
            }

            shape[i] = (int)((limit[i] - start[i] + s - 1) / s);
            strides[i] = srcStrides[i] * s;
            offset += start[i] * srcStrides[i];
        }

        var result = Tensor.Create(x.ElementType, shape, out var buffer);
        StridedCopy.Copy(x.Bytes, offset, strides, buffer, 0, StridedCopy.RowMajorStrides(shape), shape, x.ElementType.ByteSize);
        return result;
    }

    /// <summary>Start indices are clamped so the slice stays inside the operand, as the spec says.</summary>
    public static Tensor DynamicSlice(Tensor x, ReadOnlySpan<long> startIndices, ReadOnlySpan<long> sizes)
    {
        var start = new long[x.Rank];
        var limit = new long[x.Rank];
        for (int i = 0; i < x.Rank; i++)
        {
            start[i] = Math.Clamp(startIndices[i], 0, x.Shape[i] - sizes[i]);
            limit[i] = start[i] + sizes[i];
        }

        return Slice(x, start, limit, []);
    }

    public static Tensor DynamicUpdateSlice(Tensor x, Tensor update, ReadOnlySpan<long> startIndices)
    {
        var result = Tensor.Create(x.ElementType, x.Shape, out var buffer);
        x.Bytes.CopyTo(buffer);
        var strides = StridedCopy.RowMajorStrides(x.Shape);
        long offset = 0;
        for (int i = 0; i < x.Rank; i++)
        {
            long s = Math.Clamp(startIndices[i], 0, x.Shape[i] - update.Shape[i]);
            offset += s * strides[i];
        }

        StridedCopy.Copy(update.Bytes, 0, StridedCopy.RowMajorStrides(update.Shape), buffer, offset, strides, update.Shape, x.ElementType.ByteSize);
        return result;
    }

    public static Tensor Concatenate(IReadOnlyList<Tensor> inputs, int dimension)
    {
        var first = inputs[0];
        var shape = (int[])first.Shape.Clone();
        shape[dimension] = inputs.Sum(t => t.Shape[dimension]);
        var result = Tensor.Create(first.ElementType, shape, out var buffer);
        var dstStrides = StridedCopy.RowMajorStrides(shape);
        long offset = 0;
        foreach (var input in inputs)
        {
            StridedCopy.Copy(input.Bytes, 0, StridedCopy.RowMajorStrides(input.Shape), buffer, offset, dstStrides, input.Shape, first.ElementType.ByteSize);
            offset += input.Shape[dimension] * dstStrides[dimension];
        }

        return result;
    }

    /// <summary>pad with low/high (negative trims) and interior padding.</summary>
    public static Tensor Pad(Tensor x, Tensor padValue, ReadOnlySpan<long> low, ReadOnlySpan<long> high, ReadOnlySpan<long> interior)
    {
        int rank = x.Rank;
        var shape = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            long dilated = x.Shape[i] == 0 ? 0 : ((x.Shape[i] - 1) * (interior[i] + 1)) + 1;
            long size = low[i] + dilated + high[i];
            if (size < 0 || interior[i] < 0)
            {
                throw new InterpreterException($"pad: dimension {i} of {x} would have size {size}");
            }

            shape[i] = (int)size;
        }

        var result = Tensor.Splat(x.ElementType, shape, padValue.Bytes);
        var buffer = System.Runtime.InteropServices.MemoryMarshal.AsMemory(result.Data).Span;

        // Copy the operand elements that land inside the result: per dimension, the first source index i with
        // low + i*(interior+1) >= 0 up to the last one below the size.
        var srcStrides = StridedCopy.RowMajorStrides(x.Shape);
        var dstStrides = StridedCopy.RowMajorStrides(shape);
        var box = new int[rank];
        long srcOffset = 0;
        long dstOffset = 0;
        var copyDst = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            long step = interior[i] + 1;
            long first = low[i] >= 0 ? 0 : (-low[i] + step - 1) / step;
            long last = x.Shape[i] - 1;
            while (last >= first && low[i] + (last * step) >= shape[i])
            {
                last--;
            }

            box[i] = (int)Math.Max(0, last - first + 1);
            srcOffset += first * srcStrides[i];
            dstOffset += (low[i] + (first * step)) * dstStrides[i];
            copyDst[i] = dstStrides[i] * step;
        }

        StridedCopy.Copy(x.Bytes, srcOffset, srcStrides, buffer, dstOffset, copyDst, box, x.ElementType.ByteSize);
        return result;
    }

    public static Tensor Reverse(Tensor x, ReadOnlySpan<long> dimensions)
    {
        var strides = StridedCopy.RowMajorStrides(x.Shape);
        long offset = 0;
        foreach (long d in dimensions)
        {
            offset += (x.Shape[d] - 1) * strides[d];
            strides[d] = -strides[d];
        }

        var result = Tensor.Create(x.ElementType, x.Shape, out var buffer);
        StridedCopy.Copy(x.Bytes, offset, strides, buffer, 0, StridedCopy.RowMajorStrides(x.Shape), x.Shape, x.ElementType.ByteSize);
        return result;
    }

    public static Tensor Iota(ElementType type, int[] shape, int dimension)
    {
        var result = Tensor.Create(type, shape, out var buffer);
        var strides = ShapeMath.Strides(shape);
        int n = result.ElementCount;
        for (int i = 0; i < n; i++)
        {
            long value = (i / strides[dimension]) % shape[dimension];
            if (type.IsIntegerOrBool)
            {
                ElementCodec.WriteLong(type, buffer, i, value);
            }
            else if (type.IsComplex)
            {
                ElementCodec.WriteComplex(type, buffer, i, value);
            }
            else
            {
                ElementCodec.WriteDouble(type, buffer, i, value);
            }
        }

        return result;
    }
}
