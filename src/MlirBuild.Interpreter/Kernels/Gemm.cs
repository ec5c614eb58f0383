using System.Numerics;
using System.Runtime.InteropServices;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>
/// Row-major C[M,N] += A[M,K] * B[K,N] with leading dimensions, generic over the compute type. The vector path keeps a
/// 4-row by one-vector block of C in registers across the whole K loop, so each B load feeds four FMAs.
/// </summary>
internal static class Gemm
{
    public static void MultiplyAdd<T>(
        int m, int n, int k,
        ReadOnlySpan<T> a, int aOffset, int lda,
        ReadOnlySpan<T> b, int bOffset, int ldb,
        Span<T> c, int cOffset, int ldc)
        where T : unmanaged, INumberBase<T>
    {
        if (m == 0 || n == 0 || k == 0)
        {
            return;
        }

        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && n >= Vector<T>.Count)
        {
            MultiplyAddVector(m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
            return;
        }

        for (int i = 0; i < m; i++)
        {
            int cRow = cOffset + (i * ldc);
            int aRow = aOffset + (i * lda);
            for (int p = 0; p < k; p++)
            {
                T av = a[aRow + p];
                int bRow = bOffset + (p * ldb);
                for (int j = 0; j < n; j++)
                {
                    c[cRow + j] += av * b[bRow + j];
                }
            }
        }
    }

    private static void MultiplyAddVector<T>(
        int m, int n, int k,
        ReadOnlySpan<T> a, int aOffset, int lda,
        ReadOnlySpan<T> b, int bOffset, int ldb,
        Span<T> c, int cOffset, int ldc)
        where T : unmanaged, INumberBase<T>
    {
        int w = Vector<T>.Count;
        int lastFull = n - w;
        int i = 0;
        for (; i + 4 <= m; i += 4)
        {
            int a0 = aOffset + (i * lda);
            int a1 = a0 + lda;
            int a2 = a1 + lda;
            int a3 = a2 + lda;
            int c0 = cOffset + (i * ldc);
            for (int j0 = 0; j0 < n; j0 += w)
            {
                // Columns past the last whole vector go through the scalar tail.
                int j = Math.Min(j0, lastFull);
                if (j < j0)
                {
                    ScalarColumns(4, j0, n, k, a, a0, lda, b, bOffset, ldb, c, c0, ldc);
                    break;
                }

                var acc0 = new Vector<T>(c[(c0 + j)..]);
                var acc1 = new Vector<T>(c[(c0 + ldc + j)..]);
                var acc2 = new Vector<T>(c[(c0 + (2 * ldc) + j)..]);
                var acc3 = new Vector<T>(c[(c0 + (3 * ldc) + j)..]);
                int bj = bOffset + j;
                for (int p = 0; p < k; p++, bj += ldb)
                {
                    var bv = new Vector<T>(b[bj..]);
                    acc0 += new Vector<T>(a[a0 + p]) * bv;
                    acc1 += new Vector<T>(a[a1 + p]) * bv;
                    acc2 += new Vector<T>(a[a2 + p]) * bv;
                    acc3 += new Vector<T>(a[a3 + p]) * bv;
                }

                acc0.CopyTo(c[(c0 + j)..]);
                acc1.CopyTo(c[(c0 + ldc + j)..]);
                acc2.CopyTo(c[(c0 + (2 * ldc) + j)..]);
                acc3.CopyTo(c[(c0 + (3 * ldc) + j)..]);
            }
        }

        for (; i < m; i++)
        {
            int aRow = aOffset + (i * lda);
            int cRow = cOffset + (i * ldc);
            int j0 = 0;
            for (; j0 + w <= n; j0 += w)
            {
                var acc = new Vector<T>(c[(cRow + j0)..]);
                int bj = bOffset + j0;
                for (int p = 0; p < k; p++, bj += ldb)
                {
                    acc += new Vector<T>(a[aRow + p]) * new Vector<T>(b[bj..]);
                }

                acc.CopyTo(c[(cRow + j0)..]);
            }

            ScalarColumns(1, j0, n, k, a, aRow, lda, b, bOffset, ldb, c, cRow, ldc);
        }
    }

    private static void ScalarColumns<T>(
        int rows, int fromColumn, int n, int k,
        ReadOnlySpan<T> a, int aRow, int lda,
        ReadOnlySpan<T> b, int bOffset, int ldb,
        Span<T> c, int cRow, int ldc)
        where T : unmanaged, INumberBase<T>
    {
        for (int r = 0; r < rows; r++)
        {
            for (int j = fromColumn; j < n; j++)
            {
                T sum = c[cRow + (r * ldc) + j];
                for (int p = 0; p < k; p++)
                {
                    sum += a[aRow + (r * lda) + p] * b[bOffset + (p * ldb) + j];
                }

                c[cRow + (r * ldc) + j] = sum;
            }
        }
    }
}
