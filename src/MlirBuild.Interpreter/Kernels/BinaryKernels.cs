using System.Numerics;
using System.Numerics.Tensors;
using Tensor = MlirBuild.Interpreter.Tensors.Tensor;
using System.Runtime.InteropServices;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

public enum BinaryOp
{
    Add, Subtract, Multiply, Divide, Remainder, Maximum, Minimum, Power, Atan2, And, Or, Xor, ShiftLeft,
    ShiftRightArithmetic, ShiftRightLogical,
}

/// <summary>Elementwise binary ops with StableHLO semantics (operands of one shape and element type).</summary>
public static class BinaryKernels
{
    public static Tensor Apply(BinaryOp op, Tensor a, Tensor b)
    {
        if (!ShapeMath.SameShape(a.Shape, b.Shape) || a.ElementType != b.ElementType)
        {
            throw new InterpreterException($"{op}: operands {a} and {b} differ");
        }

        var type = a.ElementType;
        if (type.IsComplex)
        {
            return ApplyComplex(op, a, b);
        }

        if (type.IsIntegerOrBool)
        {
            return ApplyInteger(op, a, b);
        }

        if (type is { Kind: ElementKind.Float, Bits: 32 } && TryApplyFloat32(op, a, b) is { } fast)
        {
            return fast;
        }

        if (type is { Kind: ElementKind.Float, Bits: 64 })
        {
            var x64 = a.Span<double>();
            var y64 = b.Span<double>();
            var r64 = Tensor.Create(type, a.Shape, out var buf64);
            var d64 = MemoryMarshal.Cast<byte, double>(buf64.AsSpan());
            for (int i = 0; i < d64.Length; i++)
            {
                d64[i] = ApplyDouble(op, x64[i], y64[i]);
            }

            return r64;
        }

        var x = ElementCodec.ToDoubles(a);
        var y = ElementCodec.ToDoubles(b);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = ApplyDouble(op, x[i], y[i]);
        }

