using MlirBuild.Importers.Tensorflow.Graph;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow.Emit;

/// <summary>
/// Emits one graph body into a block: v1 loops raised first, then every node in topological order as a generic
/// <c>tf.&lt;Op&gt;</c> operation located at <c>loc("node/name")</c>, with converted attributes and inferred result
/// types. Calls to library functions name their callee with a symbol and take its result types.
/// </summary>
internal sealed class TfBodyEmitter(TfModuleEmitter module)
{
    private static readonly HashSet<string> DroppedAttrs = ["_output_shapes"];

    /// <summary>The result tensors of the body emitted last (chosen by the planner when the body names none).</summary>
    public IReadOnlyList<TfTensorRef> ResultNames { get; private set; } = [];

    /// <summary>Emits the body; block arguments must already exist, one per <see cref="TfBody.Args"/> entry.</summary>
    public List<(Value Value, TfValueType Type)>? Emit(TfBody body, Block block, TfValueScope scope)
    {
        var loops = new Dictionary<string, TfRaisedLoop>(StringComparer.Ordinal);
        var raised = TfV1ControlFlow.Raise(body, module.File, module.Issues, loops);
        if (raised is null)
        {
            return null;
        }

        var plan = TfBodyPlanner.Plan(raised, module.File, module.Issues);
        if (plan is null)
        {
            return null;
        }

        for (int i = 0; i < raised.Args.Count; i++)
        {
            var input = TfInput.Parse(raised.Args[i].Tensor);
            var arg = block.Arguments[i];
            scope.Bind(input.Node, input.Index, arg, module.ArgTypes[arg]);
        }

        // How many results each node must have: the highest output index anyone reads.
        var referenced = new Dictionary<string, int>(StringComparer.Ordinal);
        void Reference(string tensor)
        {
            var t = TfInput.Parse(tensor);
            if (!t.IsControl)
            {
                referenced[t.Node] = Math.Max(referenced.GetValueOrDefault(t.Node), t.Index + 1);
            }
        }

        foreach (var node in plan.Order)
        {
            foreach (var input in node.Input)
            {
                Reference(input);
            }
        }

        foreach (var r in plan.Results)
        {
            Reference(r.Tensor);
        }

        foreach (var node in plan.Order)
        {
            if (!EmitNode(node, block, scope, loops, referenced.GetValueOrDefault(node.Name)))
            {
                return null;
            }
        }

        var results = new List<(Value, TfValueType)>();
        foreach (var r in plan.Results)
        {
            var t = TfInput.Parse(r.Tensor);
            if (!scope.TryGet(t.Node, t.Index, out var v, out var type))
            {
                module.Issues.Add(new ImportIssue(module.File, t.Node, $"output '{r.Key}' reads output {t.Index}, which the node does not have"));
                return null;
            }

            results.Add((v, type));
        }

        ResultNames = plan.Results;
        return results;
    }

    private bool EmitNode(NodeDef node, Block block, TfValueScope scope, Dictionary<string, TfRaisedLoop> loops, int referencedCount)
    {
        var operands = new List<Value>();
        var inputTypes = new List<TfValueType>();
        var inputNodes = new List<(string Node, int Index)>();
        foreach (var raw in node.Input)
        {
            var input = TfInput.Parse(raw);
            if (input.IsControl)
            {
                continue;
            }

            if (!scope.TryGet(input.Node, input.Index, out var value, out var type))
            {
                module.Issues.Add(new ImportIssue(module.File, node.Name, $"input '{raw}' reads an output its node does not have"));
                return false;
            }

            operands.Add(value);
            inputTypes.Add(type);
            inputNodes.Add((input.Node, input.Index));
        }

        var location = new NameLoc(node.Name);
        if (node.Op == TfV1ControlFlow.LoopOp)
        {
            return EmitLoop(node, block, scope, loops[node.Name], operands, inputTypes, location);
        }

        if (node.Op == "_Arg")
        {
            module.Issues.Add(new ImportIssue(module.File, node.Name, "loop plumbing node is read where the raised loop cannot provide it"));
            return false;
        }

        string? callee = CalleeOf(node);
        List<TfValueType> resultTypes;
        if (callee is not null)
        {
            var signature = module.EnsureFunction(callee, node.Name);
            if (signature is null)
            {
                return false;
            }

            resultTypes = signature;
        }
        else
        {
            var dtypes = TfOpCatalog.ResultTypes(node, inputTypes, referencedCount);
            long[]?[] shapes;
            try
            {
                shapes = TfShapeInference.Infer(node, inputTypes, i => i < inputNodes.Count ? scope.ConstantInts(inputNodes[i].Node, inputNodes[i].Index) : null, dtypes.Count);
                if (node.Op == "ReadVariableOp" && shapes.Length == 1 && shapes[0] is null && inputNodes.Count == 1 &&
                    scope.Producer(inputNodes[0].Node) is { Op: "VarHandleOp" } handle)
                {
                    // A read has the shape its variable was declared with.
                    shapes[0] = TfAttrs.ShapeDims(TfAttrs.Shape(handle, "shape"));
                }
            }
            catch (OverflowException)
            {
                shapes = new long[]?[dtypes.Count];
            }

            if (node.Op is "Placeholder" or "PlaceholderWithDefault" && module.ShapeOverride(node.Name) is { } overridden)
            {
                shapes[0] = overridden;
            }

            resultTypes = dtypes.Select((d, i) => new TfValueType(d, shapes[i])).ToList();
        }

        if (referencedCount > resultTypes.Count)
        {
            module.Issues.Add(new ImportIssue(module.File, node.Name, $"the graph reads output {referencedCount - 1} of this {node.Op}, which has {resultTypes.Count}"));
            return false;
        }

        var state = new OperationState("tf." + (callee is not null && node.Op == callee ? "LegacyCall" : node.Op), location, module.Context);
        state.Operands.AddRange(operands);
        state.ResultTypes.AddRange(resultTypes.Select(TfMlirTypes.Tensor));
        if (!AddAttributes(node, state, callee))
        {
            return false;
        }

        var op = Operation.Create(state);
        block.Append(op);
        for (int i = 0; i < resultTypes.Count; i++)
        {
            scope.Bind(node.Name, i, op.GetResult(i), resultTypes[i]);
        }

        scope.BindNode(node);
        if (node.Op is "Shape" or "ShapeN")
        {
            // Shapes of statically shaped tensors are known now; later shape rules can use them.
            for (int i = 0; i < Math.Min(resultTypes.Count, inputTypes.Count); i++)
            {
                if (inputTypes[i].Shape is { } known && known.All(d => d >= 0))
                {
                    scope.BindInts(node.Name, i, known);
                }
            }
        }

        if (node.Op is "VarHandleOp" or "VariableV2" or "Variable")
        {
            module.UseVariable(Readers.SavedModelReader.SharedName(node), resultTypes[0]);
        }

        return true;
    }

