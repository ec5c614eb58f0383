using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>sort: every 1-d slice along the dimension is sorted by the comparator, stably (merge sort).</summary>
public static class SortKernel
{
    public static Tensor[] Sort(IReadOnlyList<Tensor> inputs, int dimension, Func<Tensor[], bool> lessThan)
    {
        var shape = inputs[0].Shape;
        int rank = shape.Length;
        if (rank == 0)
        {
            return [.. inputs];
        }

        var strides = ShapeMath.Strides(shape);
        int length = shape[dimension];
        int stride = strides[dimension];
        var outerShape = shape.ToArray();
        outerShape[dimension] = 1;
        int slices = ShapeMath.Count(outerShape);
        var buffers = new byte[inputs.Count][];
        var results = new Tensor[inputs.Count];
        for (int j = 0; j < inputs.Count; j++)
        {
            results[j] = Tensor.Create(inputs[j].ElementType, shape, out buffers[j]);
        }

        var outer = new int[rank];
        var positions = new int[length];
        var order = new int[length];
        var scratch = new int[length];
        var args = new Tensor[2 * inputs.Count];
        for (int s = 0; s < slices; s++)
        {
            int baseOffset = ShapeMath.Offset(outer, strides);
            for (int i = 0; i < length; i++)
            {
                positions[i] = baseOffset + (i * stride);
                order[i] = i;
            }

            bool Less(int a, int b)
            {
                for (int j = 0; j < inputs.Count; j++)
                {
                    args[2 * j] = ScalarBody.ElementAt(inputs[j], positions[a]);
                    args[(2 * j) + 1] = ScalarBody.ElementAt(inputs[j], positions[b]);
                }

                return lessThan(args);
            }

            MergeSort(order, scratch, 0, length, Less);
            for (int j = 0; j < inputs.Count; j++)
            {
                int size = inputs[j].ElementType.ByteSize;
                var src = inputs[j].Bytes;
                for (int i = 0; i < length; i++)
                {
                    src.Slice(positions[order[i]] * size, size).CopyTo(buffers[j].AsSpan(positions[i] * size));
                }
            }

            ShapeMath.Next(outer, outerShape);
        }

        return results;
    }

    /// <summary>Stable: an element moves before an earlier one only when strictly less.</summary>
    internal static void MergeSort(int[] items, int[] scratch, int from, int to, Func<int, int, bool> less)
    {
        if (to - from < 2)
        {
            return;
        }

        if (to - from <= 16)
        {
            for (int i = from + 1; i < to; i++)
            {
                int item = items[i];
                int j = i - 1;
                while (j >= from && less(item, items[j]))
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }

            return;
        }

        int mid = (from + to) / 2;
        MergeSort(items, scratch, from, mid, less);
        MergeSort(items, scratch, mid, to, less);
        int a = from;
        int b = mid;
        int k = from;
        while (a < mid && b < to)
        {
            scratch[k++] = less(items[b], items[a]) ? items[b++] : items[a++];
        }

        while (a < mid)
        {
            scratch[k++] = items[a++];
        }

        while (b < to)
        {
            scratch[k++] = items[b++];
        }

        Array.Copy(scratch, from, items, from, to - from);
    }
}
