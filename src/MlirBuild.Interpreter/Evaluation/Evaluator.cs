using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>
/// Walks func.func bodies and executes stablehlo, func and check ops by name. Values live in scopes (regions see
/// the values of enclosing regions). Check failures are collected, not thrown; program errors surface as
/// <see cref="InterpreterException"/> wrapped with the failing op's location by <see cref="ModuleRunner"/>.
/// </summary>
public sealed class Evaluator
{
    private readonly Dictionary<string, Operation> functions = new(StringComparer.Ordinal);

    public Evaluator(Operation module)
    {
        Module = module;
        module.Walk(op =>
        {
            if (op.Name == "func.func" && op.GetAttr("sym_name") is StringAttr name)
            {
                functions[name.Value] = op;
            }
        });
    }

    public Operation Module { get; }

    public List<CheckFailure> Failures { get; } = [];

    /// <summary>Number of check ops executed (passed or failed).</summary>
    public int ChecksRun { get; set; }

    public IReadOnlyDictionary<string, Operation> Functions => functions;

    /// <summary>The process grid this evaluator runs in (the 1x1 grid outside <c>interpreter.run_parallel</c>).</summary>
    public ProcessGrid Grid { get; init; } = ProcessGrid.Single;

    /// <summary>This evaluator's process in <see cref="Grid"/>.</summary>
    public ProcessId Process { get; init; }

    /// <summary>Where <c>interpreter.print</c> writes (nothing when null).</summary>
    public TextWriter? Output { get; set; }

    /// <summary>Serialized values of <c>interpreter.probe</c>, by probe id, one per execution (iteration).</summary>
    internal Dictionary<string, List<byte[]>> Probes { get; init; } = new(StringComparer.Ordinal);

    /// <summary>How many collectives of each kind/channel/group this process has run (names the next meeting).</summary>
    internal Dictionary<string, int> CollectiveCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The op being executed when an <see cref="InterpreterException"/> escaped, for its location.</summary>
    public Operation? FailingOp { get; private set; }

    public object[] Call(string name, IReadOnlyList<object> args)
    {
        if (!functions.TryGetValue(name, out var func))
        {
            throw new InterpreterException($"function @{name} not found");
        }

        if (func.Regions.Count == 0 || func.Regions[0].IsEmpty)
        {
            throw new InterpreterException($"function @{name} has no body");
        }

        return RunRegion(func.Regions[0], args, null);
    }

    /// <summary>Runs the entry block of a region with the given arguments; returns the terminator's operands.</summary>
    internal object[] RunRegion(Region region, IReadOnlyList<object> args, Scope? parent)
    {
        var block = region.EntryBlock ?? throw new InterpreterException("empty region");
        if (block.Arguments.Count != args.Count)
        {
            throw new InterpreterException($"region takes {block.Arguments.Count} arguments, got {args.Count}");
        }

        var scope = new Scope(parent);
        for (int i = 0; i < args.Count; i++)
        {
            scope.Set(block.Arguments[i], args[i]);
        }

        foreach (var op in block.Operations)
        {
            if (IsReturn(op.Name))
            {
                return op.Operands.Select(scope.Get).ToArray();
            }

            Execute(op, scope);
        }

        throw new InterpreterException("block ends without a return");
    }

    private static bool IsReturn(string name) => name is "func.return" or "stablehlo.return" or "return" or "mhlo.return";

    private void Execute(Operation op, Scope scope)
    {
        var operands = op.Operands.Select(scope.Get).ToArray();
        object[] results;
        try
        {
            var context = new OpContext(this, op, operands, scope);
            results = OpRegistry.Execute(context);
        }
        catch (Exception) when (RememberFailing(op))
        {
            throw; // never reached: the filter only records the innermost failing op
        }

        if (results.Length != op.NumResults)
        {
            FailingOp ??= op;
            throw new InterpreterException($"{op.Name} produced {results.Length} results, the op has {op.NumResults}");
        }

        for (int i = 0; i < results.Length; i++)
        {
            scope.Set(op.GetResult(i), results[i]);
        }
    }

    private bool RememberFailing(Operation op)
    {
        FailingOp ??= op;
        return false;
    }

    internal void Fail(Operation op, string message) => Failures.Add(new CheckFailure(LocationText(op.Location), message));

    public static string LocationText(LocationAttr location) => Diagnostic.FormatLocation(location);

    /// <summary>A region seen as a scalar function for kernels, with the one-op bodies recognised for typed loops.</summary>
    internal ScalarBody BodyOf(Region region, Scope scope)
    {
        Tensor[] Call(Tensor[] args) => RunRegion(region, args, scope).Cast<Tensor>().ToArray();
        var block = region.EntryBlock;
        if (block is null)
        {
            return new ScalarBody(Call);
        }

        var ops = block.Operations.ToList();
        if (ops.Count == 1 && IsReturn(ops[0].Name) && ops[0].NumOperands == 1 && ops[0].GetOperand(0) is BlockArgument arg && arg.Owner == block)
        {
            return new ScalarBody(Call, returnsArgument: arg.Index);
        }

        if (ops.Count == 2 && IsReturn(ops[1].Name) && block.Arguments.Count == 2 && ops[0].NumOperands == 2
            && ops[1].NumOperands == 1 && ops[1].GetOperand(0) == ops[0].GetResult(0)
            && ops[0].Regions.Count == 0
            && OpRegistry.BinaryOps.TryGetValue(StripDialect(ops[0].Name), out var binary)
            && binary is BinaryOp.Add or BinaryOp.Multiply or BinaryOp.Maximum or BinaryOp.Minimum or BinaryOp.And or BinaryOp.Or or BinaryOp.Xor
            && ops[0].GetOperand(0) is BlockArgument a0 && ops[0].GetOperand(1) is BlockArgument a1
            && a0.Owner == block && a1.Owner == block && a0.Index != a1.Index)
        {
            return new ScalarBody(Call, binary);
        }

        return new ScalarBody(Call);
    }

    internal static string StripDialect(string name)
    {
        int dot = name.IndexOf('.');
        return dot < 0 ? name : name[(dot + 1)..];
    }
}

/// <summary>Values visible in a region: its own and those of enclosing regions.</summary>
internal sealed class Scope(Scope? parent)
{
    private readonly Dictionary<Value, object> values = [];

    private Scope? Parent { get; } = parent;

    public void Set(Value key, object value) => values[key] = value;

    public object Get(Value key)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.values.TryGetValue(key, out var v))
            {
                return v;
            }
        }

        throw new InterpreterException($"value used before it was computed ({key})");
    }
}
