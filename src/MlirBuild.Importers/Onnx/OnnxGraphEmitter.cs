using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// Emits one ONNX graph into a block: initializers become onnx.Constant ops, nodes become onnx.&lt;OpType&gt; ops in
/// dependency order, graph attributes become regions (one block each, graph inputs as block arguments, onnx.Yield
/// returning the graph outputs) whose bodies may use enclosing values directly.
/// </summary>
internal sealed class OnnxGraphEmitter
{
    public const string YieldOp = "onnx.Yield";
    public const string ConstantOp = "onnx.Constant";

    /// <summary>Per ONNX input position, 1 when the operand is present and 0 when the name is empty (absent).</summary>
    public const string InputSegmentsAttr = "onnx.input_segments";

    private readonly MlirContext? context;
    private readonly OnnxAttributeMapper attributes;
    private readonly OnnxReport report;

    public OnnxGraphEmitter(MlirContext? context, OnnxAttributeMapper attributes, OnnxReport report)
    {
        this.context = context;
        this.attributes = attributes;
        this.report = report;
    }

    /// <summary>Types the graph declares for its values (value_info, inputs, outputs), mapped lazily.</summary>
    private sealed class GraphTypes
    {
        private readonly Dictionary<string, ValueInfoProto> declared = new(StringComparer.Ordinal);
        private readonly Dictionary<string, MlirType?> mapped = new(StringComparer.Ordinal);

        public GraphTypes(GraphProto graph)
        {
            foreach (var vi in graph.ValueInfo.Concat(graph.Output).Concat(graph.Input))
            {
                if (vi.Type is not null)
                {
                    declared[vi.Name] = vi;
                }
            }
        }

        public bool IsDeclared(string name) => declared.ContainsKey(name);

        public MlirType? Get(string name, OnnxReport report, string where)
        {
            if (mapped.TryGetValue(name, out var t))
            {
                return t;
            }

            t = declared.TryGetValue(name, out var vi) ? OnnxTypeMapper.Map(vi.Type, report, $"{where}: value '{name}'") : OnnxTypeMapper.Unknown;
            mapped[name] = t;
            return t;
        }
    }

    /// <summary>
    /// Adds block arguments for the graph inputs that <paramref name="isArgument"/> accepts, then emits the body.
    /// Returns the values of the graph outputs, or null when something was reported.
    /// </summary>
    public List<Value>? EmitGraph(GraphProto graph, Block block, OnnxScope scope, string where, string locPrefix, Func<ValueInfoProto, bool> isArgument)
    {
        var types = new GraphTypes(graph);
        var ok = true;
        foreach (var input in graph.Input)
        {
            if (!isArgument(input))
            {
                continue;
            }

            if (input.Name.Length == 0 || scope.IsDefinedHere(input.Name))
            {
                report.Error(where, $"graph input '{input.Name}' is empty or defined twice");
                ok = false;
                continue;
            }

            var type = types.Get(input.Name, report, where);
            ok &= type is not null;
            var arg = block.AddArgument(type ?? OnnxTypeMapper.Unknown, new NameLoc(input.Name));
            scope.Define(input.Name, arg);
        }

        ok &= EmitInitializers(graph, block, scope, where, types);
        var order = OnnxGraphOrder.Sort(graph, name => scope.Parent?.Lookup(name) is not null, report, where);
        if (order is null || !ok)
        {
            return null;
        }

        foreach (var index in order)
        {
            if (!EmitNode(graph.Node[index], index, block, scope, types, where, locPrefix))
            {
                ok = false;
                foreach (var output in graph.Node[index].Output)
                {
                    scope.Poison(output);
                }
            }
        }

        var outputs = new List<Value>();
        foreach (var output in graph.Output)
        {
            var value = scope.Lookup(output.Name);
            if (value is null && scope.IsPoisoned(output.Name))
            {
                ok = false;
                continue;
            }

            if (value is null)
            {
                report.Error(where, $"graph output '{output.Name}' is not defined by any input, initializer or node");
                ok = false;
                continue;
            }

            outputs.Add(value);
        }

        return ok ? outputs : null;
    }

    private bool EmitInitializers(GraphProto graph, Block block, OnnxScope scope, string where, GraphTypes types)
    {
        var ok = true;
        foreach (var init in graph.Initializer)
        {
            var initWhere = $"{where}: initializer '{init.Name}'";
            if (scope.IsDefinedHere(init.Name))
            {
                // An input with a default (IR version < 4): the initializer is the value, as in onnx-mlir.
                if (graph.Input.Any(i => i.Name == init.Name))
                {
                    continue;
                }

                report.Error(initWhere, "is defined twice");
                ok = false;
                continue;
            }

            var attr = attributes.Tensor(init, initWhere);
            if (attr is null)
            {
                scope.Poison(init.Name);
                ok = false;
                continue;
            }

            var state = new OperationState(ConstantOp, new NameLoc(init.Name), context);
            state.AddAttribute("value", attr);
            state.AddTypes(TypeOf(attr));
            var op = Operation.Create(state);
            block.Append(op);
            scope.Define(init.Name, op.GetResult(0));
        }

        foreach (var sparse in graph.SparseInitializer)
        {
            var name = sparse.Values?.Name ?? "";
            var initWhere = $"{where}: sparse initializer '{name}'";
            if (name.Length == 0 || scope.IsDefinedHere(name))
            {
                report.Error(initWhere, "has no name or is defined twice");
                ok = false;
                continue;
            }

            var attr = attributes.Sparse(sparse, initWhere);
            var valueType = sparse.Values is null ? null : OnnxTypeMapper.ElementType((OnnxDataType)sparse.Values.DataType);
            if (attr is null || valueType is null)
            {
                scope.Poison(name);
                ok = false;
                continue;
            }

            var state = new OperationState(ConstantOp, new NameLoc(name), context);
            state.AddAttribute("sparse_value", attr);
            state.AddTypes(new RankedTensorType(sparse.Dims.ToArray(), valueType));
            var op = Operation.Create(state);
            block.Append(op);
            scope.Define(name, op.GetResult(0));
        }

        _ = types;
        return ok;
    }

