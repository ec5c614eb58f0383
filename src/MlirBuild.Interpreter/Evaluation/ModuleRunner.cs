using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>What one run produced: results of the entry function, failed checks, and a located error if it stopped.</summary>
public sealed record RunOutcome(IReadOnlyList<object> Outputs, IReadOnlyList<CheckFailure> Failures, int ChecksRun, string? Error)
{
    public bool Passed => Error is null && Failures.Count == 0;

    public IReadOnlyList<Tensor> OutputTensors => Outputs.OfType<Tensor>().ToList();
}

/// <summary>The interpreter's public entry points: run one function on inputs, or run a module's checks.</summary>
public static class ModuleRunner
{
    /// <param name="output">Where <c>interpreter.print</c> writes (nowhere when null).</param>
    public static RunOutcome RunFunction(Operation module, string entry, IReadOnlyList<Tensor> inputs, TextWriter? output = null)
    {
        var evaluator = new Evaluator(module) { Output = output };
        return Guard(evaluator, () => evaluator.Call(entry, inputs.Cast<object>().ToList()));
    }

    /// <summary>
    /// Runs the module's tests: <c>@main</c> when there is one, otherwise every argument-free function that no other
    /// function calls (the shape of the StableHLO interpreter tests).
    /// </summary>
    public static RunOutcome RunChecks(Operation module, string? entry = null, TextWriter? output = null)
    {
        var evaluator = new Evaluator(module) { Output = output };
        var entries = entry is not null ? [entry] : TestEntries(evaluator);
        if (entries.Count == 0 && evaluator.Functions.Count == 0)
        {
            return new RunOutcome([], [], 0, null); // an empty module: nothing to run, nothing failed
        }

        if (entries.Count == 0)
        {
            return new RunOutcome([], [], 0, "no function to run");
        }

        var outputs = new List<object>();
        foreach (var name in entries)
        {
            // e.g. the corpus's shape-polymorphic exports (testdata/dynamic): @main takes the dimension sizes and
            // the tensors, and holds no checks; upstream only round-trips them.
            if (evaluator.Functions.TryGetValue(name, out var function) && FunctionArity(function) is int arity and > 0)
            {
                return new RunOutcome(outputs, evaluator.Failures, evaluator.ChecksRun,
                    $"{Evaluator.LocationText(function.Location)}: error: @{name} takes {arity} arguments and no inputs were given (--input or --io)");
            }

            var outcome = Guard(evaluator, () => evaluator.Call(name, []));
            outputs.AddRange(outcome.Outputs);
            if (outcome.Error is not null)
            {
                return outcome with { Outputs = outputs };
            }
        }

        return new RunOutcome(outputs, evaluator.Failures, evaluator.ChecksRun, null);
    }

    private static List<string> TestEntries(Evaluator evaluator)
    {
        if (evaluator.Functions.ContainsKey("main"))
        {
            return ["main"];
        }

        var called = new HashSet<string>(StringComparer.Ordinal);
        evaluator.Module.Walk(op =>
        {
            if (op.GetAttr("callee") is SymbolRefAttr callee)
            {
                called.Add(callee.Leaf);
            }

            if (op.GetAttr("decomposition") is SymbolRefAttr decomposition)
            {
                called.Add(decomposition.Leaf);
            }
        });
        return evaluator.Functions
            .Where(f => !called.Contains(f.Key) && FunctionArity(f.Value) == 0)
            .Select(f => f.Key)
            .ToList();
    }

    private static int FunctionArity(Operation func) =>
        func.Regions.Count > 0 && func.Regions[0].EntryBlock is { } block ? block.Arguments.Count : 0;

    private static RunOutcome Guard(Evaluator evaluator, Func<object[]> run)
    {
        try
        {
            var outputs = run();
            return new RunOutcome(outputs, evaluator.Failures, evaluator.ChecksRun, null);
        }
        catch (InterpreterException e)
        {
            string where = evaluator.FailingOp is { } op ? Evaluator.LocationText(op.Location) + ": " : string.Empty;
            string what = evaluator.FailingOp is { } failing ? $"{failing.Name}: " : string.Empty;
            return new RunOutcome([], evaluator.Failures, evaluator.ChecksRun, $"{where}error: {what}{e.Message}");
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidCastException or OverflowException or KeyNotFoundException or NullReferenceException or DivideByZeroException or InvalidOperationException)
        {
            // A malformed op (wrong operand count or attribute shape) reaches a kernel as a bad argument; report it
            // against the op instead of crashing the whole run.
            string where = evaluator.FailingOp is { } op ? Evaluator.LocationText(op.Location) + ": " : string.Empty;
            return new RunOutcome([], evaluator.Failures, evaluator.ChecksRun, $"{where}error: internal failure ({e.GetType().Name}: {e.Message})");
        }
    }
}
