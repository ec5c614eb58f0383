using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>
/// Collectives, send/recv, infeed/outfeed and the process ids, on the evaluator's <see cref="ProcessGrid"/> (1x1
/// outside <c>interpreter.run_parallel</c>). Process groups follow the spec's strategies; processes of a group meet
/// in the grid's rendezvous.
/// </summary>
internal static partial class OpRegistry
{
    private static void AddCollectives(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["replica_id"] = c => [ElementCodec.FromLongs(ElementType.U32, [], [c.Evaluator.Process.Replica])];
        h["partition_id"] = c => [ElementCodec.FromLongs(ElementType.U32, [], [c.Evaluator.Process.Partition])];
        h["all_reduce"] = c =>
        {
            var operands = c.Tensors();
            if (MyGroup(c, ReplicaStrategy(c)) is not { } group)
            {
                return [.. operands];
            }

            return [.. ReduceAcross(Meet(c, "all_reduce", group, operands), c.Body())];
        };
        h["all_gather"] = c =>
        {
            var operands = c.Tensors();
            if (MyGroup(c, ReplicaStrategy(c)) is not { } group)
            {
                return [.. operands];
            }

            var all = Meet(c, "all_gather", group, operands);
            int dim = (int)c.Long("all_gather_dim");
            return Enumerable.Range(0, operands.Count).Select(j => (object)ShapeKernels.Concatenate(all.Select(p => (Tensor)p[j]).ToList(), dim)).ToArray();
        };
        h["reduce_scatter"] = c =>
        {
            var operand = c.T(0);
            if (MyGroup(c, ReplicaStrategy(c)) is not { } group)
            {
                return [operand];
            }

            var reduced = ReduceAcross(Meet(c, "reduce_scatter", group, [operand]), c.Body())[0];
            return [Split(reduced, (int)c.Long("scatter_dimension"), group.Count, group.IndexOf(c.Evaluator.Process))];
        };
        h["all_to_all"] = c =>
        {
            var operands = c.Tensors();
            if (MyGroup(c, ChannelStrategy(c, "replica_groups")) is not { } group)
            {
                return [.. operands];
            }

            var all = Meet(c, "all_to_all", group, operands);
            int split = (int)c.Long("split_dimension");
            int concat = (int)c.Long("concat_dimension");
            int count = (int)c.Long("split_count");
            int me = group.IndexOf(c.Evaluator.Process);
            return Enumerable.Range(0, operands.Count)
                .Select(j => (object)ShapeKernels.Concatenate(all.Select(p => Split((Tensor)p[j], split, count, me)).ToList(), concat))
                .ToArray();
        };
        h["collective_permute"] = CollectivePermute;
        h["collective_broadcast"] = c => RootedCollective(c, "collective_broadcast", reduce: false);
        h["collective_reduce"] = c => RootedCollective(c, "collective_reduce", reduce: true);
        h["send"] = c =>
        {
            var values = c.Operands.Take(c.Operands.Length - 1).ToArray();
            c.Evaluator.Grid.Send("channel/" + ChannelId(c), values);
            return [TokenValue.Instance];
        };
        h["recv"] = c =>
        {
            var values = c.Evaluator.Grid.Receive("channel/" + ChannelId(c));
            if (values.Length != c.Op.NumResults - 1)
            {
                throw new InterpreterException($"recv expects {c.Op.NumResults - 1} values, the matching send sent {values.Length}");
            }

            return [.. values, TokenValue.Instance];
        };
        h["infeed"] = c =>
        {
            var values = c.Evaluator.Grid.TakeInfeed();
            if (values.Length != c.Op.NumResults - 1)
            {
                throw new InterpreterException($"infeed expects {c.Op.NumResults - 1} values, the infeed queue holds {values.Length}");
            }

            return [.. values, TokenValue.Instance];
        };
        h["outfeed"] = c =>
        {
            c.Evaluator.Grid.AddOutfeed(c.Operands.Take(c.Operands.Length - 1).ToArray());
            return [TokenValue.Instance];
        };
    }

    /// <summary>all_reduce, all_gather, reduce_scatter: cross_replica, cross_replica_and_partition or flattened_ids.</summary>
    private static List<List<ProcessId>> ReplicaStrategy(OpContext c)
    {
        var grid = c.Evaluator.Grid;
        var groups = Groups(c, "replica_groups");
        if (ChannelId(c) <= 0)
        {
            return grid.CrossReplica(groups);
        }

        return c.Bool("use_global_device_ids") ? grid.FlattenedIds(groups) : grid.CrossReplicaAndPartition(groups);
    }

    /// <summary>all_to_all, collective_broadcast, collective_reduce: cross_replica, or cross_partition with a channel.</summary>
    private static List<List<ProcessId>> ChannelStrategy(OpContext c, string attribute)
    {
        var groups = Groups(c, attribute);
        return ChannelId(c) <= 0 ? c.Evaluator.Grid.CrossReplica(groups) : c.Evaluator.Grid.CrossPartition(groups);
    }

    private static long[][] Groups(OpContext c, string attribute)
    {
        var attr = c.Op.GetAttr(attribute) as DenseElementsAttr ?? throw new InterpreterException($"{c.Name} without {attribute}");
        var t = IrTypes.FromDense(attr);
        var ids = ElementCodec.ToLongs(t);
        int width = t.Rank == 2 ? t.Shape[1] : ids.Length;
        int rows = width == 0 ? 0 : ids.Length / width;

        // XLA pads uneven groups with -1
        return Enumerable.Range(0, rows).Select(r => ids.Skip(r * width).Take(width).Where(id => id >= 0).ToArray()).ToArray();
    }

