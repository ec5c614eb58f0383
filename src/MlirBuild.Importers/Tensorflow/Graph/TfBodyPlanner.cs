using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>The nodes of a body to emit, in a deterministic topological order.</summary>
internal sealed record TfBodyPlan(IReadOnlyList<NodeDef> Order, IReadOnlyList<TfTensorRef> Results, Dictionary<string, NodeDef> ByName);

/// <summary>
/// Checks a body's graph and orders it: duplicate names, dangling inputs and cycles become issues naming the node;
/// with explicit results only the nodes they (and control results) depend on are kept; ties in the topological
/// order go to the node that comes first in the file, so output is deterministic.
/// </summary>
internal static class TfBodyPlanner
{
    public static TfBodyPlan? Plan(TfBody body, string file, List<ImportIssue> issues)
    {
        var byName = new Dictionary<string, NodeDef>(StringComparer.Ordinal);
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in body.Nodes)
        {
            if (node.Name.Length == 0)
            {
                issues.Add(new ImportIssue(file, null, $"a node of op '{node.Op}' has an empty name"));
                return null;
            }

            if (!byName.TryAdd(node.Name, node))
            {
                issues.Add(new ImportIssue(file, node.Name, "two nodes have this name"));
                return null;
            }

            position[node.Name] = position.Count;
        }

        var argNodes = body.Args.Select(a => TfInput.Parse(a.Tensor).Node).ToHashSet(StringComparer.Ordinal);
        foreach (var a in argNodes.Where(a => !byName.ContainsKey(a)))
        {
            issues.Add(new ImportIssue(file, a, "input tensor names a node the graph does not have"));
            return null;
        }

        var results = body.Results ?? InferResults(body, byName);
        foreach (var r in results.Where(r => !byName.ContainsKey(r.NodeName)))
        {
            issues.Add(new ImportIssue(file, r.NodeName, $"output '{r.Key}' names a node the graph does not have"));
            return null;
        }

        // Keep what the results need; without explicit results, keep everything.
        HashSet<string> keep;
        if (body.Results is null)
        {
            keep = byName.Keys.ToHashSet(StringComparer.Ordinal);
        }
        else
        {
            keep = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>(results.Select(r => r.NodeName).Concat(body.ControlResults));
            while (stack.Count > 0)
            {
                var name = stack.Pop();
                if (!keep.Add(name) || argNodes.Contains(name))
                {
                    continue;
                }

                if (!byName.TryGetValue(name, out var node))
                {
                    issues.Add(new ImportIssue(file, name, "control output names a node the graph does not have"));
                    return null;
                }

                foreach (var input in node.Input)
                {
                    stack.Push(TfInput.Parse(input).Node);
                }
            }
        }

        keep.ExceptWith(argNodes);

        // Kahn's algorithm over data and control edges; the heap yields the earliest node in file order.
        var indegree = new Dictionary<string, int>(StringComparer.Ordinal);
        var consumers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in keep)
        {
            int count = 0;
            foreach (var raw in byName[name].Input)
            {
                var input = TfInput.Parse(raw);
                if (input.Node.Length == 0 || !byName.ContainsKey(input.Node))
                {
                    issues.Add(new ImportIssue(file, name, $"input '{raw}' names a node the graph does not have"));
                    return null;
                }

                if (argNodes.Contains(input.Node))
                {
                    continue;
                }

                if (!keep.Contains(input.Node))
                {
                    // Possible only for arg-pruned inputs; treat like an argument boundary.
                    continue;
                }

                count++;
                if (!consumers.TryGetValue(input.Node, out var list))
                {
                    consumers[input.Node] = list = [];
                }

                list.Add(name);
            }

            indegree[name] = count;
        }

        var ready = new PriorityQueue<string, int>();
        foreach (var (name, d) in indegree)
        {
            if (d == 0)
            {
                ready.Enqueue(name, position[name]);
            }
        }

        var order = new List<NodeDef>(keep.Count);
        while (ready.TryDequeue(out var name, out _))
        {
            order.Add(byName[name]);
            if (consumers.TryGetValue(name, out var list))
            {
                foreach (var c in list)
                {
                    if (--indegree[c] == 0)
                    {
                        ready.Enqueue(c, position[c]);
                    }
                }
            }
        }

        if (order.Count != keep.Count)
        {
            var stuck = indegree.Where(kv => kv.Value > 0).Select(kv => kv.Key).OrderBy(n => position[n]).First();
            var v1 = indegree.Where(kv => kv.Value > 0).Select(kv => byName[kv.Key]).FirstOrDefault(n => n.Op is "NextIteration" or "Merge" or "Enter");
            issues.Add(v1 is not null
                ? new ImportIssue(file, v1.Name, $"TF v1 control flow ({v1.Op}) in a loop that could not be raised to a structured while loop")
                : new ImportIssue(file, stuck, "the graph has a cycle through this node"));
            return null;
        }

        return new TfBodyPlan(order, results, byName);
    }

    /// <summary>Every output of every node no one consumes, except ops without results and the arguments.</summary>
    private static List<TfTensorRef> InferResults(TfBody body, Dictionary<string, NodeDef> byName)
    {
        var consumed = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in body.Nodes)
        {
            foreach (var raw in node.Input)
            {
                var input = TfInput.Parse(raw);
                used.Add(input.Node);
                if (!input.IsControl)
                {
                    consumed[input.Node] = Math.Max(consumed.GetValueOrDefault(input.Node), input.Index + 1);
                }
            }
        }

        var args = body.Args.Select(a => TfInput.Parse(a.Tensor).Node).ToHashSet(StringComparer.Ordinal);
        var results = new List<TfTensorRef>();
        foreach (var node in body.Nodes)
        {
            if (used.Contains(node.Name) || args.Contains(node.Name) || node.Op is "NoOp" or "Const" or "Placeholder")
            {
                continue;
            }

            int count = TfOpCatalog.ResultTypes(node, [], 0).Count;
            for (int i = 0; i < count; i++)
            {
                results.Add(new TfTensorRef(count == 1 ? node.Name : node.Name + ":" + i, i == 0 ? node.Name : node.Name + ":" + i));
            }
        }

        _ = byName;
        return results;
    }
}
