namespace MlirBuild.Interpreter.Kernels;

/// <summary>
/// The one data-movement primitive behind broadcast, transpose, slice, reverse, pad, concatenate and friends: copy a
/// box of <c>shape</c> elements between two buffers addressed by element offsets and per-dimension element strides
/// (zero for broadcast, negative for reverse). Contiguous innermost runs become block copies.
/// </summary>
internal static class StridedCopy
{
    public static void Copy(
        ReadOnlySpan<byte> src, long srcOffset, ReadOnlySpan<long> srcStrides,
        Span<byte> dst, long dstOffset, ReadOnlySpan<long> dstStrides,
        ReadOnlySpan<int> shape, int elementSize)
    {
        int rank = shape.Length;
        foreach (int d in shape)
        {
            if (d == 0)
            {
                return;
            }
        }

        if (rank == 0)
        {
            src.Slice((int)(srcOffset * elementSize), elementSize).CopyTo(dst[(int)(dstOffset * elementSize)..]);
            return;
        }

        int inner = shape[rank - 1];
        long srcInner = srcStrides[rank - 1];
        long dstInner = dstStrides[rank - 1];
        Span<int> index = stackalloc int[rank];
        long s = srcOffset;
        long t = dstOffset;
        while (true)
        {
            if (srcInner == 1 && dstInner == 1)
            {
                src.Slice((int)(s * elementSize), inner * elementSize).CopyTo(dst[(int)(t * elementSize)..]);
            }
            else if (elementSize == 4)
            {
                var s4 = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(src);
                var d4 = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(dst);
                long si = s;
                long ti = t;
                for (int i = 0; i < inner; i++, si += srcInner, ti += dstInner)
                {
                    d4[(int)ti] = s4[(int)si];
                }
            }
            else
            {
                long si = s;
                long ti = t;
                for (int i = 0; i < inner; i++, si += srcInner, ti += dstInner)
                {
                    src.Slice((int)(si * elementSize), elementSize).CopyTo(dst[(int)(ti * elementSize)..]);
                }
            }

            int dim = rank - 2;
            while (dim >= 0)
            {
                index[dim]++;
                s += srcStrides[dim];
                t += dstStrides[dim];
                if (index[dim] < shape[dim])
                {
                    break;
                }

                s -= srcStrides[dim] * shape[dim];
                t -= dstStrides[dim] * shape[dim];
                index[dim] = 0;
                dim--;
            }

            if (dim < 0)
            {
                return;
            }
        }
    }

    public static long[] RowMajorStrides(ReadOnlySpan<int> shape)
    {
        var strides = new long[shape.Length];
        long stride = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }

        return strides;
    }
}
