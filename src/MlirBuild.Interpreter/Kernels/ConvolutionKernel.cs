using System.Numerics;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>Dimension numbers and window of a convolution, as the op's attributes give them.</summary>
public sealed record ConvolutionParams(
    long InputBatch, long InputFeature, long[] InputSpatial,
    long KernelInput, long KernelOutput, long[] KernelSpatial,
    long OutputBatch, long OutputFeature, long[] OutputSpatial,
    long[] WindowStrides, long[] PaddingLow, long[] PaddingHigh, long[] LhsDilation, long[] RhsDilation,
    bool[] WindowReversal, long FeatureGroupCount, long BatchGroupCount)
{
    /// <summary>Defaults for the window attributes an op may omit (strides 1, no padding or dilation).</summary>
    public static ConvolutionParams Create(
        long inputBatch, long inputFeature, long[] inputSpatial,
        long kernelInput, long kernelOutput, long[] kernelSpatial,
        long outputBatch, long outputFeature, long[] outputSpatial,
        long[]? strides = null, long[]? paddingLow = null, long[]? paddingHigh = null, long[]? lhsDilation = null,
        long[]? rhsDilation = null, bool[]? reversal = null, long featureGroups = 1, long batchGroups = 1)
    {
        int k = inputSpatial.Length;
        long[] Ones() => Enumerable.Repeat(1L, k).ToArray();
        return new(inputBatch, inputFeature, inputSpatial, kernelInput, kernelOutput, kernelSpatial, outputBatch,
            outputFeature, outputSpatial, strides ?? Ones(), paddingLow ?? new long[k], paddingHigh ?? new long[k],
            lhsDilation ?? Ones(), rhsDilation ?? Ones(), reversal ?? new bool[k], featureGroups, batchGroups);
    }
}

/// <summary>
/// convolution: the input is brought to [N, S..., C] with padding and lhs dilation applied, the kernel to
/// [K..., I, O]; then for every output row and kernel position one GEMM of strided input rows by the kernel slice
/// (no im2col buffer). Rows run in parallel. Output goes back to the requested layout.
/// </summary>
public static class ConvolutionKernel
{
    public static Tensor Convolution(Tensor lhs, Tensor rhs, ConvolutionParams p, ElementType resultType)
    {
        int k = p.InputSpatial.Length;
        var lhsCanon = DotGeneralKernel.TransposeIfNeeded(lhs, [p.InputBatch, .. p.InputSpatial, p.InputFeature]);
        var rhsCanon = DotGeneralKernel.TransposeIfNeeded(rhs, [.. p.KernelSpatial, p.KernelInput, p.KernelOutput]);

        // Padding and lhs dilation become an explicit pad of the input with zeros.
        bool needsPad = p.PaddingLow.Any(v => v != 0) || p.PaddingHigh.Any(v => v != 0) || p.LhsDilation.Any(v => v != 1);
        if (needsPad)
        {
            var zero = Tensor.Zeros(lhs.ElementType, []);
            lhsCanon = ShapeKernels.Pad(lhsCanon, zero, [0, .. p.PaddingLow, 0], [0, .. p.PaddingHigh, 0], [0, .. p.LhsDilation.Select(d => d - 1), 0]);
        }

        var reversed = Enumerable.Range(0, k).Where(i => p.WindowReversal[i]).Select(i => (long)i).ToArray();
        if (reversed.Length > 0)
        {
            rhsCanon = ShapeKernels.Reverse(rhsCanon, reversed);
        }

        var geometry = Geometry.Create(lhsCanon.Shape, rhsCanon.Shape, p);
        var canonicalShape = new int[k + 2];
        canonicalShape[0] = geometry.OutBatch;
        for (int i = 0; i < k; i++)
        {
            canonicalShape[i + 1] = geometry.OutSpatial[i];
        }

        canonicalShape[k + 1] = geometry.OutFeatures;

        var canonical = ComputeDomain.For(lhs.ElementType, resultType) switch
        {
            Domain.Float32 => Run<float>(lhsCanon, rhsCanon, geometry, resultType, canonicalShape),
            Domain.Float64 => Run<double>(lhsCanon, rhsCanon, geometry, resultType, canonicalShape),
            Domain.Int64 => Run<long>(lhsCanon, rhsCanon, geometry, resultType, canonicalShape),
            _ => Run<Complex>(lhsCanon, rhsCanon, geometry, resultType, canonicalShape),
        };

        // canonical dims: 0 = batch, 1..k = spatial, k+1 = feature; place each at its output dimension.
        var permutation = new long[k + 2];
        permutation[p.OutputBatch] = 0;
        permutation[p.OutputFeature] = k + 1;
        for (int i = 0; i < k; i++)
        {
            permutation[p.OutputSpatial[i]] = i + 1;
        }

        return DotGeneralKernel.TransposeIfNeeded(canonical, permutation);
    }

    private static Tensor Run<T>(Tensor input, Tensor kernel, Geometry g, ElementType resultType, int[] shape)
        where T : unmanaged, INumberBase<T>
    {
        var x = ComputeDomain.ToArray<T>(input);
        var w = ComputeDomain.ToArray<T>(kernel);
        var y = new T[ShapeMath.Count(shape)];
        Compute<T>(x, w, y, g);
        return ComputeDomain.FromArray(resultType, shape, y);
    }

