using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Tests.Evaluation;

/// <summary>Builds generic-form stablehlo modules in memory, the way the parser would produce them for unregistered ops.</summary>
internal sealed class ModuleBuilder
{
    private readonly MlirContext context = new(allowUnregisteredDialects: true);
    private readonly OpBuilder builder;
    private int line = 1;

    public ModuleBuilder()
    {
        builder = new OpBuilder(context);
        Module = BuiltinDialect.CreateModule(context);
    }

    public Operation Module { get; }

    public static RankedTensorType T(MlirType element, params long[] shape) => RankedTensorType.Get(shape, element);

    public Block Func(string name, MlirType[] inputs, MlirType[] results)
    {
        var func = FuncDialect.CreateFunc(context, name, new FunctionType(inputs, results));
        Module.Regions[0].EntryBlock!.Append(func);
        var block = func.Regions[0].EntryBlock!;
        builder.SetInsertionPointToEnd(block);
        return block;
    }

    public void At(Block block) => builder.SetInsertionPointToEnd(block);

    /// <summary>Creates an op with a file:line:col location (one line per op) so failures can be located.</summary>
    public Operation Op(string name, Value[] operands, MlirType[] results, params (string Name, MlirAttribute Value)[] attributes)
    {
        var state = new OperationState(name, new FileLineColLoc("test.mlir", line++, 3), context);
        state.AddOperands(operands);
        state.AddTypes(results);
        foreach (var (n, v) in attributes)
        {
            state.AddAttribute(n, v);
        }

        return builder.Create(state);
    }

    public Value Op1(string name, Value[] operands, MlirType result, params (string Name, MlirAttribute Value)[] attributes) =>
        Op(name, operands, [result], attributes).GetResult(0);

    public Value Constant(RankedTensorType type, Tensor value) =>
        Op1("stablehlo.constant", [], type, ("value", DenseElementsAttr.Create(type, value.Data)));

    public void Return(params Value[] values) => Op("func.return", values, []);

    /// <summary>Adds a region with one block of the given argument types to <paramref name="op"/>, and moves the insertion point into it.</summary>
    public Block Region(Operation op, params MlirType[] argumentTypes)
    {
        var region = op.Regions.Count > 0 && op.Regions[^1].IsEmpty ? op.Regions[^1] : op.AddRegion();
        return builder.CreateBlock(region, argumentTypes);
    }

    public static DenseArrayAttr I64s(params long[] values) => DenseArrayAttr.FromInt64(values);

    public static OpaqueAttr Opaque(string body) => new(body[..body.IndexOfAny(['<', '.'])], body);
}
