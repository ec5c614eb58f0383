using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// Orders a graph's nodes so every value is defined before it is used (ONNX requires sorted graphs, but producers
/// do not always comply). Subgraphs count as uses of the outer values they capture. Already sorted graphs keep
/// their order. Reports dangling inputs (defined nowhere) and cycles, naming the node.
/// </summary>
internal static class OnnxGraphOrder
{
    /// <summary>Node indices in a valid order, or null when the graph has a cycle or a dangling input (reported).</summary>
    public static int[]? Sort(GraphProto graph, Func<string, bool> isOuterValue, OnnxReport report, string graphWhere)
    {
        var producer = new Dictionary<string, int>(StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in graph.Input)
        {
            defined.Add(input.Name);
        }

        foreach (var init in graph.Initializer)
        {
            defined.Add(init.Name);
        }

        foreach (var init in graph.SparseInitializer)
        {
            if (init.Values is not null)
            {
                defined.Add(init.Values.Name);
            }
        }

        var ok = true;
        for (var i = 0; i < graph.Node.Count; i++)
        {
            foreach (var output in graph.Node[i].Output)
            {
                if (output.Length == 0)
                {
                    continue;
                }

                if (defined.Contains(output) || !producer.TryAdd(output, i))
                {
                    report.Error(OnnxNames.Node(graphWhere, graph.Node[i], i), $"output '{output}' is already defined in this graph (ONNX graphs are single-assignment)");
                    ok = false;
                }
            }
        }

        var dependents = new List<int>[graph.Node.Count];
        var pending = new int[graph.Node.Count];
        for (var i = 0; i < graph.Node.Count; i++)
        {
            var node = graph.Node[i];
            var deps = new HashSet<int>();
            foreach (var name in UsedNames(node))
            {
                if (producer.TryGetValue(name, out var p))
                {
                    if (p == i)
                    {
                        report.Error(OnnxNames.Node(graphWhere, node, i), $"uses its own output '{name}' (cycle)");
                        ok = false;
                    }
                    else
                    {
                        deps.Add(p);
                    }
                }
                else if (!defined.Contains(name) && !isOuterValue(name))
                {
                    report.Error(OnnxNames.Node(graphWhere, node, i), $"input '{name}' is not defined (no graph input, initializer or node output has this name)");
                    ok = false;
                }
            }

            pending[i] = deps.Count;
            foreach (var d in deps)
            {
                (dependents[d] ??= []).Add(i);
            }
        }

        if (!ok)
        {
            return null;
        }

        // Kahn's algorithm, always taking the lowest ready index so sorted input keeps its order.
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < pending.Length; i++)
        {
            if (pending[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var order = new List<int>(pending.Length);
        while (ready.TryDequeue(out var next, out _))
        {
            order.Add(next);
            if (dependents[next] is { } list)
            {
                foreach (var d in list)
                {
                    if (--pending[d] == 0)
                    {
                        ready.Enqueue(d, d);
                    }
                }
            }
        }

        if (order.Count != pending.Length)
        {
            var stuck = Enumerable.Range(0, pending.Length).First(i => pending[i] > 0);
            report.Error(OnnxNames.Node(graphWhere, graph.Node[stuck], stuck), "is part of a cycle: its inputs depend on its own outputs");
            return null;
        }

        return [.. order];
    }

    /// <summary>The node's explicit inputs plus the outer values its subgraphs capture.</summary>
    private static IEnumerable<string> UsedNames(NodeProto node)
    {
        foreach (var input in node.Input)
        {
            if (input.Length > 0)
            {
                yield return input;
            }
        }

        foreach (var attr in node.Attribute)
        {
            if (attr.G is { } g)
            {
                foreach (var name in FreeNames(g))
                {
                    yield return name;
                }
            }

            foreach (var graph in attr.Graphs)
            {
                foreach (var name in FreeNames(graph))
                {
                    yield return name;
                }
            }
        }
    }

    /// <summary>Names a graph uses but does not define itself (its captures from enclosing graphs).</summary>
    internal static HashSet<string> FreeNames(GraphProto graph)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in graph.Input)
        {
            defined.Add(input.Name);
        }

        foreach (var init in graph.Initializer)
        {
            defined.Add(init.Name);
        }

        foreach (var init in graph.SparseInitializer)
        {
            if (init.Values is not null)
            {
                defined.Add(init.Values.Name);
            }
        }

        foreach (var node in graph.Node)
        {
            foreach (var output in node.Output)
            {
                defined.Add(output);
            }
        }

        var free = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            foreach (var name in UsedNames(node))
            {
                if (!defined.Contains(name))
                {
                    free.Add(name);
                }
            }
        }

        foreach (var output in graph.Output)
        {
            if (!defined.Contains(output.Name))
            {
                free.Add(output.Name);
            }
        }

        return free;
    }
}
