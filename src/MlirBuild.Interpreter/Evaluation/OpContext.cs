using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>What an op handler sees: the op, its evaluated operands, and helpers for attributes, result types and regions.</summary>
internal sealed class OpContext(Evaluator evaluator, Operation op, object[] operands, Scope scope)
{
    public Evaluator Evaluator { get; } = evaluator;

    public Operation Op { get; } = op;

    public object[] Operands { get; } = operands;

    public Scope Scope { get; } = scope;

    public string Name => Op.Name;

    public Tensor T(int i) => Operands[i] as Tensor ?? throw new InterpreterException($"{Op.Name}: operand {i} is not a tensor");

    public IReadOnlyList<Tensor> Tensors(int from = 0, int? count = null) =>
        Operands.Skip(from).Take(count ?? Operands.Length - from).Select((o, i) => o as Tensor ?? throw new InterpreterException($"{Op.Name}: operand {from + i} is not a tensor")).ToList();

    /// <summary>Element type of result i (the expressed type for a quantized result: handlers compute in floats).</summary>
    public ElementType ResultElement(int i = 0)
    {
        var type = IrTypes.ElementOf(Op.GetResult(i).Type);
        return QuantizedTypes.From(type) is { } q ? q.Expressed : IrTypes.ElementTypeOf(type);
    }

    public int[] ResultShape(int i = 0) => IrTypes.TensorOf(Op.GetResult(i).Type).Shape;

    public long[] Longs(string name) => AttributeReader.Longs(Op, name);

    public long[] LongsOr(string name, long[] fallback) => AttributeReader.LongsOr(Op, name, fallback);

    public long Long(string name, long? fallback = null) => AttributeReader.Long(Op, name, fallback);

    public bool Bool(string name, bool fallback = false) => AttributeReader.Bool(Op, name, fallback);

    public string? Enum(string name) => AttributeReader.Enum(Op, name);

    public ScalarBody Body(int region = 0) => Evaluator.BodyOf(Op.Regions[region], Scope);

    public object[] RunRegion(int region, IReadOnlyList<object> args) => Evaluator.RunRegion(Op.Regions[region], args, Scope);

    public static long[] ScalarLongs(IEnumerable<Tensor> scalars) => scalars.Select(t => ElementCodec.ToLongs(t)[0]).ToArray();
}
