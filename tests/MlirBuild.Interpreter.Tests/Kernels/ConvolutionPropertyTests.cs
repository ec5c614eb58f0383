using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Tests.Kernels;

/// <summary>Random 2-d convolutions (groups, dilations, strides, padding, reversal, odd layouts) against a direct loop.</summary>
public sealed class ConvolutionPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void MatchesDirectLoop(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 25; trial++)
        {
            int featureGroups = random.Next(3) == 0 ? random.Next(1, 4) : 1;
            int batchGroups = featureGroups == 1 && random.Next(3) == 0 ? random.Next(1, 3) : 1;
            int cg = random.Next(1, 4);
            int c = cg * featureGroups;
            int ogroups = featureGroups * batchGroups;
            int o = ogroups * random.Next(1, 3);
            int n = batchGroups * random.Next(1, 3);
            int[] inSpatial = [random.Next(1, 7), random.Next(1, 7)];
            int[] kSpatial = [random.Next(1, 4), random.Next(1, 4)];
            long[] stride = [random.Next(1, 3), random.Next(1, 3)];
            long[] lhsDil = [random.Next(1, 3), random.Next(1, 3)];
            long[] rhsDil = [random.Next(1, 3), random.Next(1, 3)];
            long[] padLo = [random.Next(-1, 3), random.Next(-1, 3)];
            long[] padHi = [random.Next(-1, 3), random.Next(-1, 3)];
            bool[] reversal = [random.Next(2) == 0, random.Next(2) == 0];

            // layout: input [C, N, H, W] (feature first), kernel [O, H, W, I], output [H, N, W, O]
            var input = TestTensors.RandomF64(random, c, n, inSpatial[0], inSpatial[1]);
            var kernel = TestTensors.RandomF64(random, o, kSpatial[0], kSpatial[1], cg);
            var p = ConvolutionParams.Create(
                inputBatch: 1, inputFeature: 0, inputSpatial: [2, 3],
                kernelInput: 3, kernelOutput: 0, kernelSpatial: [1, 2],
                outputBatch: 1, outputFeature: 3, outputSpatial: [0, 2],
                stride, padLo, padHi, lhsDil, rhsDil, reversal, featureGroups, batchGroups);

            // output sizes per the spec
            int[] outSpatial = new int[2];
            bool empty = false;
            for (int d = 0; d < 2; d++)
            {
                long dilated = ((inSpatial[d] - 1) * lhsDil[d]) + 1 + padLo[d] + padHi[d];
                long window = ((kSpatial[d] - 1) * rhsDil[d]) + 1;
                if (dilated < window)
                {
                    empty = true;
                }

                outSpatial[d] = dilated < window ? 0 : (int)(((dilated - window) / stride[d]) + 1);
            }

            if (empty || padLo.Any(v => v < 0) && inSpatial.Any(v => v < 2))
            {
                continue;
            }

            var actual = ConvolutionKernel.Convolution(input, kernel, p, ElementType.F64);
            int outBatch = n / batchGroups;
            Assert.Equal(new[] { outSpatial[0], outBatch, outSpatial[1], o }, actual.Shape);

            var x = ElementCodec.ToDoubles(input);
            var w = ElementCodec.ToDoubles(kernel);
            var expected = new double[actual.ElementCount];
            int outPerGroup = o / ogroups;
            for (int b = 0; b < outBatch; b++)
            {
                for (int oh = 0; oh < outSpatial[0]; oh++)
                {
                    for (int ow = 0; ow < outSpatial[1]; ow++)
                    {
                        for (int of = 0; of < o; of++)
                        {
                            int group = of / outPerGroup;
                            int fg = group % featureGroups;
                            int bg = group / featureGroups;
                            double sum = 0;
                            for (int kh = 0; kh < kSpatial[0]; kh++)
                            {
                                for (int kw = 0; kw < kSpatial[1]; kw++)
                                {
                                    // position in the padded, dilated input
                                    long ph = (oh * stride[0]) + (kh * rhsDil[0]) - padLo[0];
                                    long pw = (ow * stride[1]) + (kw * rhsDil[1]) - padLo[1];
                                    if (ph < 0 || pw < 0 || ph % lhsDil[0] != 0 || pw % lhsDil[1] != 0)
                                    {
                                        continue;
                                    }

                                    long ih = ph / lhsDil[0];
                                    long iw = pw / lhsDil[1];
                                    if (ih >= inSpatial[0] || iw >= inSpatial[1])
                                    {
                                        continue;
                                    }

                                    int rkh = reversal[0] ? kSpatial[0] - 1 - kh : kh;
                                    int rkw = reversal[1] ? kSpatial[1] - 1 - kw : kw;
                                    for (int ci = 0; ci < cg; ci++)
                                    {
                                        int inC = (fg * cg) + ci;
                                        int inN = (bg * outBatch) + b;
                                        sum += x[TestTensors.Flat([c, n, inSpatial[0], inSpatial[1]], inC, inN, (int)ih, (int)iw)]
                                            * w[TestTensors.Flat([o, kSpatial[0], kSpatial[1], cg], of, rkh, rkw, ci)];
                                    }
                                }
                            }

                            expected[TestTensors.Flat(actual.Shape, oh, b, ow, of)] = sum;
                        }
                    }
                }
            }

            TestTensors.AssertClose(expected, ElementCodec.ToDoubles(actual));
        }
    }

    [Fact]
    public void Float32LargeConvolutionMatchesFloat64()
    {
        // exercises the vector GEMM path and the parallel row split
        var random = new Random(42);
        var input = TestTensors.RandomF32(random, 1, 20, 20, 16);
        var kernel = TestTensors.RandomF32(random, 3, 3, 16, 24);
        var p = ConvolutionParams.Create(0, 3, [1, 2], 2, 3, [0, 1], 0, 3, [1, 2], paddingLow: [1, 1], paddingHigh: [1, 1]);
        var single = ConvolutionKernel.Convolution(input, kernel, p, ElementType.F32);
        var input64 = ConvertKernels.Convert(input, ElementType.F64);
        var kernel64 = ConvertKernels.Convert(kernel, ElementType.F64);
        var dbl = ConvolutionKernel.Convolution(input64, kernel64, p, ElementType.F64);
        TestTensors.AssertClose(ElementCodec.ToDoubles(dbl), ElementCodec.ToDoubles(single), 1e-6);
    }

    [Fact]
    public void IntegerConvolutionWrapsLikeTheResultType()
    {
        var input = TestTensors.Ints(ElementType.I8, [1, 2, 1], 100, 100);
        var kernel = TestTensors.Ints(ElementType.I8, [2, 1, 1], 1, 1);
        var p = ConvolutionParams.Create(0, 2, [1], 1, 2, [0], 0, 2, [1]);
        var result = ConvolutionKernel.Convolution(input, kernel, p, ElementType.I8);
        Assert.Equal(new long[] { -56 }, ElementCodec.ToLongs(result)); // 200 wraps in i8
    }
}
