using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using MlirBuild.Interpreter.Tensors;
using Tensor = MlirBuild.Interpreter.Tensors.Tensor;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>batch_norm_inference, batch_norm_training and batch_norm_grad over one feature dimension.</summary>
public static class BatchNormKernels
{
    public static Tensor Inference(Tensor x, Tensor scale, Tensor offset, Tensor mean, Tensor variance, double epsilon, int featureIndex)
    {
        int features = x.Shape[featureIndex];
        var s = ElementCodec.ToDoubles(scale);
        var o = ElementCodec.ToDoubles(offset);
        var m = ElementCodec.ToDoubles(mean);
        var v = ElementCodec.ToDoubles(variance);
        var a = new double[features];
        var b = new double[features];
        for (int c = 0; c < features; c++)
        {
            a[c] = s[c] / Math.Sqrt(v[c] + epsilon);
            b[c] = o[c] - (m[c] * a[c]);
        }

        return Affine(x, a, b, featureIndex);
    }

    /// <summary>y = x * a[c] + b[c] per feature; f32 with the feature innermost runs as vector rows.</summary>
    internal static Tensor Affine(Tensor x, double[] a, double[] b, int featureIndex)
    {
        int features = x.Shape[featureIndex];
        int inner = ShapeMath.Count(x.Shape.AsSpan(featureIndex + 1));
        if (x.ElementType is { Kind: ElementKind.Float, Bits: 32 } && inner == 1)
        {
            var af = a.Select(v => (float)v).ToArray();
            var bf = b.Select(v => (float)v).ToArray();
            var result = Tensor.Create(x.ElementType, x.Shape, out var buffer);
            var src = x.Span<float>();
            var dst = MemoryMarshal.Cast<byte, float>(buffer.AsSpan());
            for (int row = 0; row < src.Length; row += features)
            {
                TensorPrimitives.FusedMultiplyAdd(src.Slice(row, features), af, bf, dst.Slice(row, features));
            }

            return result;
        }

        var values = ElementCodec.ToDoubles(x);
        for (int i = 0; i < values.Length; i++)
        {
            int c = (i / inner) % features;
            values[i] = (values[i] * a[c]) + b[c];
        }

        return ElementCodec.FromDoubles(x.ElementType, x.Shape, values);
    }

    private static (double[] Mean, double[] Variance, double[] Values, int Inner, int Count) Moments(Tensor x, int featureIndex)
    {
        int features = x.Shape[featureIndex];
        int inner = ShapeMath.Count(x.Shape.AsSpan(featureIndex + 1));
        var values = ElementCodec.ToDoubles(x);
        var mean = new double[features];
        var variance = new double[features];
        int count = values.Length / Math.Max(features, 1);
        for (int i = 0; i < values.Length; i++)
        {
            mean[(i / inner) % features] += values[i];
        }

        for (int c = 0; c < features; c++)
        {
            mean[c] /= count;
        }

        for (int i = 0; i < values.Length; i++)
        {
            int c = (i / inner) % features;
            double d = values[i] - mean[c];
            variance[c] += d * d;
        }

        for (int c = 0; c < features; c++)
        {
            variance[c] /= count;
        }

        return (mean, variance, values, inner, count);
    }

    public static Tensor[] Training(Tensor x, Tensor scale, Tensor offset, double epsilon, int featureIndex)
    {
        var (mean, variance, _, _, _) = Moments(x, featureIndex);
        var part = scale.ElementType;
        var meanT = ElementCodec.FromDoubles(part, [mean.Length], mean);
        var varT = ElementCodec.FromDoubles(part, [variance.Length], variance);
        return [Inference(x, scale, offset, meanT, varT, epsilon, featureIndex), meanT, varT];
    }

    public static Tensor[] Grad(Tensor x, Tensor scale, Tensor mean, Tensor variance, Tensor gradOutput, double epsilon, int featureIndex)
    {
        int features = x.Shape[featureIndex];
        int inner = ShapeMath.Count(x.Shape.AsSpan(featureIndex + 1));
        var values = ElementCodec.ToDoubles(x);
        var dy = ElementCodec.ToDoubles(gradOutput);
        var s = ElementCodec.ToDoubles(scale);
        var m = ElementCodec.ToDoubles(mean);
        var v = ElementCodec.ToDoubles(variance);
        int count = values.Length / Math.Max(features, 1);
        var gradScale = new double[features];
        var gradOffset = new double[features];
        var stddev = new double[features];
        for (int c = 0; c < features; c++)
        {
            stddev[c] = Math.Sqrt(v[c] + epsilon);
        }

        for (int i = 0; i < values.Length; i++)
        {
            int c = (i / inner) % features;
            double normalized = (values[i] - m[c]) / stddev[c];
            gradOffset[c] += dy[i];
            gradScale[c] += dy[i] * normalized;
        }

        var gradOperand = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            int c = (i / inner) % features;
            double normalized = (values[i] - m[c]) / stddev[c];
            gradOperand[i] = s[c] / stddev[c] * (dy[i] - (gradOffset[c] / count) - (normalized * gradScale[c] / count));
        }

        var part = scale.ElementType;
        return
        [
            ElementCodec.FromDoubles(x.ElementType, x.Shape, gradOperand),
            ElementCodec.FromDoubles(part, [features], gradScale),
            ElementCodec.FromDoubles(part, [features], gradOffset),
        ];
    }
}