    internal static void Compute<T>(T[] x, T[] w, T[] y, Geometry g)
        where T : unmanaged, INumberBase<T>
    {
        int k = g.InSpatial.Length;
        int lastOut = k == 0 ? 1 : g.OutSpatial[k - 1];
        int outerPositions = 1;
        for (int i = 0; i < k - 1; i++)
        {
            outerPositions *= g.OutSpatial[i];
        }

        int kernelPositions = 1;
        foreach (int ks in g.KernelSpatial)
        {
            kernelPositions *= ks;
        }

        var inStrides = StridedCopy.RowMajorStrides([g.InBatch, .. g.InSpatial, g.InFeatures]);
        int tasks = g.OutBatch * outerPositions;
        long work = (long)tasks * lastOut * kernelPositions * g.InFeatures * g.OutFeatures / Math.Max(1, g.FeatureGroups);

        void RunRow(int task)
        {
            int n = task / outerPositions;
            int outer = task % outerPositions;
            Span<int> outIndex = stackalloc int[Math.Max(k, 1)];
            Span<int> kIndex = stackalloc int[Math.Max(k, 1)];
            int rem = outer;
            for (int i = k - 2; i >= 0; i--)
            {
                outIndex[i] = rem % g.OutSpatial[i];
                rem /= g.OutSpatial[i];
            }

            int yRow = ((n * outerPositions) + outer) * lastOut * g.OutFeatures;
            for (int kp = 0; kp < kernelPositions; kp++)
            {
                int r = kp;
                for (int i = k - 1; i >= 0; i--)
                {
                    kIndex[i] = r % g.KernelSpatial[i];
                    r /= g.KernelSpatial[i];
                }

                // input offset of the first output column for this kernel position (outer dims fixed)
                long offset = 0;
                bool inside = true;
                for (int i = 0; i < k - 1; i++)
                {
                    long pos = ((long)outIndex[i] * g.Strides[i]) + ((long)kIndex[i] * g.Dilations[i]);
                    if (pos >= g.InSpatial[i])
                    {
                        inside = false;
                        break;
                    }

                    offset += pos * inStrides[i + 1];
                }

                if (!inside)
                {
                    continue;
                }

                int lda;
                if (k > 0)
                {
                    offset += (long)kIndex[k - 1] * g.Dilations[k - 1] * inStrides[k];
                    lda = (int)(g.Strides[k - 1] * inStrides[k]);
                }
                else
                {
                    lda = g.InFeatures;
                }

                int wBase = kp * g.KernelInput * g.OutFeatures;
                for (int bg = 0; bg < g.BatchGroups; bg++)
                {
                    long batchOffset = ((long)(n + (bg * g.OutBatch))) * inStrides[0];
                    for (int fg = 0; fg < g.FeatureGroups; fg++)
                    {
                        int outChannel0 = ((bg * g.FeatureGroups) + fg) * g.OutPerGroup;
                        Gemm.MultiplyAdd<T>(
                            lastOut, g.OutPerGroup, g.KernelInput,
                            x, (int)(batchOffset + offset) + (fg * g.KernelInput), lda,
                            w, wBase + outChannel0, g.OutFeatures,
                            y, yRow + outChannel0, g.OutFeatures);
                    }
                }
            }
        }

        if (work > 1 << 20 && tasks > 1)
        {
            Parallel.For(0, tasks, RunRow);
        }
        else
        {
            for (int t = 0; t < tasks; t++)
            {
                RunRow(t);
            }
        }
    }

    /// <summary>Sizes of the canonical problem after padding, dilation and grouping.</summary>
    internal sealed record Geometry(
        int InBatch, int[] InSpatial, int InFeatures, int[] KernelSpatial, int KernelInput, int OutFeatures,
        int OutBatch, int[] OutSpatial, long[] Strides, long[] Dilations, int FeatureGroups, int BatchGroups, int OutPerGroup)
    {
        public static Geometry Create(int[] inputShape, int[] kernelShape, ConvolutionParams p)
        {
            int k = inputShape.Length - 2;
            int featureGroups = (int)p.FeatureGroupCount;
            int batchGroups = (int)p.BatchGroupCount;
            int inBatch = inputShape[0];
            int inFeatures = inputShape[k + 1];
            int kernelInput = kernelShape[k];
            int outFeatures = kernelShape[k + 1];
            if (featureGroups < 1 || batchGroups < 1 || inFeatures != kernelInput * featureGroups
                || outFeatures % (featureGroups * batchGroups) != 0 || inBatch % batchGroups != 0)
            {
                throw new InterpreterException(
                    $"convolution: {inFeatures} input features, kernel input {kernelInput}, {outFeatures} output features do not fit feature_group_count {featureGroups} and batch_group_count {batchGroups}");
            }

            var outSpatial = new int[k];
            for (int i = 0; i < k; i++)
            {
                long window = ((kernelShape[i] - 1) * p.RhsDilation[i]) + 1;
                long size = inputShape[i + 1] < window ? 0 : ((inputShape[i + 1] - window) / p.WindowStrides[i]) + 1;
                outSpatial[i] = (int)size;
            }

            return new Geometry(
                inBatch, inputShape[1..(k + 1)], inFeatures, kernelShape[..k], kernelInput, outFeatures,
                inBatch / batchGroups, outSpatial, p.WindowStrides, p.RhsDilation, featureGroups, batchGroups,
                outFeatures / (featureGroups * batchGroups));
        }
    }
}
