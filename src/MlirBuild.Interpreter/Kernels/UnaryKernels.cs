using System.Numerics;
using System.Numerics.Tensors;
using Tensor = MlirBuild.Interpreter.Tensors.Tensor;
using System.Runtime.InteropServices;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

public enum UnaryOp
{
    Abs, Negate, Sign, Not, Popcnt, CountLeadingZeros, Exp, Expm1, Log, Log1p, Logistic, Sqrt, Rsqrt, Cbrt, Tanh, Sin, Cos,
    Tan, Atan, Floor, Ceil, RoundNearestAfz, RoundNearestEven, IsFinite, Real, Imag,
}

/// <summary>Elementwise unary ops with StableHLO semantics, per element type family.</summary>
public static class UnaryKernels
{
    public static Tensor Apply(UnaryOp op, Tensor x)
    {
        var type = x.ElementType;
        switch (op)
        {
            case UnaryOp.IsFinite:
                return IsFinite(x);
            case UnaryOp.Real or UnaryOp.Imag:
                return RealImag(op, x);
        }

        if (type.IsComplex)
        {
            return ApplyComplex(op, x);
        }

        if (type.IsIntegerOrBool)
        {
            return ApplyInteger(op, x);
        }

        if (type is { Kind: ElementKind.Float, Bits: 32 } && TryApplyFloat32(op, x) is { } fast)
        {
            return fast;
        }

        var values = ElementCodec.ToDoubles(x);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ApplyDouble(op, values[i]);
        }