    private static MlirType TypeOf(MlirAttribute attr) => attr switch
    {
        DenseElementsAttr d => d.Type,
        DenseStringElementsAttr s => s.Type,
        _ => OnnxTypeMapper.Unknown,
    };

    private bool EmitNode(NodeProto node, int index, Block block, OnnxScope scope, GraphTypes types, string graphWhere, string locPrefix)
    {
        var where = OnnxNames.Node(graphWhere, node, index);
        if (node.OpType.Length == 0)
        {
            report.Error(where, "has no op_type");
            return false;
        }

        var locName = locPrefix + OnnxNames.LocationName(node, index);
        var state = new OperationState("onnx." + OnnxNames.QualifiedOpType(node), new NameLoc(locName), context);
        var ok = true;

        var segments = new int[node.Input.Count];
        for (var i = 0; i < node.Input.Count; i++)
        {
            var name = node.Input[i];
            if (name.Length == 0)
            {
                continue;
            }

            var value = scope.Lookup(name);
            if (value is null)
            {
                if (!scope.IsPoisoned(name))
                {
                    report.Error(where, $"input '{name}' is not defined");
                }

                ok = false;
                continue;
            }

            segments[i] = 1;
            state.Operands.Add(value);
        }

        if (segments.Contains(0))
        {
            state.AddAttribute(InputSegmentsAttr, DenseArrayAttr.FromInt32(segments));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var graphAttrs = new List<AttributeProto>();
        foreach (var attr in node.Attribute)
        {
            if (attr.Name.Length == 0 || !seen.Add(attr.Name))
            {
                report.Error(where, $"attribute '{attr.Name}' is empty or appears twice");
                ok = false;
                continue;
            }

            if (OnnxAttributeMapper.IsGraph(attr))
            {
                graphAttrs.Add(attr);
                continue;
            }

            var mapped = attributes.Map(attr, where);
            ok &= mapped is not null;
            if (mapped is not null)
            {
                state.AddAttribute(attr.Name, mapped);
            }
        }

        // Result types: what the graph declares, else the element type the operator schema implies.
        var positional = new MlirType?[node.Input.Count];
        for (int i = 0, operand = 0; i < node.Input.Count; i++)
        {
            positional[i] = segments[i] == 1 && operand < state.Operands.Count ? state.Operands[operand++].Type : null;
        }

        var opKey = OnnxNames.QualifiedOpType(node);
        MlirAttribute? AttributeNamed(string name)
        {
            foreach (var a in state.Attributes)
            {
                if (a.Name == name)
                {
                    return a.Value;
                }
            }

            return null;
        }

        for (var i = 0; i < node.Output.Count; i++)
        {
            var output = node.Output[i];
            var type = output.Length == 0 ? NoneType.Instance
                : types.IsDeclared(output) ? types.Get(output, report, where)
                : OnnxSignatures.Infer(opKey, i, positional, AttributeNamed);
            ok &= type is not null;
            state.AddTypes(type ?? OnnxTypeMapper.Unknown);
        }

        // Regions in attribute-name order, as the generated OnnxOps.td declares them.
        foreach (var attr in graphAttrs.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var graphs = attr.G is not null ? [attr.G] : attr.Graphs.ToList();
            for (var g = 0; g < graphs.Count; g++)
            {
                var suffix = attr.G is not null ? attr.Name : $"{attr.Name}[{g}]";
                var region = state.AddRegion();
                ok &= EmitSubgraph(graphs[g], region, scope, $"{where}: {suffix}", $"{locName}/{suffix}/");
            }
        }

        if (!ok)
        {
            return false;
        }

        var op = Operation.Create(state);
        block.Append(op);
        for (var i = 0; i < node.Output.Count; i++)
        {
            if (node.Output[i].Length > 0)
            {
                scope.Define(node.Output[i], op.GetResult(i));
            }
        }

        return true;
    }

    private bool EmitSubgraph(GraphProto graph, Region region, OnnxScope outer, string where, string locPrefix)
    {
        var block = region.AddBlock();
        var scope = new OnnxScope(outer);
        var outputs = EmitGraph(graph, block, scope, where, locPrefix, _ => true);
        if (outputs is null)
        {
            return false;
        }

        var yield = new OperationState(YieldOp, new NameLoc(locPrefix + "yield"), context);
        yield.Operands.AddRange(outputs);
        block.Append(Operation.Create(yield));
        return true;
    }
}
