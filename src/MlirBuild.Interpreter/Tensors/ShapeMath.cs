namespace MlirBuild.Interpreter.Tensors;

/// <summary>Row-major shape arithmetic shared by the kernels.</summary>
public static class ShapeMath
{
    public static int Count(ReadOnlySpan<int> shape)
    {
        long count = 1;
        foreach (int d in shape)
        {
            count *= d;
            if (count > int.MaxValue)
            {
                throw new InterpreterException("tensor of more than 2^31 elements is not supported");
            }
        }

        return (int)count;
    }

    public static int[] Strides(ReadOnlySpan<int> shape)
    {
        var strides = new int[shape.Length];
        int stride = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride;
            stride *= shape[i];
        }

        return strides;
    }

    /// <summary>Advances a row-major multi-index; false after the last one.</summary>
    public static bool Next(Span<int> index, ReadOnlySpan<int> shape)
    {
        for (int i = index.Length - 1; i >= 0; i--)
        {
            if (++index[i] < shape[i])
            {
                return true;
            }

            index[i] = 0;
        }

        return false;
    }

    public static int Offset(ReadOnlySpan<int> index, ReadOnlySpan<int> strides)
    {
        int offset = 0;
        for (int i = 0; i < index.Length; i++)
        {
            offset += index[i] * strides[i];
        }

        return offset;
    }

    public static bool SameShape(ReadOnlySpan<int> a, ReadOnlySpan<int> b) => a.SequenceEqual(b);

    public static string Format(ReadOnlySpan<int> shape) => "[" + string.Join(", ", shape.ToArray()) + "]";
}
