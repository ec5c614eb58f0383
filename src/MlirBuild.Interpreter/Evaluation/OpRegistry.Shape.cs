using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Evaluation;

internal static partial class OpRegistry
{
    private static void AddShape(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["broadcast_in_dim"] = c => [ShapeKernels.BroadcastInDim(c.T(0), c.ResultShape(), c.Longs("broadcast_dimensions"))];
        h["dynamic_broadcast_in_dim"] = c => [ShapeKernels.BroadcastInDim(c.T(0), ShapeFromOperand(c, 1), c.Longs("broadcast_dimensions"))];
        h["broadcast"] = c =>
        {
            var x = c.T(0);
            var sizes = c.Longs("broadcast_sizes");
            int[] shape = [.. sizes.Select(s => (int)s), .. x.Shape];
            var dims = Enumerable.Range(sizes.Length, x.Rank).Select(d => (long)d).ToArray();
            return [ShapeKernels.BroadcastInDim(x, shape, dims)];
        };
        h["reshape"] = c => [ShapeKernels.Reshape(c.T(0), c.ResultShape())];
        h["dynamic_reshape"] = c => [ShapeKernels.Reshape(c.T(0), ShapeFromOperand(c, 1))];
        h["transpose"] = c => [ShapeKernels.Transpose(c.T(0), c.Longs("permutation"))];
        h["slice"] = c => [ShapeKernels.Slice(c.T(0), c.Longs("start_indices"), c.Longs("limit_indices"), c.LongsOr("strides", []))];
        h["real_dynamic_slice"] = c => [ShapeKernels.Slice(c.T(0), ElementCodec.ToLongs(c.T(1)), ElementCodec.ToLongs(c.T(2)), ElementCodec.ToLongs(c.T(3)))];
        h["dynamic_slice"] = c =>
        {
            var x = c.T(0);
            var starts = StartIndices(c, 1, x.Rank);
            return [ShapeKernels.DynamicSlice(x, starts, c.Longs("slice_sizes"))];
        };
        h["dynamic_update_slice"] = c =>
        {
            var x = c.T(0);
            return [ShapeKernels.DynamicUpdateSlice(x, c.T(1), StartIndices(c, 2, x.Rank))];
        };
        h["concatenate"] = c => [ShapeKernels.Concatenate(c.Tensors(), (int)c.Long("dimension"))];
        h["pad"] = c => [ShapeKernels.Pad(c.T(0), c.T(1), c.Longs("edge_padding_low"), c.Longs("edge_padding_high"), c.Longs("interior_padding"))];
        h["dynamic_pad"] = c => [ShapeKernels.Pad(c.T(0), c.T(1), ElementCodec.ToLongs(c.T(2)), ElementCodec.ToLongs(c.T(3)), ElementCodec.ToLongs(c.T(4)))];
        h["reverse"] = c => [ShapeKernels.Reverse(c.T(0), c.Longs("dimensions"))];
        h["gather"] = c => [GatherScatterKernels.Gather(c.T(0), c.T(1), GatherNumbers(c), c.Longs("slice_sizes"))];
        h["dynamic_gather"] = c => [GatherScatterKernels.Gather(c.T(0), c.T(1), GatherNumbers(c), ElementCodec.ToLongs(c.T(2)))];
        h["dot_general"] = c =>
        {
            var f = AttributeReader.StructFields(c.Op.GetAttr("dot_dimension_numbers") ?? throw new InterpreterException("dot_general without dot_dimension_numbers"));
            return
            [
                DotGeneralKernel.DotGeneral(
                    c.T(0), c.T(1), Field(f, "lhs_batching_dimensions"), Field(f, "rhs_batching_dimensions"),
                    Field(f, "lhs_contracting_dimensions"), Field(f, "rhs_contracting_dimensions"), c.ResultElement()),
            ];
        };
        h["dot"] = c =>
        {
            var lhs = c.T(0);
            return [DotGeneralKernel.DotGeneral(lhs, c.T(1), [], [], [lhs.Rank - 1], [0], c.ResultElement())];
        };
        h["convolution"] = c => [ConvolutionKernel.Convolution(c.T(0), c.T(1), ConvolutionNumbers(c, c.T(0).Rank - 2), c.ResultElement())];
        h["dynamic_conv"] = c =>
        {
            var p = ConvolutionNumbers(c, c.T(0).Rank - 2);
            var pad = ElementCodec.ToLongs(c.T(2));
            int k = p.InputSpatial.Length;
            p = p with
            {
                PaddingLow = Enumerable.Range(0, k).Select(i => pad[2 * i]).ToArray(),
                PaddingHigh = Enumerable.Range(0, k).Select(i => pad[(2 * i) + 1]).ToArray(),
            };
            return [ConvolutionKernel.Convolution(c.T(0), c.T(1), p, c.ResultElement())];
        };
        h["fft"] = c => [FftKernel.Fft(c.T(0), ParseFftType(c.Enum("fft_type")), c.Longs("fft_length"), c.ResultElement(), c.ResultShape())];
        h["triangular_solve"] = c => [LinalgKernels.TriangularSolve(c.T(0), c.T(1), c.Bool("left_side"), c.Bool("lower"), c.Bool("unit_diagonal"), ParseTranspose(c.Enum("transpose_a")))];
        h["cholesky"] = c => [LinalgKernels.Cholesky(c.T(0), c.Bool("lower"))];
        h["batch_norm_inference"] = c => [BatchNormKernels.Inference(c.T(0), c.T(1), c.T(2), c.T(3), c.T(4), Epsilon(c), (int)c.Long("feature_index"))];
        h["batch_norm_training"] = c => BatchNormKernels.Training(c.T(0), c.T(1), c.T(2), Epsilon(c), (int)c.Long("feature_index"));
        h["batch_norm_grad"] = c => BatchNormKernels.Grad(c.T(0), c.T(1), c.T(2), c.T(3), c.T(4), Epsilon(c), (int)c.Long("feature_index"));
    }

