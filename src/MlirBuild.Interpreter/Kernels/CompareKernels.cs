using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

public enum ComparisonDirection { EQ, NE, GE, GT, LE, LT }

public enum ComparisonType { NoType, Float, TotalOrder, Signed, Unsigned }

/// <summary>compare, select and clamp.</summary>
public static class CompareKernels
{
    public static Tensor Compare(Tensor a, Tensor b, ComparisonDirection direction, ComparisonType compareType)
    {
        if (!ShapeMath.SameShape(a.Shape, b.Shape) || a.ElementType != b.ElementType)
        {
            throw new InterpreterException($"compare: operands {a} and {b} differ");
        }

        var type = a.ElementType;
        var result = Tensor.Create(ElementType.I1, a.Shape, out var buffer);
        int n = a.ElementCount;
        if (type.IsComplex)
        {
            if (direction is not (ComparisonDirection.EQ or ComparisonDirection.NE))
            {
                throw new InterpreterException("compare: complex elements only support EQ and NE");
            }

            var x = ElementCodec.ToComplex(a);
            var y = ElementCodec.ToComplex(b);
            for (int i = 0; i < n; i++)
            {
                buffer[i] = (byte)((x[i] == y[i]) == (direction == ComparisonDirection.EQ) ? 1 : 0);
            }

            return result;
        }

        if (type.IsFloat && compareType == ComparisonType.TotalOrder)
        {
            for (int i = 0; i < n; i++)
            {
                long l = TotalOrderKey(type, ElementCodec.ReadBits(type, a.Bytes, i));
                long r = TotalOrderKey(type, ElementCodec.ReadBits(type, b.Bytes, i));
                buffer[i] = Decide(direction, l.CompareTo(r)) ? (byte)1 : (byte)0;
            }

            return result;
        }

        if (type.IsFloat)
        {
            var x = ElementCodec.ToDoubles(a);
            var y = ElementCodec.ToDoubles(b);
            for (int i = 0; i < n; i++)
            {
                double l = x[i];
                double r = y[i];
                bool value = direction switch
                {
                    ComparisonDirection.EQ => l == r,
                    ComparisonDirection.NE => l != r,
                    ComparisonDirection.GE => l >= r,
                    ComparisonDirection.GT => l > r,
                    ComparisonDirection.LE => l <= r,
                    _ => l < r,
                };
                buffer[i] = value ? (byte)1 : (byte)0;
            }

            return result;
        }

        bool unsigned = compareType == ComparisonType.Unsigned || (compareType != ComparisonType.Signed && type.IsUnsigned);
        var xi = ElementCodec.ToLongs(a);
        var yi = ElementCodec.ToLongs(b);
        for (int i = 0; i < n; i++)
        {
            int order = unsigned ? ((ulong)xi[i]).CompareTo((ulong)yi[i]) : xi[i].CompareTo(yi[i]);
            buffer[i] = Decide(direction, order) ? (byte)1 : (byte)0;
        }

        return result;
    }

    private static bool Decide(ComparisonDirection direction, int order) => direction switch
    {
        ComparisonDirection.EQ => order == 0,
        ComparisonDirection.NE => order != 0,
        ComparisonDirection.GE => order >= 0,
        ComparisonDirection.GT => order > 0,
        ComparisonDirection.LE => order <= 0,
        _ => order < 0,
    };

    /// <summary>
    /// A signed integer whose order is the IEEE totalOrder of the float bits: -NaN &lt; -inf &lt; ... &lt; -0 &lt; +0 &lt; ... &lt; +inf &lt; +NaN.
    /// </summary>
    public static long TotalOrderKey(ElementType type, ulong bits)
    {
        int width = type.Format!.TotalBits;
        if (!type.Format.HasSign)
        {
            return (long)bits;
        }

        ulong signBit = 1UL << (width - 1);
        long magnitude = (long)(bits & (signBit - 1));
        return (bits & signBit) != 0 ? -magnitude - 1 : magnitude;
    }

    public static Tensor Select(Tensor predicate, Tensor onTrue, Tensor onFalse)
    {
        if (!ShapeMath.SameShape(onTrue.Shape, onFalse.Shape))
        {
            throw new InterpreterException($"select: {onTrue} and {onFalse} differ");
        }

        var pred = predicate.Bytes;
        bool scalar = predicate.Rank == 0;
        if (scalar)
        {
            return pred[0] != 0 ? onTrue : onFalse;
        }

        int size = onTrue.ElementType.ByteSize;
        var result = Tensor.Create(onTrue.ElementType, onTrue.Shape, out var buffer);
        var t = onTrue.Bytes;
        var f = onFalse.Bytes;
        for (int i = 0; i < onTrue.ElementCount; i++)
        {
            var src = pred[i] != 0 ? t : f;
            src.Slice(i * size, size).CopyTo(buffer.AsSpan(i * size));
        }

        return result;
    }

    /// <summary>clamp(min, x, max) = min(max(x, min), max); min and max may be scalars.</summary>
    public static Tensor Clamp(Tensor min, Tensor x, Tensor max)
    {
        var lo = min.Rank == 0 && x.Rank > 0 ? ShapeKernels.BroadcastInDim(min, x.Shape, []) : min;
        var hi = max.Rank == 0 && x.Rank > 0 ? ShapeKernels.BroadcastInDim(max, x.Shape, []) : max;
        return BinaryKernels.Apply(BinaryOp.Minimum, BinaryKernels.Apply(BinaryOp.Maximum, x, lo), hi);
    }
}
