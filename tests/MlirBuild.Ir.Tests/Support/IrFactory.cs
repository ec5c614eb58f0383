namespace MlirBuild.Ir.Tests.Support;

/// <summary>Builds small IR in code for tests that should not depend on the parser.</summary>
public sealed class IrFactory
{
    public IrFactory(MlirContext? context = null)
    {
        Context = context ?? new MlirContext(allowUnregisteredDialects: true);
        Module = BuiltinDialect.CreateModule(Context, new FileLineColLoc("test.mlir", 1, 1));
        Builder = new OpBuilder(Context);
        Builder.SetInsertionPointToEnd(Module.Regions[0].Blocks[0]);
    }

    public MlirContext Context { get; }

    public Operation Module { get; }

    public OpBuilder Builder { get; }

    private int line = 2;

    /// <summary>A distinct location per created op, so diagnostics can be told apart.</summary>
    public FileLineColLoc NextLoc() => new("test.mlir", line++, 1);

    /// <summary>Appends a func.func to the module; the builder moves into its entry block.</summary>
    public (Operation Func, Block Entry) Func(string name, MlirType[] inputs, MlirType[] results, string? visibility = null)
    {
        Builder.SetInsertionPointToEnd(Module.Regions[0].Blocks[0]);
        var f = FuncDialect.CreateFunc(Context, name, new FunctionType(inputs, results), NextLoc(), visibility);
        Builder.Insert(f);
        var entry = f.Regions[0].Blocks[0];
        Builder.SetInsertionPointToEnd(entry);
        return (f, entry);
    }

    public Operation Op(string name, Value[]? operands = null, MlirType[]? results = null, Block[]? successors = null, params (string Name, MlirAttribute Value)[] properties)
    {
        var state = new OperationState(name, NextLoc(), Context);
        state.Operands.AddRange(operands ?? []);
        state.ResultTypes.AddRange(results ?? []);
        state.Successors.AddRange(successors ?? []);
        if (properties.Length > 0)
        {
            state.Properties = properties.Select(p => new NamedAttribute(p.Name, p.Value)).ToList();
        }

        return Builder.Create(state);
    }

    public Value Constant(long value) =>
        Op("tst.constant", results: [IntegerType.I32], properties: ("value", IntegerAttr.I32(value))).GetResult(0);

    public Operation Return(params Value[] values) => Op(FuncDialect.ReturnOpName, values);

    public string Print(bool generic = true) => MlirPrinter.Print(Module, new PrintOptions { Generic = generic });

    public IReadOnlyList<string> OpNames() => AllOps(Module).Select(o => o.Name).ToList();

    public static IEnumerable<Operation> AllOps(Operation root)
    {
        var list = new List<Operation>();
        root.Walk(op =>
        {
            if (!ReferenceEquals(op, root))
            {
                list.Add(op);
            }
        });
        return list;
    }
}
