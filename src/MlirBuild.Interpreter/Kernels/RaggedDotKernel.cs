using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>
/// chlo.ragged_dot in its first mode (the ragged dimension is a non-contracting dimension of lhs; rhs has a group
/// dimension): rows of lhs along the ragged dimension are split into consecutive groups of <c>group_sizes</c> rows,
/// and group g is multiplied with rhs[g]. Rows past the last group are zero.
/// </summary>
public static class RaggedDotKernel
{
    public static Tensor RaggedDot(
        Tensor lhs, Tensor rhs, long[] groupSizes, long[] lhsBatch, long[] rhsBatch, long[] lhsContract,
        long[] rhsContract, long lhsRagged, long rhsGroup, ElementType resultType)
    {
        if (lhsContract.Contains(lhsRagged) || lhsBatch.Contains(lhsRagged))
        {
            throw new InterpreterException("ragged_dot: only a ragged non-contracting lhs dimension (mode 1) is supported");
        }

        if (rhs.Shape[rhsGroup] != groupSizes.Length)
        {
            throw new InterpreterException($"ragged_dot: {groupSizes.Length} group sizes for a group dimension of {rhs.Shape[rhsGroup]}");
        }

        // rhs without its group dimension: its other dimension numbers shift down past it
        long Shift(long d) => d > rhsGroup ? d - 1 : d;
        long[] rb = rhsBatch.Select(Shift).ToArray();
        long[] rc = rhsContract.Select(Shift).ToArray();
        int lhsFreeBefore = Enumerable.Range(0, (int)lhsRagged).Count(d => !lhsBatch.Contains(d) && !lhsContract.Contains(d));
        int axis = lhsBatch.Length + lhsFreeBefore; // the ragged dimension's position in the result

        Tensor? result = null;
        byte[]? output = null;
        int[] strides = [];
        long start = 0;
        for (int g = 0; g < groupSizes.Length; g++)
        {
            var rhsG = SliceGroup(rhs, (int)rhsGroup, g);
            var partial = DotGeneralKernel.DotGeneral(lhs, rhsG, lhsBatch, rb, lhsContract, rc, resultType);
            if (result is null)
            {
                result = Tensor.Create(resultType, partial.Shape, out output);
                strides = ShapeMath.Strides(partial.Shape);
            }

            long end = Math.Min(start + Math.Max(0, groupSizes[g]), partial.Shape[axis]);
            CopyRows(partial, output!, strides, axis, (int)start, (int)end);
            start = end;
        }

        return result ?? throw new InterpreterException("ragged_dot: no groups");
    }

    private static Tensor SliceGroup(Tensor rhs, int dim, int g)
    {
        var begin = new long[rhs.Rank];
        var limit = rhs.Shape.Select(d => (long)d).ToArray();
        var step = Enumerable.Repeat(1L, rhs.Rank).ToArray();
        begin[dim] = g;
        limit[dim] = g + 1;
        var slice = ShapeKernels.Slice(rhs, begin, limit, step);
        return slice.Reshape(rhs.Shape.Where((_, i) => i != dim).ToArray());
    }

    private static void CopyRows(Tensor source, byte[] output, int[] strides, int axis, int from, int to)
    {
        int size = source.ElementType.ByteSize;
        int outer = ShapeMath.Count(source.Shape.AsSpan(0, axis));
        int inner = strides[axis];
        var bytes = source.Bytes;
        for (int o = 0; o < outer; o++)
        {
            int offset = ((o * source.Shape[axis]) + from) * inner * size;
            int length = (to - from) * inner * size;
            bytes.Slice(offset, length).CopyTo(output.AsSpan(offset, length));
        }
    }
}