        return ElementCodec.FromDoubles(type, x.Shape, values);
    }

    private static Tensor? TryApplyFloat32(UnaryOp op, Tensor x)
    {
        var src = x.Span<float>();
        var result = Tensor.Create(x.ElementType, x.Shape, out var buffer);
        var dst = MemoryMarshal.Cast<byte, float>(buffer.AsSpan());
        switch (op)
        {
            case UnaryOp.Abs: TensorPrimitives.Abs(src, dst); break;
            case UnaryOp.Negate: TensorPrimitives.Negate(src, dst); break;
            case UnaryOp.Floor: TensorPrimitives.Floor(src, dst); break;
            case UnaryOp.Ceil: TensorPrimitives.Ceiling(src, dst); break;
            case UnaryOp.Sqrt: TensorPrimitives.Sqrt(src, dst); break;
            case UnaryOp.Rsqrt:
                TensorPrimitives.Sqrt(src, dst);
                TensorPrimitives.Reciprocal(dst, dst);
                break;
            default: return null;
        }

        return result;
    }

    public static double ApplyDouble(UnaryOp op, double v) => op switch
    {
        UnaryOp.Abs => Math.Abs(v),
        UnaryOp.Negate => -v,
        UnaryOp.Sign => double.IsNaN(v) ? double.NaN : v > 0 ? 1 : v < 0 ? -1 : v,
        UnaryOp.Exp => Math.Exp(v),
        UnaryOp.Expm1 => Expm1(v),
        UnaryOp.Log => Math.Log(v),
        UnaryOp.Log1p => Log1p(v),
        UnaryOp.Logistic => 1.0 / (1.0 + Math.Exp(-v)),
        UnaryOp.Sqrt => Math.Sqrt(v),
        UnaryOp.Rsqrt => 1.0 / Math.Sqrt(v),
        UnaryOp.Cbrt => Math.Cbrt(v),
        UnaryOp.Tanh => Math.Tanh(v),
        UnaryOp.Sin => Math.Sin(v),
        UnaryOp.Cos => Math.Cos(v),
        UnaryOp.Tan => Math.Tan(v),
        UnaryOp.Atan => Math.Atan(v),
        UnaryOp.Floor => Math.Floor(v),
        UnaryOp.Ceil => Math.Ceiling(v),
        UnaryOp.RoundNearestAfz => Math.Round(v, MidpointRounding.AwayFromZero),
        UnaryOp.RoundNearestEven => Math.Round(v, MidpointRounding.ToEven),
        _ => throw new InterpreterException($"{op} is not defined for floating-point elements"),
    };

    /// <summary>exp(x)-1 without cancellation near zero.</summary>
    public static double Expm1(double x)
    {
        if (Math.Abs(x) < 1e-5)
        {
            return x + (x * x / 2) + (x * x * x / 6);
        }

        if (Math.Abs(x) < 0.5)
        {
            // exp(x)-1 = 2 sinh(x/2) exp(x/2) stays accurate for small x
            double half = x / 2;
            return 2 * Math.Sinh(half) * Math.Exp(half);
        }

        return Math.Exp(x) - 1;
    }

    /// <summary>log(1+x) without cancellation near zero.</summary>
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1)
        {
            return x;
        }

        return Math.Log(u) * x / (u - 1);
    }

    private static Tensor ApplyInteger(UnaryOp op, Tensor x)
    {
        var type = x.ElementType;
        var values = ElementCodec.ToLongs(x);
        ulong mask = type.Bits >= 64 ? ulong.MaxValue : (1UL << type.Bits) - 1;
        for (int i = 0; i < values.Length; i++)
        {
            long v = values[i];
            values[i] = op switch
            {
                UnaryOp.Abs => type.IsUnsigned || v >= 0 ? v : -v,
                UnaryOp.Negate => -v,
                UnaryOp.Sign => type.IsUnsigned ? (v != 0 ? 1 : 0) : Math.Sign(v),
                UnaryOp.Not => type.Kind == ElementKind.Bool ? (v == 0 ? 1 : 0) : ~v,
                UnaryOp.Popcnt => BitOperations.PopCount((ulong)v & mask),
                UnaryOp.CountLeadingZeros => BitOperations.LeadingZeroCount((ulong)v & mask) - (64 - type.Bits),
                _ => throw new InterpreterException($"{op} is not defined for integer elements"),
            };
        }

        return ElementCodec.FromLongs(type, x.Shape, values);
    }

    private static Tensor ApplyComplex(UnaryOp op, Tensor x)
    {
        var values = ElementCodec.ToComplex(x);
        if (op == UnaryOp.Abs)
        {
            var magnitudes = new double[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                magnitudes[i] = Complex.Abs(values[i]);
            }

            return ElementCodec.FromDoubles(x.ElementType.ComplexPart, x.Shape, magnitudes);
        }

        for (int i = 0; i < values.Length; i++)
        {
            var v = values[i];
            values[i] = op switch
            {
                UnaryOp.Negate => -v,
                UnaryOp.Sign => double.IsNaN(v.Real) || double.IsNaN(v.Imaginary) ? new Complex(double.NaN, double.NaN) : v == Complex.Zero ? Complex.Zero : v / Complex.Abs(v),
                UnaryOp.Exp => Complex.Exp(v),
                UnaryOp.Expm1 => Complex.Exp(v) - 1,
                UnaryOp.Log => Complex.Log(v),
                UnaryOp.Log1p => Complex.Log(1 + v),
                UnaryOp.Logistic => 1 / (1 + Complex.Exp(-v)),
                UnaryOp.Sqrt => Complex.Sqrt(v),
                UnaryOp.Rsqrt => 1 / Complex.Sqrt(v),
                UnaryOp.Cbrt => Complex.Pow(v, 1.0 / 3),
                UnaryOp.Tanh => Complex.Tanh(v),
                UnaryOp.Sin => Complex.Sin(v),
                UnaryOp.Cos => Complex.Cos(v),
                UnaryOp.Tan => Complex.Tan(v),
                UnaryOp.Atan => Complex.Atan(v),
                _ => throw new InterpreterException($"{op} is not defined for complex elements"),
            };
        }

        return ElementCodec.FromComplex(x.ElementType, x.Shape, values);
    }

    private static Tensor IsFinite(Tensor x)
    {
        var values = ElementCodec.ToDoubles(x);
        var result = Tensor.Create(ElementType.I1, x.Shape, out var buffer);
        for (int i = 0; i < values.Length; i++)
        {
            buffer[i] = double.IsFinite(values[i]) ? (byte)1 : (byte)0;
        }

        return result;
    }

    private static Tensor RealImag(UnaryOp op, Tensor x)
    {
        if (!x.ElementType.IsComplex)
        {
            return op == UnaryOp.Real ? x : Tensor.Zeros(x.ElementType, x.Shape);
        }

        var values = ElementCodec.ToComplex(x);
        var parts = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            parts[i] = op == UnaryOp.Real ? values[i].Real : values[i].Imaginary;
        }

        return ElementCodec.FromDoubles(x.ElementType.ComplexPart, x.Shape, parts);
    }
}
