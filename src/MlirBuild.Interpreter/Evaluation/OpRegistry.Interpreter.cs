using System.Text;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>
/// The interpreter dialect: <c>run_parallel</c> (each process of the grid on its own thread), <c>probe</c> (keeps a
/// serialized copy of a value, per execution) with <c>check.expect_serialized_eq</c>, and <c>print</c>.
/// </summary>
internal static partial class OpRegistry
{
    private static void AddInterpreterOps(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["interpreter.run_parallel"] = RunParallel;
        h["interpreter.probe"] = c =>
        {
            var value = c.T(0);
            string id = ProbeId(c);
            lock (c.Evaluator.Probes)
            {
                if (!c.Evaluator.Probes.TryGetValue(id, out var list))
                {
                    list = [];
                    c.Evaluator.Probes[id] = list;
                }

                list.Add(Serialize(value));
            }

            return [value];
        };
        h["interpreter.print"] = c =>
        {
            var output = c.Evaluator.Output;
            if (output is not null)
            {
                lock (output)
                {
                    output.WriteLine(FormatDense(c.T(0)));
                }
            }

            return [];
        };
        h["check.expect_serialized_eq"] = c =>
        {
            string id = ProbeId(c);
            long iteration = c.Long("iteration", 0);
            byte[]? stored;
            lock (c.Evaluator.Probes)
            {
                stored = c.Evaluator.Probes.TryGetValue(id, out var list) && iteration >= 0 && iteration < list.Count ? list[(int)iteration] : null;
            }

            if (stored is null)
            {
                return Check(c, $"no value was probed as \"{id}\" (execution {iteration})");
            }

            var (type, bytes) = Deserialize(stored);
            var actual = c.T(0);
            string? failure = type != actual.TypeString
                ? $"probed {type}, got {actual.TypeString}"
                : bytes.AsSpan().SequenceEqual(actual.Bytes) ? null : CheckComparisons.Exact(actual, new Tensor(actual.ElementType, actual.Shape, bytes)) ?? "bytes differ";
            return Check(c, failure);
        };
    }

    private static string ProbeId(OpContext c) => c.Op.GetAttr("probe_id") switch
    {
        StringAttr s => s.Value,
        { } other => other.ToString().Trim('"'),
        null => throw new InterpreterException($"{c.Name} without probe_id"),
    };

    /// <summary>The type line, then the raw little-endian buffer: enough to restore any element type exactly.</summary>
    private static byte[] Serialize(Tensor t)
    {
        var head = Encoding.UTF8.GetBytes(t.TypeString + "\n");
        var data = new byte[head.Length + t.Bytes.Length];
        head.CopyTo(data, 0);
        t.Bytes.CopyTo(data.AsSpan(head.Length));
        return data;
    }

    private static (string Type, byte[] Bytes) Deserialize(byte[] data)
    {
        int newline = Array.IndexOf(data, (byte)'\n');
        return (Encoding.UTF8.GetString(data, 0, newline), data[(newline + 1)..]);
    }

    /// <summary><c>dense&lt;[[1, 2], [3, 4]]&gt; : tensor&lt;2x2xi8&gt;</c>, as <c>--interpreter-print-dense</c> prints.</summary>
    internal static string FormatDense(Tensor t)
    {
        var text = new StringBuilder("dense<");
        int index = 0;
        void Nested(int dim)
        {
            if (dim == t.Rank)
            {
                text.Append(CheckComparisons.Format(t, index++));
                return;
            }

            text.Append('[');
            for (int i = 0; i < t.Shape[dim]; i++)
            {
                if (i > 0)
                {
                    text.Append(", ");
                }

                Nested(dim + 1);
            }

            text.Append(']');
        }

        Nested(0);
        return text.Append("> : ").Append(t.TypeString).ToString();
    }

    /// <summary>
    /// Runs <c>programs</c> (replicas x partitions symbols) as a process grid: operands are given process by process
    /// in row-major order, as many as each program takes; results come back in the same order. Optional
    /// <c>infeed</c> functions fill the infeed queue.
    /// </summary>
    private static object[] RunParallel(OpContext c)
    {
        var rows = (c.Op.GetAttr("programs") as ArrayAttr ?? throw new InterpreterException("run_parallel without programs"))
            .Elements.Select(r => (r as ArrayAttr ?? throw new InterpreterException("run_parallel: programs must be a list of lists"))
                .Elements.Select(s => s as SymbolRefAttr ?? throw new InterpreterException("run_parallel: programs must hold symbols")).ToArray())
            .ToArray();
        int replicas = rows.Length;
        int partitions = replicas == 0 ? 0 : rows[0].Length;
        if (replicas == 0 || partitions == 0 || rows.Any(r => r.Length != partitions))
        {
            throw new InterpreterException("run_parallel: programs must be a non-empty rectangular grid");
        }

        var parent = c.Evaluator;
        var grid = new ProcessGrid(replicas, partitions);
        if (c.Op.GetAttr("infeed") is ArrayAttr infeed)
        {
            foreach (var f in infeed.Elements.OfType<SymbolRefAttr>())
            {
                grid.Infeed.Enqueue(parent.Call(f.Leaf, []));
            }
        }

        var processes = grid.Processes.ToArray();
        var inputs = new List<object>[processes.Length];
        int next = 0;
        for (int i = 0; i < processes.Length; i++)
        {
            var name = rows[processes[i].Replica][processes[i].Partition].Leaf;
            int arity = parent.Functions.TryGetValue(name, out var fn) && fn.Regions.Count > 0 && fn.Regions[0].EntryBlock is { } b ? b.Arguments.Count : 0;
            if (next + arity > c.Operands.Length)
            {
                throw new InterpreterException($"run_parallel: too few operands for @{name} of process {processes[i]}");
            }

            inputs[i] = c.Operands.Skip(next).Take(arity).ToList();
            next += arity;
        }

        var results = new object[processes.Length][];
        var evaluators = new Evaluator[processes.Length];
        var errors = new string?[processes.Length];
        var threads = new Thread[processes.Length];
        for (int i = 0; i < processes.Length; i++)
        {
            int p = i;
            evaluators[p] = new Evaluator(parent.Module) { Grid = grid, Process = processes[p], Output = parent.Output, Probes = parent.Probes };
            threads[p] = new Thread(() =>
            {
                var name = rows[processes[p].Replica][processes[p].Partition].Leaf;
                try
                {
                    results[p] = evaluators[p].Call(name, inputs[p]);
                }
                catch (Exception e) when (e is InterpreterException or ArgumentException or IndexOutOfRangeException or InvalidCastException or InvalidOperationException)
                {
                    string where = evaluators[p].FailingOp is { } op ? $" at {Evaluator.LocationText(op.Location)} ({op.Name})" : string.Empty;
                    errors[p] = $"process {processes[p]}{where}: {e.Message}";
                    grid.Abort(errors[p]!);
                }
            }) { IsBackground = true, Name = $"stablehlo process {processes[p]}" };
            threads[p].Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }

        foreach (var e in evaluators)
        {
            parent.Failures.AddRange(e.Failures);
            parent.ChecksRun += e.ChecksRun;
        }

        // report the process that failed first, not the ones it stopped
        var error = errors.FirstOrDefault(e => e is not null && !e.Contains(": stopped: ", StringComparison.Ordinal)) ?? errors.FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            throw new InterpreterException(error);
        }

        return results.SelectMany(r => r).ToArray();
    }
}
