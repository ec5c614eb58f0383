using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>A v1 while loop raised to structured form: condition and body as region bodies over the loop variables.</summary>
internal sealed record TfRaisedLoop(TfBody Cond, TfBody Body, int LoopVarCount, long ParallelIterations);

/// <summary>
/// Raises TF v1 while loops (Enter → Merge → Switch ← LoopCond, body → NextIteration → Merge, Switch:0 → Exit) to
/// one synthetic <c>While</c> node per frame, whose condition and body become region bodies: Merge outputs are the
/// condition's arguments, Switch true outputs the body's, NextIteration inputs the body's results, and constant
/// Enters turn into Identities of the outer value. Consumers of Exit i read the loop's result i. Nested frames and
/// v1 conditionals (Switch/Merge outside loops) are rejected with an issue naming the node.
/// </summary>
internal static class TfV1ControlFlow
{
    public const string LoopOp = "_RaisedWhile";

    public static TfBody? Raise(TfBody body, string file, List<ImportIssue> issues, Dictionary<string, TfRaisedLoop> loops)
    {
        if (!body.Nodes.Any(n => n.Op is "Enter" or "Switch" or "Merge" or "NextIteration" or "Exit" or "LoopCond" or "RefEnter" or "RefSwitch" or "RefMerge"))
        {
            return body;
        }

        var byName = new Dictionary<string, NodeDef>(StringComparer.Ordinal);
        foreach (var n in body.Nodes)
        {
            byName.TryAdd(n.Name, n);
        }

        var consumers = new Dictionary<string, List<NodeDef>>(StringComparer.Ordinal);
        foreach (var n in body.Nodes)
        {
            foreach (var i in n.Input)
            {
                var src = TfInput.Parse(i).Node;
                if (!consumers.TryGetValue(src, out var list))
                {
                    consumers[src] = list = [];
                }

                list.Add(n);
            }
        }

        var frames = body.Nodes.Where(n => n.Op == "Enter").GroupBy(n => TfAttrs.String(n, "frame_name") ?? "", StringComparer.Ordinal).ToList();
        var removed = new HashSet<string>(StringComparer.Ordinal);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var added = new List<(int Position, NodeDef Node)>();
        var position = body.Nodes.Select((n, i) => (n.Name, i)).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        foreach (var frame in frames)
        {
            var loop = RaiseFrame(frame.Key, frame.ToList(), byName, consumers, position, file, issues, out var members, out var exits, out var outerInputs);
            if (loop is null)
            {
                return null;
            }

            string loopName = UniqueName(frame.Key.Length > 0 ? frame.Key : frame.First().Name + "/while", byName, loops);
            var node = new NodeDef { Name = loopName, Op = LoopOp };
            node.Input.AddRange(loop.Value.Inits);
            node.Input.AddRange(outerInputs.Select(o => "^" + o));
            loops[loopName] = loop.Value.Loop;
            removed.UnionWith(members);
            foreach (var (exitName, index) in exits)
            {
                renames[exitName] = index == 0 ? loopName : $"{loopName}:{index}";
            }

            added.Add((members.Min(m => position[m]), node));
        }

        var stray = body.Nodes.FirstOrDefault(n => !removed.Contains(n.Name) && n.Op is "Switch" or "Merge" or "RefSwitch" or "RefMerge" or "NextIteration" or "LoopCond" or "Exit");
        if (stray is not null)
        {
            issues.Add(new ImportIssue(file, stray.Name, $"TF v1 conditional control flow ({stray.Op} outside a while loop) is not supported; convert the model with TF2 control flow (tf.cond)"));
            return null;
        }

        var nodes = new List<(int, NodeDef)>(added);
        for (int i = 0; i < body.Nodes.Count; i++)
        {
            var n = body.Nodes[i];
            if (removed.Contains(n.Name))
            {
                continue;
            }

            var copy = n;
            if (n.Input.Any(x => renames.ContainsKey(TfInput.Parse(x).Node)))
            {
                copy = n.Clone();
                copy.Input.Clear();
                copy.Input.AddRange(n.Input.Select(x => Rename(x, renames)));
            }

            nodes.Add((i, copy));
        }

        return new TfBody
        {
            Name = body.Name,
            Nodes = nodes.OrderBy(p => p.Item1).Select(p => p.Item2).ToList(),
            Args = body.Args,
            Results = body.Results?.Select(r => renames.ContainsKey(r.NodeName) ? r with { Tensor = Rename(r.Tensor, renames) } : r).ToList(),
            ControlResults = body.ControlResults.Select(c => renames.GetValueOrDefault(c, c)).ToList(),
        };
    }

    private static string Rename(string input, Dictionary<string, string> renames)
    {
        var parsed = TfInput.Parse(input);
        if (!renames.TryGetValue(parsed.Node, out var target))
        {
            return input;
        }

        // Exit has one result; the rename already points at the loop result it stands for.
        return parsed.IsControl ? "^" + TfInput.Parse(target).Node : target;
    }

