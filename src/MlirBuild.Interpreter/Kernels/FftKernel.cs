using System.Numerics;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

public enum FftType { Fft, Ifft, Rfft, Irfft }

/// <summary>fft over the trailing fft_length dimensions (a direct DFT per axis: exact enough and simple; sizes in practice are small).</summary>
public static class FftKernel
{
    public static Tensor Fft(Tensor x, FftType type, long[] fftLength, ElementType resultType, int[] resultShape)
    {
        int k = fftLength.Length;
        int rank = x.Rank;
        switch (type)
        {
            case FftType.Fft or FftType.Ifft:
            {
                var values = ElementCodec.ToComplex(x);
                for (int axis = rank - k; axis < rank; axis++)
                {
                    TransformAxis(values, x.Shape, axis, type == FftType.Ifft);
                }

                return ElementCodec.FromComplex(resultType, resultShape, values);
            }

            case FftType.Rfft:
            {
                var values = ElementCodec.ToComplex(x);
                for (int axis = rank - k; axis < rank; axis++)
                {
                    TransformAxis(values, x.Shape, axis, false);
                }

                // keep the first n/2+1 entries of the last axis
                var full = ElementCodec.FromComplex(resultType, x.Shape, values);
                var limit = x.Shape.Select(d => (long)d).ToArray();
                limit[^1] = resultShape[^1];
                return ShapeKernels.Slice(full, new long[rank], limit, []);
            }

            default:
            {
                var values = ElementCodec.ToComplex(x);
                var shape = x.Shape.ToArray();
                for (int axis = rank - k; axis < rank - 1; axis++)
                {
                    TransformAxis(values, shape, axis, true);
                }

                // rebuild the Hermitian last axis of length n from its first n/2+1 entries
                int n = (int)fftLength[^1];
                int half = shape[^1];
                int rows = values.Length / Math.Max(half, 1);
                var fullShape = shape.ToArray();
                fullShape[^1] = n;
                var full = new Complex[rows * n];
                for (int r = 0; r < rows; r++)
                {
                    for (int i = 0; i < n; i++)
                    {
                        full[(r * n) + i] = i < half ? values[(r * half) + i] : Complex.Conjugate(values[(r * half) + (n - i)]);
                    }
                }

                TransformAxis(full, fullShape, rank - 1, true);
                return ElementCodec.FromDoubles(resultType, resultShape, full.Select(c => c.Real).ToArray());
            }
        }
    }

    private static void TransformAxis(Complex[] values, int[] shape, int axis, bool inverse)
    {
        int n = shape[axis];
        if (n <= 1)
        {
            return;
        }

        int stride = ShapeMath.Count(shape.AsSpan(axis + 1));
        int outer = values.Length / (n * stride);
        var line = new Complex[n];
        var output = new Complex[n];
        double sign = inverse ? 1 : -1;
        var twiddles = new Complex[n];
        for (int i = 0; i < n; i++)
        {
            twiddles[i] = Complex.FromPolarCoordinates(1, sign * 2 * Math.PI * i / n);
        }

        for (int o = 0; o < outer; o++)
        {
            for (int s = 0; s < stride; s++)
            {
                int start = (o * n * stride) + s;
                for (int i = 0; i < n; i++)
                {
                    line[i] = values[start + (i * stride)];
                }

                for (int f = 0; f < n; f++)
                {
                    Complex sum = Complex.Zero;
                    for (int i = 0; i < n; i++)
                    {
                        sum += line[i] * twiddles[(int)((long)f * i % n)];
                    }

                    output[f] = inverse ? sum / n : sum;
                }

                for (int i = 0; i < n; i++)
                {
                    values[start + (i * stride)] = output[i];
                }
            }
        }
    }
}
