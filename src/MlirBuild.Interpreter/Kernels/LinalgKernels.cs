using System.Numerics;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

public enum TransposeKind { NoTranspose, Transpose, Adjoint }

/// <summary>triangular_solve and cholesky over the two minor dimensions, batched over the rest; computed in Complex.</summary>
public static class LinalgKernels
{
    public static Tensor TriangularSolve(Tensor a, Tensor b, bool leftSide, bool lower, bool unitDiagonal, TransposeKind transpose)
    {
        int n = a.Shape[^1];
        int rows = b.Shape[^2];
        int cols = b.Shape[^1];
        var av = ElementCodec.ToComplex(a);
        var bv = ElementCodec.ToComplex(b);
        int batches = ShapeMath.Count(b.Shape.AsSpan(0, b.Rank - 2));
        var x = new Complex[bv.Length];
        for (int batch = 0; batch < batches; batch++)
        {
            // op(A) as an explicit triangular matrix M
            var m = new Complex[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    bool inTriangle = lower ? j <= i : j >= i;
                    Complex value = i == j && unitDiagonal ? Complex.One : inTriangle ? av[(batch * n * n) + (i * n) + j] : Complex.Zero;
                    switch (transpose)
                    {
                        case TransposeKind.NoTranspose: m[i, j] = value; break;
                        case TransposeKind.Transpose: m[j, i] = value; break;
                        default: m[j, i] = Complex.Conjugate(value); break;
                    }
                }
            }

            bool mLower = transpose == TransposeKind.NoTranspose ? lower : !lower;
            int offset = batch * rows * cols;
            if (leftSide)
            {
                // M X = B, column by column
                for (int c = 0; c < cols; c++)
                {
                    Solve(m, mLower, n, i => bv[offset + (i * cols) + c], (i, v) => x[offset + (i * cols) + c] = v, i => x[offset + (i * cols) + c]);
                }
            }
            else
            {
                // X M = B  <=>  M^T X^T = B^T, row by row
                var mt = new Complex[n, n];
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        mt[i, j] = m[j, i];
                    }
                }

                for (int r = 0; r < rows; r++)
                {
                    Solve(mt, !mLower, n, i => bv[offset + (r * cols) + i], (i, v) => x[offset + (r * cols) + i] = v, i => x[offset + (r * cols) + i]);
                }
            }
        }

        return a.ElementType.IsComplex
            ? ElementCodec.FromComplex(b.ElementType, b.Shape, x)
            : ElementCodec.FromDoubles(b.ElementType, b.Shape, x.Select(c => c.Real).ToArray());
    }

    private static void Solve(Complex[,] m, bool lower, int n, Func<int, Complex> rhs, Action<int, Complex> set, Func<int, Complex> get)
    {
        if (lower)
        {
            for (int i = 0; i < n; i++)
            {
                Complex sum = rhs(i);
                for (int j = 0; j < i; j++)
                {
                    sum -= m[i, j] * get(j);
                }

                set(i, sum / m[i, i]);
            }
        }
        else
        {
            for (int i = n - 1; i >= 0; i--)
            {
                Complex sum = rhs(i);
                for (int j = i + 1; j < n; j++)
                {
                    sum -= m[i, j] * get(j);
                }

                set(i, sum / m[i, i]);
            }
        }
    }

    public static Tensor Cholesky(Tensor a, bool lower)
    {
        int n = a.Shape[^1];
        var av = ElementCodec.ToComplex(a);
        int batches = ShapeMath.Count(a.Shape.AsSpan(0, a.Rank - 2));
        var result = new Complex[av.Length];
        for (int batch = 0; batch < batches; batch++)
        {
            int o = batch * n * n;

            // element (i, j) of the Hermitian matrix, read from the chosen triangle
            Complex A(int i, int j) => lower
                ? (i >= j ? av[o + (i * n) + j] : Complex.Conjugate(av[o + (j * n) + i]))
                : (i <= j ? av[o + (i * n) + j] : Complex.Conjugate(av[o + (j * n) + i]));
            var l = new Complex[n, n];
            for (int j = 0; j < n; j++)
            {
                Complex d = A(j, j);
                for (int k = 0; k < j; k++)
                {
                    d -= l[j, k] * Complex.Conjugate(l[j, k]);
                }

                double diag = Math.Sqrt(d.Real);
                l[j, j] = diag;
                for (int i = j + 1; i < n; i++)
                {
                    Complex s = A(i, j);
                    for (int k = 0; k < j; k++)
                    {
                        s -= l[i, k] * Complex.Conjugate(l[j, k]);
                    }

                    l[i, j] = s / diag;
                }
            }

            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    result[o + (i * n) + j] = lower ? (j <= i ? l[i, j] : Complex.Zero) : (j >= i ? Complex.Conjugate(l[j, i]) : Complex.Zero);
                }
            }
        }

        return a.ElementType.IsComplex
            ? ElementCodec.FromComplex(a.ElementType, a.Shape, result)
            : ElementCodec.FromDoubles(a.ElementType, a.Shape, result.Select(c => c.Real).ToArray());
    }
}
