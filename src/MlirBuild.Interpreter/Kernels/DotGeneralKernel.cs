using System.Numerics;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>dot_general: batch, contract and free dimensions brought into [B,M,K] x [B,K,N] form, then GEMM.</summary>
public static class DotGeneralKernel
{
    public static Tensor DotGeneral(
        Tensor lhs, Tensor rhs, ReadOnlySpan<long> lhsBatch, ReadOnlySpan<long> rhsBatch,
        ReadOnlySpan<long> lhsContract, ReadOnlySpan<long> rhsContract, ElementType resultType)
    {
        var lhsFree = FreeDims(lhs.Rank, lhsBatch, lhsContract);
        var rhsFree = FreeDims(rhs.Rank, rhsBatch, rhsContract);
        int batch = Product(lhs.Shape, lhsBatch);
        int contract = Product(lhs.Shape, lhsContract);
        if (Product(rhs.Shape, rhsBatch) != batch || Product(rhs.Shape, rhsContract) != contract)
        {
            throw new InterpreterException($"dot_general: batch or contracting sizes of {lhs} and {rhs} differ");
        }

        int m = Product(lhs.Shape, lhsFree);
        int n = Product(rhs.Shape, rhsFree);
        var lhsT = TransposeIfNeeded(lhs, [.. lhsBatch, .. lhsFree, .. lhsContract]);
        var rhsT = TransposeIfNeeded(rhs, [.. rhsBatch, .. rhsContract, .. rhsFree]);
        var shape = new List<int>();
        foreach (long d in lhsBatch)
        {
            shape.Add(lhs.Shape[d]);
        }

        foreach (long d in lhsFree)
        {
            shape.Add(lhs.Shape[d]);
        }

        foreach (long d in rhsFree)
        {
            shape.Add(rhs.Shape[d]);
        }

        return ComputeDomain.For(lhs.ElementType, resultType) switch
        {
            Domain.Float32 => Run<float>(lhsT, rhsT, batch, m, n, contract, resultType, [.. shape]),
            Domain.Float64 => Run<double>(lhsT, rhsT, batch, m, n, contract, resultType, [.. shape]),
            Domain.Int64 => Run<long>(lhsT, rhsT, batch, m, n, contract, resultType, [.. shape]),
            _ => Run<Complex>(lhsT, rhsT, batch, m, n, contract, resultType, [.. shape]),
        };
    }

    private static Tensor Run<T>(Tensor lhs, Tensor rhs, int batch, int m, int n, int k, ElementType resultType, int[] shape)
        where T : unmanaged, INumberBase<T>
    {
        var a = ComputeDomain.ToArray<T>(lhs);
        var b = ComputeDomain.ToArray<T>(rhs);
        var c = new T[batch * m * n];
        BatchedGemm(a, b, c, batch, m, n, k);
        return ComputeDomain.FromArray(resultType, shape, c);
    }

    /// <summary>Splits big products into row blocks run in parallel; small ones stay on the calling thread.</summary>
    internal static void BatchedGemm<T>(T[] a, T[] b, T[] c, int batch, int m, int n, int k)
        where T : unmanaged, INumberBase<T>
    {
        const int rowBlock = 64;
        int blocksPerBatch = (m + rowBlock - 1) / rowBlock;
        int tasks = batch * blocksPerBatch;
        void RunBlock(int task)
        {
            int bi = task / blocksPerBatch;
            int r0 = (task % blocksPerBatch) * rowBlock;
            int rows = Math.Min(rowBlock, m - r0);
            Gemm.MultiplyAdd<T>(rows, n, k, a, (bi * m * k) + (r0 * k), k, b, bi * k * n, n, c, (bi * m * n) + (r0 * n), n);
        }

        if ((long)batch * m * n * k > 1 << 20 && tasks > 1)
        {
            Parallel.For(0, tasks, RunBlock);
        }
        else
        {
            for (int t = 0; t < tasks; t++)
            {
                RunBlock(t);
            }
        }
    }

    private static long[] FreeDims(int rank, ReadOnlySpan<long> batch, ReadOnlySpan<long> contract)
    {
        var free = new List<long>();
        for (long d = 0; d < rank; d++)
        {
            if (!batch.Contains(d) && !contract.Contains(d))
            {
                free.Add(d);
            }
        }

        return [.. free];
    }

    private static int Product(int[] shape, ReadOnlySpan<long> dims)
    {
        int p = 1;
        foreach (long d in dims)
        {
            p *= shape[d];
        }

        return p;
    }

    internal static Tensor TransposeIfNeeded(Tensor x, long[] permutation)
    {
        for (int i = 0; i < permutation.Length; i++)
        {
            if (permutation[i] != i)
            {
                return ShapeKernels.Transpose(x, permutation);
            }
        }

        return x;
    }
}