    private static string UniqueName(string baseName, Dictionary<string, NodeDef> byName, Dictionary<string, TfRaisedLoop> loops)
    {
        string name = baseName;
        for (int i = 1; byName.ContainsKey(name) || loops.ContainsKey(name); i++)
        {
            name = baseName + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static (TfRaisedLoop Loop, List<string> Inits)? RaiseFrame(
        string frameName, List<NodeDef> enters, Dictionary<string, NodeDef> byName, Dictionary<string, List<NodeDef>> consumers, Dictionary<string, int> position,
        string file, List<ImportIssue> issues, out HashSet<string> members, out List<(string Exit, int Index)> exits, out List<string> outerInputs)
    {
        members = new HashSet<string>(StringComparer.Ordinal);
        exits = [];
        outerInputs = [];

        // Frame membership: everything reachable from its Enters, not going past Exits.
        var stack = new Stack<NodeDef>(enters);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!members.Add(n.Name))
            {
                continue;
            }

            if (n.Op == "Enter" && TfAttrs.String(n, "frame_name") != frameName)
            {
                issues.Add(new ImportIssue(file, n.Name, "nested TF v1 while loops are not supported"));
                return null;
            }

            if (n.Op == "Exit")
            {
                continue;
            }

            foreach (var c in consumers.GetValueOrDefault(n.Name) ?? [])
            {
                stack.Push(c);
            }
        }

        var merges = members.Select(m => byName[m]).Where(n => n.Op == "Merge" && n.Input.Count == 2 && byName.TryGetValue(TfInput.Parse(n.Input[0]).Node, out var e) && e.Op == "Enter")
            .OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
        var loopConds = members.Select(m => byName[m]).Where(n => n.Op == "LoopCond").ToList();
        if (loopConds.Count != 1 || merges.Count == 0)
        {
            issues.Add(new ImportIssue(file, enters[0].Name, $"while loop frame '{frameName}' does not have the Enter/Merge/Switch/LoopCond shape of a v1 while loop"));
            return null;
        }

        var loopCond = loopConds[0];
        var inits = new List<string>();
        var condArgs = new List<TfBodyArg>();
        var bodyArgs = new List<TfBodyArg>();
        var nextInputs = new List<string>();
        var argNodeFor = new Dictionary<string, int>(StringComparer.Ordinal); // Merge and Switch names → loop var index
        for (int i = 0; i < merges.Count; i++)
        {
            var merge = merges[i];
            var enter = byName[TfInput.Parse(merge.Input[0]).Node];
            if (!byName.TryGetValue(TfInput.Parse(merge.Input[1]).Node, out var next) || next.Op != "NextIteration" || next.Input.Count(x => !x.StartsWith('^')) != 1)
            {
                issues.Add(new ImportIssue(file, merge.Name, "loop Merge whose second input is not a NextIteration"));
                return null;
            }

            var sw = (consumers.GetValueOrDefault(merge.Name) ?? []).FirstOrDefault(c => c.Op == "Switch" && c.Input.Count == 2 && TfInput.Parse(c.Input[0]).Node == merge.Name);
            if (sw is null || TfInput.Parse(sw.Input[1]).Node != loopCond.Name)
            {
                issues.Add(new ImportIssue(file, merge.Name, "loop Merge is not switched on the loop condition"));
                return null;
            }

            foreach (var exit in (consumers.GetValueOrDefault(sw.Name) ?? []).Where(c => c.Op == "Exit"))
            {
                exits.Add((exit.Name, i));
            }

            inits.Add(enter.Input[0]);
            condArgs.Add(new TfBodyArg($"arg{i}", merge.Name, null));
            bodyArgs.Add(new TfBodyArg($"arg{i}", sw.Name + ":1", null));
            nextInputs.Add(next.Input[0]);
            argNodeFor[merge.Name] = i;
            argNodeFor[sw.Name] = i;
        }

        // Region nodes: frame members except the loop plumbing; constant Enters become Identities of the outer value.
        var plumbing = new HashSet<string>(StringComparer.Ordinal) { loopCond.Name };
        foreach (var m in members.Select(x => byName[x]))
        {
            if (m.Op is "Merge" or "Switch" or "NextIteration" or "Exit" || (m.Op == "Enter" && !TfAttrs.Bool(m, "is_constant")))
            {
                plumbing.Add(m.Name);
            }
        }

        var regionNodes = new List<NodeDef>();
        foreach (var m in members.Select(x => byName[x]).OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            if (plumbing.Contains(m.Name) && !argNodeFor.ContainsKey(m.Name))
            {
                continue;
            }

            if (argNodeFor.ContainsKey(m.Name))
            {
                regionNodes.Add(new NodeDef { Name = m.Name, Op = "_Arg" });
                continue;
            }

            if (m.Op == "Enter")
            {
                var identity = new NodeDef { Name = m.Name, Op = "Identity" };
                identity.Input.Add(m.Input[0]);
                foreach (var (k, v) in m.Attr.Where(kv => kv.Key == "T"))
                {
                    identity.Attr[k] = v;
                }

                outerInputs.Add(TfInput.Parse(m.Input[0]).Node);
                regionNodes.Add(identity);
                continue;
            }

            regionNodes.Add(m);
        }

        var ordered = regionNodes.OrderBy(n => position[n.Name]).ToList();
        var cond = new TfBody
        {
            Name = frameName + "/cond",
            Nodes = ordered,
            Args = condArgs,
            Results = [new TfTensorRef("cond", loopCond.Input[0])],
        };
        var loopBody = new TfBody
        {
            Name = frameName + "/body",
            Nodes = ordered,
            Args = bodyArgs,
            Results = nextInputs.Select((t, i) => new TfTensorRef($"res{i}", t)).ToList(),
        };
        long parallel = TfAttrs.Int(enters[0], "parallel_iterations") ?? 10;
        var frameMembers = members;
        outerInputs = outerInputs.Distinct(StringComparer.Ordinal).Where(o => !frameMembers.Contains(o)).ToList();
        return (new TfRaisedLoop(cond, loopBody, merges.Count, parallel), inits);
    }
}
