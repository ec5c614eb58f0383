using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

internal static partial class OpRegistry
{
    private static void AddReductions(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["reduce"] = c =>
        {
            int n = c.Operands.Length / 2;
            return ReduceKernels.Reduce(c.Tensors(0, n), c.Tensors(n, n), c.Longs("dimensions"), c.Body());
        };
        h["reduce_window"] = c =>
        {
            int n = c.Operands.Length / 2;
            var inputs = c.Tensors(0, n);
            int rank = inputs[0].Rank;
            long[] ones = Enumerable.Repeat(1L, rank).ToArray();
            var (low, high) = AttributeReader.Padding(c.Op, "padding", rank);
            return ReduceKernels.ReduceWindow(
                inputs, c.Tensors(n, n), c.Longs("window_dimensions"), c.LongsOr("window_strides", ones),
                c.LongsOr("base_dilations", ones), c.LongsOr("window_dilations", ones), low, high, c.Body());
        };
        h["select_and_scatter"] = c =>
        {
            var operand = c.T(0);
            long[] ones = Enumerable.Repeat(1L, operand.Rank).ToArray();
            var (low, high) = AttributeReader.Padding(c.Op, "padding", operand.Rank);
            return
            [
                ReduceKernels.SelectAndScatter(operand, c.T(1), c.T(2), c.LongsOr("window_dimensions", ones), c.LongsOr("window_strides", ones), low, high, c.Body(0), c.Body(1)),
            ];
        };
        h["scatter"] = c =>
        {
            int n = (c.Operands.Length - 1) / 2;
            var indices = c.T(n);
            return GatherScatterKernels.Scatter(c.Tensors(0, n), indices, c.Tensors(n + 1, n), ScatterNumbers(c), c.Body());
        };
        h["sort"] = c =>
        {
            var inputs = c.Tensors();
            long dim = c.Long("dimension", -1);
            if (dim < 0)
            {
                dim += inputs[0].Rank;
            }

            var region = c.Op.Regions[0];
            var fast = SortFastPath(region);
            Func<Tensor[], bool> less = fast ?? (args => c.RunRegion(0, args)[0] is Tensor t && t.Bytes[0] != 0);
            return SortKernel.Sort(inputs, (int)dim, less);
        };
        h["map"] = c =>
        {
            var inputs = c.Tensors();
            var body = c.Body();
            var type = c.ResultElement();
            var result = Tensor.Create(type, inputs[0].Shape, out var buffer);
            var args = new Tensor[inputs.Count];
            for (int i = 0; i < result.ElementCount; i++)
            {
                for (int j = 0; j < inputs.Count; j++)
                {
                    args[j] = ScalarBody.ElementAt(inputs[j], i);
                }

                body.Call(args)[0].Bytes.CopyTo(buffer.AsSpan(i * type.ByteSize));
            }

            return [result];
        };
    }

    /// <summary>A comparator that is one compare of the first pair of arguments runs without entering the region.</summary>
    private static Func<Tensor[], bool>? SortFastPath(Region region)
    {
        var block = region.EntryBlock;
        if (block is null)
        {
            return null;
        }

        var ops = block.Operations.ToList();
        if (ops.Count != 2 || Evaluator.StripDialect(ops[0].Name) != "compare" || ops[1].NumOperands != 1 || ops[1].GetOperand(0) != ops[0].GetResult(0))
        {
            return null;
        }

        if (ops[0].GetOperand(0) is not BlockArgument a || ops[0].GetOperand(1) is not BlockArgument b || a.Owner != block || b.Owner != block)
        {
            return null;
        }

        var direction = ParseDirection(AttributeReader.Enum(ops[0], "comparison_direction"));
        var compareType = ParseCompareType(AttributeReader.Enum(ops[0], "compare_type") ?? AttributeReader.Enum(ops[0], "comparison_type"));
        int ia = a.Index;
        int ib = b.Index;
        return args => CompareKernels.Compare(args[ia], args[ib], direction, compareType).Bytes[0] != 0;
    }

    private static void AddControl(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["func.call"] = Call;
        h["call"] = Call;
        h["while"] = c =>
        {
            var state = c.Operands;
            for (long iteration = 0; ; iteration++)
            {
                var condition = c.RunRegion(0, state);
                if (condition[0] is not Tensor t || t.Bytes[0] == 0)
                {
                    return state;
                }

                state = c.RunRegion(1, state);
            }
        };
        h["if"] = c => c.RunRegion(c.T(0).Bytes[0] != 0 ? 0 : 1, []);
        h["case"] = c =>
        {
            long index = ElementCodec.ToLongs(c.T(0))[0];
            int count = c.Op.Regions.Count;
            int branch = index < 0 || index >= count ? count - 1 : (int)index;
            return c.RunRegion(branch, []);
        };
        h["rng_bit_generator"] = c =>
        {
            string algorithm = c.Enum("rng_algorithm") ?? "DEFAULT";
            return RngBitGenerator.Generate(algorithm, c.T(0), c.ResultElement(1), c.ResultShape(1));
        };
        h["composite"] = c =>
        {
            var callee = c.Op.GetAttr("decomposition") as SymbolRefAttr ?? throw new InterpreterException("composite without a decomposition");
            return c.Evaluator.Call(callee.Leaf, c.Operands);
        };
    }

    private static object[] Call(OpContext c)
    {
        var callee = c.Op.GetAttr("callee") as SymbolRefAttr ?? throw new InterpreterException($"{c.Name} without a callee");
        return c.Evaluator.Call(callee.Leaf, c.Operands);
    }
}