    private static long ChannelId(OpContext c)
    {
        var attr = c.Op.GetAttr("channel_handle") ?? c.Op.GetAttr("channel_id");
        return attr switch
        {
            null => 0,
            IntegerAttr i => (long)i.Value,
            _ => AttributeReader.StructFields(attr).TryGetValue("handle", out var handle) ? AttributeReader.ParseLongList(handle).FirstOrDefault() : 0,
        };
    }

    private static List<ProcessId>? MyGroup(OpContext c, List<List<ProcessId>> groups) =>
        groups.FirstOrDefault(g => g.Contains(c.Evaluator.Process));

    /// <summary>Meets the group; the n-th collective of a kind, channel and group has the same name in every process.</summary>
    private static object[][] Meet(OpContext c, string kind, List<ProcessId> group, IReadOnlyList<object> values)
    {
        string key = $"{kind}/{ChannelId(c)}/{string.Join(",", group)}";
        var counts = c.Evaluator.CollectiveCounts;
        int n = counts.GetValueOrDefault(key);
        counts[key] = n + 1;
        return c.Evaluator.Grid.Meet($"{key}#{n}", group, c.Evaluator.Process, [.. values]);
    }

    /// <summary>
    /// Folds the processes' values of each operand element by element with the two-argument region, in group order
    /// (a variadic collective applies the region to every operand on its own).
    /// </summary>
    private static Tensor[] ReduceAcross(object[][] all, ScalarBody body)
    {
        int n = all[0].Length;
        var results = new Tensor[n];
        var args = new Tensor[2];
        for (int j = 0; j < n; j++)
        {
            var first = (Tensor)all[0][j];
            results[j] = Tensor.Create(first.ElementType, first.Shape, out var buffer);
            int size = first.ElementType.ByteSize;
            for (int i = 0; i < first.ElementCount; i++)
            {
                var acc = ScalarBody.ElementAt(first, i);
                for (int p = 1; p < all.Length; p++)
                {
                    args[0] = acc;
                    args[1] = ScalarBody.ElementAt((Tensor)all[p][j], i);
                    acc = body.Call(args)[0];
                }

                acc.Bytes.CopyTo(buffer.AsSpan(i * size, size));
            }
        }

        return results;
    }

    /// <summary>Part <paramref name="index"/> of <paramref name="count"/> equal parts along <paramref name="dimension"/>.</summary>
    private static Tensor Split(Tensor t, int dimension, int count, int index)
    {
        if (t.Shape[dimension] % count != 0)
        {
            throw new InterpreterException($"cannot split {t} into {count} parts along dimension {dimension}");
        }

        int part = t.Shape[dimension] / count;
        var start = new long[t.Rank];
        var limit = t.Shape.Select(d => (long)d).ToArray();
        start[dimension] = (long)part * index;
        limit[dimension] = (long)part * (index + 1);
        return ShapeKernels.Slice(t, start, limit, Enumerable.Repeat(1L, t.Rank).ToArray());
    }

    private static object[] CollectivePermute(OpContext c)
    {
        var operand = c.T(0);
        var attr = c.Op.GetAttr("source_target_pairs") as DenseElementsAttr ?? throw new InterpreterException("collective_permute without source_target_pairs");
        var ids = ElementCodec.ToLongs(IrTypes.FromDense(attr));
        var pairs = Enumerable.Range(0, ids.Length / 2).Select(i => new[] { ids[2 * i], ids[(2 * i) + 1] }).ToArray();
        var grid = c.Evaluator.Grid;
        var groups = ChannelId(c) <= 0 ? grid.CrossReplica(pairs) : grid.CrossPartition(pairs);
        var self = c.Evaluator.Process;

        // every process sends to its targets first, then takes what its source sent: no process waits on one that
        // does not send to it
        string key = $"collective_permute/{ChannelId(c)}";
        var counts = c.Evaluator.CollectiveCounts;
        int n = counts.GetValueOrDefault(key);
        counts[key] = n + 1;
        foreach (var g in groups.Where(g => g[0] == self))
        {
            grid.Send($"{key}#{n}->{g[1]}", [operand]);
        }

        return groups.Any(g => g[1] == self) ? [grid.Receive($"{key}#{n}->{self}")[0]] : [ProcessGrid.Zeros(operand)];
    }

    /// <summary>collective_broadcast and collective_reduce: a root per result (the group's first process, or the dynamic root).</summary>
    private static object[] RootedCollective(OpContext c, string kind, bool reduce)
    {
        bool dynamicRoot = c.Op.GetAttr("has_dynamic_root") is not null and not BoolAttr { Value: false };
        var operands = c.Tensors();
        var data = dynamicRoot ? operands.Take(operands.Count - 1).ToList() : operands.ToList();
        long[] roots = dynamicRoot ? ElementCodec.ToLongs(operands[^1]) : new long[data.Count];
        if (MyGroup(c, ChannelStrategy(c, "replica_groups")) is not { } group)
        {
            return data.Select(t => (object)ProcessGrid.Zeros(t)).ToArray();
        }

        var all = Meet(c, kind, group, data);
        int me = group.IndexOf(c.Evaluator.Process);
        if (!reduce)
        {
            return Enumerable.Range(0, data.Count).Select(j => all[(int)roots[j]][j]).ToArray();
        }

        var reduced = ReduceAcross(all, c.Body());
        return Enumerable.Range(0, data.Count).Select(j => (object)(me == roots[j] ? reduced[j] : ProcessGrid.Zeros(data[j]))).ToArray();
    }
}