        return ElementCodec.FromDoubles(type, a.Shape, x);
    }

    private static Tensor? TryApplyFloat32(BinaryOp op, Tensor a, Tensor b)
    {
        var x = a.Span<float>();
        var y = b.Span<float>();
        var result = Tensor.Create(a.ElementType, a.Shape, out var buffer);
        var dst = MemoryMarshal.Cast<byte, float>(buffer.AsSpan());
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(x, y, dst); break;
            case BinaryOp.Subtract: TensorPrimitives.Subtract(x, y, dst); break;
            case BinaryOp.Multiply: TensorPrimitives.Multiply(x, y, dst); break;
            case BinaryOp.Divide: TensorPrimitives.Divide(x, y, dst); break;
            case BinaryOp.Maximum: TensorPrimitives.Max(x, y, dst); break;
            case BinaryOp.Minimum: TensorPrimitives.Min(x, y, dst); break;
            default:
                for (int i = 0; i < dst.Length; i++)
                {
                    dst[i] = (float)ApplyDouble(op, x[i], y[i]);
                }

                break;
        }

        return result;
    }

    public static double ApplyDouble(BinaryOp op, double x, double y) => op switch
    {
        BinaryOp.Add => x + y,
        BinaryOp.Subtract => x - y,
        BinaryOp.Multiply => x * y,
        BinaryOp.Divide => x / y,
        BinaryOp.Remainder => x % y,
        BinaryOp.Maximum => Math.Max(x, y),
        BinaryOp.Minimum => Math.Min(x, y),
        BinaryOp.Power => Math.Pow(x, y),
        BinaryOp.Atan2 => Math.Atan2(x, y),
        _ => throw new InterpreterException($"{op} is not defined for floating-point elements"),
    };

    private static Tensor ApplyInteger(BinaryOp op, Tensor a, Tensor b)
    {
        var type = a.ElementType;
        var x = ElementCodec.ToLongs(a);
        var y = ElementCodec.ToLongs(b);
        bool isBool = type.Kind == ElementKind.Bool;
        bool unsigned = type.IsUnsigned;
        int bits = type.Bits;
        for (int i = 0; i < x.Length; i++)
        {
            long l = x[i];
            long r = y[i];
            x[i] = op switch
            {
                BinaryOp.Add => isBool ? l | r : l + r,
                BinaryOp.Subtract => isBool ? l ^ r : l - r,
                BinaryOp.Multiply => isBool ? l & r : l * r,
                BinaryOp.Divide => Divide(l, r, unsigned, type),
                BinaryOp.Remainder => Remainder(l, r, unsigned, type),
                BinaryOp.Maximum => unsigned ? ((ulong)l >= (ulong)r ? l : r) : Math.Max(l, r),
                BinaryOp.Minimum => unsigned ? ((ulong)l <= (ulong)r ? l : r) : Math.Min(l, r),
                BinaryOp.Power => Power(l, r, unsigned),
                BinaryOp.And => l & r,
                BinaryOp.Or => l | r,
                BinaryOp.Xor => l ^ r,
                BinaryOp.ShiftLeft => (ulong)r >= (ulong)bits ? 0 : l << (int)r,
                BinaryOp.ShiftRightLogical => (ulong)r >= (ulong)bits ? 0 : (long)((ulong)ToUnsignedBits(l, bits) >> (int)r),
                BinaryOp.ShiftRightArithmetic => (ulong)r >= (ulong)bits ? (SignOf(l, bits) ? -1 : 0) : SignExtend(l, bits) >> (int)r,
                _ => throw new InterpreterException($"{op} is not defined for integer elements"),
            };
        }

        return ElementCodec.FromLongs(type, a.Shape, x);
    }

    private static long ToUnsignedBits(long v, int bits) => bits >= 64 ? v : (long)((ulong)v & ((1UL << bits) - 1));

    private static long SignExtend(long v, int bits) => bits >= 64 ? v : (v << (64 - bits)) >> (64 - bits);

    private static bool SignOf(long v, int bits) => SignExtend(v, bits) < 0;

    /// <summary>XLA's integer division: x/0 = -1 (all ones), INT_MIN/-1 = INT_MIN.</summary>
    private static long Divide(long l, long r, bool unsigned, ElementType type)
    {
        if (r == 0)
        {
            return -1;
        }

        if (unsigned)
        {
            return (long)((ulong)l / (ulong)r);
        }

        if (r == -1 && l == type.IntMin)
        {
            return l;
        }

        return l / r;
    }

    /// <summary>x%0 = x, INT_MIN%-1 = 0; the sign follows the dividend.</summary>
    private static long Remainder(long l, long r, bool unsigned, ElementType type)
    {
        if (r == 0)
        {
            return l;
        }

        if (unsigned)
        {
            return (long)((ulong)l % (ulong)r);
        }

        if (r == -1)
        {
            return 0;
        }

        return l % r;
    }

    /// <summary>Integer power by squaring with wrap-around; negative exponents give 1/x^n truncated.</summary>
    private static long Power(long x, long n, bool unsigned)
    {
        if (!unsigned && n < 0)
        {
            return x == 1 ? 1 : x == -1 ? ((n & 1) == 0 ? 1 : -1) : 0;
        }

        long result = 1;
        ulong e = (ulong)n;
        while (e != 0)
        {
            if ((e & 1) != 0)
            {
                result *= x;
            }

            x *= x;
            e >>= 1;
        }

        return result;
    }

    private static Tensor ApplyComplex(BinaryOp op, Tensor a, Tensor b)
    {
        var x = ElementCodec.ToComplex(a);
        var y = ElementCodec.ToComplex(b);
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = op switch
            {
                BinaryOp.Add => x[i] + y[i],
                BinaryOp.Subtract => x[i] - y[i],
                BinaryOp.Multiply => x[i] * y[i],
                BinaryOp.Divide => x[i] / y[i],
                BinaryOp.Power => Complex.Pow(x[i], y[i]),
                BinaryOp.Maximum => LexicographicLess(x[i], y[i]) ? y[i] : x[i],
                BinaryOp.Minimum => LexicographicLess(y[i], x[i]) ? y[i] : x[i],
                BinaryOp.Atan2 => ComplexAtan2(x[i], y[i]),
                _ => throw new InterpreterException($"{op} is not defined for complex elements"),
            };
        }

        return ElementCodec.FromComplex(a.ElementType, a.Shape, x);
    }

    /// <summary>The spec orders complex numbers lexicographically by (real, imaginary) for maximum and minimum.</summary>
    private static bool LexicographicLess(Complex a, Complex b) =>
        a.Real < b.Real || (a.Real == b.Real && a.Imaginary < b.Imaginary);

    /// <summary>Complex atan2(y, x) = -i * log((x + i*y) / sqrt(x^2 + y^2)), as the reference interpreter defines it.</summary>
    private static Complex ComplexAtan2(Complex y, Complex x) =>
        -Complex.ImaginaryOne * Complex.Log((x + (Complex.ImaginaryOne * y)) / Complex.Sqrt((x * x) + (y * y)));

    /// <summary>stablehlo.complex: (real, imag) parts into complex elements.</summary>
    public static Tensor MakeComplex(Tensor real, Tensor imag)
    {
        var re = ElementCodec.ToDoubles(real);
        var im = ElementCodec.ToDoubles(imag);
        var values = new Complex[re.Length];
        for (int i = 0; i < re.Length; i++)
        {
            values[i] = new Complex(re[i], im[i]);
        }

        return ElementCodec.FromComplex(ElementType.ComplexOf(real.ElementType), real.Shape, values);
    }
}