    private string? CalleeOf(NodeDef node)
    {
        if (node.Op is "StatefulPartitionedCall" or "PartitionedCall" && node.Attr.TryGetValue("f", out var f) && f.ValueCase == AttrValue.ValueOneofCase.Func)
        {
            return f.Func.Name;
        }

        // A node whose op is a library function is a direct call.
        return module.HasFunction(node.Op) ? node.Op : null;
    }

    private bool AddAttributes(NodeDef node, OperationState state, string? callee)
    {
        foreach (var (name, value) in node.Attr.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (DroppedAttrs.Contains(name))
            {
                continue;
            }

            var attr = TfAttrConverter.Convert(value, f => module.ReferenceFunction(f), out var error);
            if (error is not null)
            {
                module.Issues.Add(new ImportIssue(module.File, node.Name, $"attribute '{name}': {error}"));
                return false;
            }

            state.AddAttribute(name, attr);
        }

        if (callee is not null && node.Op == callee)
        {
            state.AddAttribute("f", new SymbolRefAttr(callee));
        }

        if (node.Device.Length > 0)
        {
            state.AddAttribute("device", new StringAttr(node.Device));
        }

        return true;
    }

    private bool EmitLoop(NodeDef node, Block block, TfValueScope scope, TfRaisedLoop loop, List<Value> operands, List<TfValueType> inputTypes, LocationAttr location)
    {
        var inits = operands.Take(loop.LoopVarCount).ToList();
        var initTypes = inputTypes.Take(loop.LoopVarCount).ToList();
        var state = new OperationState("tf.WhileRegion", location, module.Context);
        state.Operands.AddRange(inits);
        state.ResultTypes.AddRange(initTypes.Select(TfMlirTypes.Tensor));
        state.AddAttribute("is_stateless", BoolAttr.False);
        state.AddAttribute("parallel_iterations", IntegerAttr.I64(loop.ParallelIterations));
        var condRegion = state.AddRegion();
        var bodyRegion = state.AddRegion();
        foreach (var (region, body, yieldName) in new[] { (condRegion, loop.Cond, "cond"), (bodyRegion, loop.Body, "body") })
        {
            var regionBlock = region.AddBlock();
            foreach (var t in initTypes)
            {
                module.ArgTypes[regionBlock.AddArgument(TfMlirTypes.Tensor(t), location)] = t;
            }

            var results = Emit(body, regionBlock, new TfValueScope(scope));
            if (results is null)
            {
                return false;
            }

            var yield = new OperationState("tf.Yield", location, module.Context);
            yield.Operands.AddRange(results.Select(r => r.Value));
            regionBlock.Append(Operation.Create(yield));
            _ = yieldName;
        }

        var op = Operation.Create(state);
        block.Append(op);
        for (int i = 0; i < initTypes.Count; i++)
        {
            scope.Bind(node.Name, i, op.GetResult(i), initTypes[i]);
        }

        return true;
    }
}
