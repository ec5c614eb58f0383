using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Kernels;

/// <summary>
/// The region of reduce, reduce_window, scatter, sort, map and select_and_scatter seen by a kernel: a function from
/// 0-d tensors to 0-d tensors. When the evaluator recognises the body as one binary op (or as "return an argument")
/// it says so, and kernels use a typed loop instead of calling the region per element.
/// </summary>
public sealed class ScalarBody
{
    public ScalarBody(Func<Tensor[], Tensor[]> call, BinaryOp? binaryOp = null, int? returnsArgument = null)
    {
        Call = call;
        BinaryOp = binaryOp;
        ReturnsArgument = returnsArgument;
    }

    public Func<Tensor[], Tensor[]> Call { get; }

    /// <summary>Set when the body computes exactly <c>op(arg0, arg1)</c> (both ops here are commutative or ordered so).</summary>
    public BinaryOp? BinaryOp { get; }

    /// <summary>Set when the body returns one of its arguments unchanged (scatter's "set").</summary>
    public int? ReturnsArgument { get; }

    /// <summary>A body made of one binary kernel, for tests and for callers that build ops without IR.</summary>
    public static ScalarBody Binary(BinaryOp op) => new(args => [BinaryKernels.Apply(op, args[0], args[1])], op);

    /// <summary>A zero-copy 0-d view of element <paramref name="index"/>.</summary>
    public static Tensor ElementAt(Tensor t, int index)
    {
        int size = t.ElementType.ByteSize;
        return new Tensor(t.ElementType, [], t.Data.Slice(index * size, size));
    }

    /// <summary>Whether the typed fast path applies to this element type.</summary>
    internal bool HasFastPath(ElementType type) =>
        BinaryOp is Kernels.BinaryOp.Add or Kernels.BinaryOp.Multiply or Kernels.BinaryOp.Maximum or Kernels.BinaryOp.Minimum
            or Kernels.BinaryOp.And or Kernels.BinaryOp.Or or Kernels.BinaryOp.Xor
        && (type.IsFloat || type.IsIntegerOrBool)
        && !(type.IsFloat && BinaryOp is Kernels.BinaryOp.And or Kernels.BinaryOp.Or or Kernels.BinaryOp.Xor);

    internal static double CombineDouble(BinaryOp op, double a, double b) => op switch
    {
        Kernels.BinaryOp.Add => a + b,
        Kernels.BinaryOp.Multiply => a * b,
        Kernels.BinaryOp.Maximum => Math.Max(a, b),
        _ => Math.Min(a, b),
    };

    internal static long CombineLong(BinaryOp op, long a, long b, bool unsigned, bool isBool) => op switch
    {
        Kernels.BinaryOp.Add => isBool ? a | b : a + b,
        Kernels.BinaryOp.Multiply => isBool ? a & b : a * b,
        Kernels.BinaryOp.Maximum => unsigned ? ((ulong)a >= (ulong)b ? a : b) : Math.Max(a, b),
        Kernels.BinaryOp.Minimum => unsigned ? ((ulong)a <= (ulong)b ? a : b) : Math.Min(a, b),
        Kernels.BinaryOp.And => a & b,
        Kernels.BinaryOp.Or => a | b,
        _ => a ^ b,
    };
}