    private static double Epsilon(OpContext c) => AttributeReader.Double(c.Op, "epsilon");

    /// <summary>Start indices given as scalar operands from <paramref name="from"/> on (or one 1-d tensor).</summary>
    private static long[] StartIndices(OpContext c, int from, int rank)
    {
        var tensors = c.Tensors(from);
        if (tensors.Count == 1 && tensors[0].Rank == 1)
        {
            return ElementCodec.ToLongs(tensors[0]);
        }

        return tensors.Take(rank).Select(t => ElementCodec.ToLongs(t)[0]).ToArray();
    }

    private static long[] Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var text) ? AttributeReader.ParseLongList(text) : [];

    private static GatherDimensionNumbers GatherNumbers(OpContext c)
    {
        var f = AttributeReader.StructFields(c.Op.GetAttr("dimension_numbers") ?? throw new InterpreterException("gather without dimension_numbers"));
        return new GatherDimensionNumbers(
            Field(f, "offset_dims"), Field(f, "collapsed_slice_dims"), Field(f, "operand_batching_dims"),
            Field(f, "start_indices_batching_dims"), Field(f, "start_index_map"),
            f.TryGetValue("index_vector_dim", out var ivd) ? AttributeReader.ParseLongList(ivd)[0] : 0); // omitted when 0, its default
    }

    internal static ScatterDimensionNumbers ScatterNumbers(OpContext c)
    {
        var f = AttributeReader.StructFields(c.Op.GetAttr("scatter_dimension_numbers") ?? throw new InterpreterException("scatter without scatter_dimension_numbers"));
        return new ScatterDimensionNumbers(
            Field(f, "update_window_dims"), Field(f, "inserted_window_dims"), Field(f, "input_batching_dims"),
            Field(f, "scatter_indices_batching_dims"), Field(f, "scatter_dims_to_operand_dims"),
            f.TryGetValue("index_vector_dim", out var ivd) ? AttributeReader.ParseLongList(ivd)[0] : 0); // omitted when 0, its default
    }

    /// <summary>
    /// Convolution dimension numbers from <c>#stablehlo.conv&lt;[b, 0, 1, f]x[0, 1, i, o]-&gt;[b, 0, 1, f]&gt;</c> or the
    /// <c>raw key = value</c> form, plus the window attributes.
    /// </summary>
    private static ConvolutionParams ConvolutionNumbers(OpContext c, int spatial)
    {
        var attr = c.Op.GetAttr("dimension_numbers") ?? throw new InterpreterException("convolution without dimension_numbers");
        var text = attr.ToString();
        long inB, inF, kI, kO, outB, outF;
        long[] inS, kS, outS;
        var fields = AttributeReader.StructFields(attr);
        if (fields.ContainsKey("input_batch_dimension"))
        {
            inB = Field(fields, "input_batch_dimension")[0];
            inF = Field(fields, "input_feature_dimension")[0];
            inS = Field(fields, "input_spatial_dimensions");
            kI = Field(fields, "kernel_input_feature_dimension")[0];
            kO = Field(fields, "kernel_output_feature_dimension")[0];
            kS = Field(fields, "kernel_spatial_dimensions");
            outB = Field(fields, "output_batch_dimension")[0];
            outF = Field(fields, "output_feature_dimension")[0];
            outS = Field(fields, "output_spatial_dimensions");
        }
        else
        {
            var groups = System.Text.RegularExpressions.Regex.Matches(text, @"\[([^\]]*)\]").Select(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries)).ToArray();
            if (groups.Length != 3)
            {
                throw new InterpreterException($"cannot read convolution dimension numbers {text}");
            }

            (inB, inF, inS) = Layout(groups[0], "b", "f", spatial);
            (kI, kO, kS) = Layout(groups[1], "i", "o", spatial);
            (outB, outF, outS) = Layout(groups[2], "b", "f", spatial);
        }

        var (low, high) = AttributeReader.Padding(c.Op, "padding", spatial);
        return ConvolutionParams.Create(
            inB, inF, inS, kI, kO, kS, outB, outF, outS,
            AttributeReader.TryLongs(c.Op.GetAttr("window_strides")), low, high,
            AttributeReader.TryLongs(c.Op.GetAttr("lhs_dilation")), AttributeReader.TryLongs(c.Op.GetAttr("rhs_dilation")),
            AttributeReader.TryBools(c.Op.GetAttr("window_reversal")),
            c.Long("feature_group_count", 1), c.Long("batch_group_count", 1));
    }

    private static (long A, long B, long[] Spatial) Layout(string[] items, string a, string b, int spatial)
    {
        long ia = -1;
        long ib = -1;
        var s = new long[spatial];
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] == a)
            {
                ia = i;
            }
            else if (items[i] == b)
            {
                ib = i;
            }
            else if (int.TryParse(items[i], out int d) && d < spatial)
            {
                s[d] = i;
            }
        }

        return (ia, ib, s);
    }

    private static FftType ParseFftType(string? text) => text switch
    {
        "FFT" => FftType.Fft,
        "IFFT" => FftType.Ifft,
        "RFFT" => FftType.Rfft,
        "IRFFT" => FftType.Irfft,
        _ => throw new InterpreterException($"unknown fft_type '{text}'"),
    };

    private static TransposeKind ParseTranspose(string? text) => text switch
    {
        "TRANSPOSE" => TransposeKind.Transpose,
        "ADJOINT" => TransposeKind.Adjoint,
        _ => TransposeKind.NoTranspose,
    };
}
