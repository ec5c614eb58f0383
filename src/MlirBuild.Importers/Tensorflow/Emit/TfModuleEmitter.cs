using MlirBuild.Importers.Common;
using MlirBuild.Importers.Tensorflow.Graph;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.Readers;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow.Emit;

/// <summary>
/// Builds the module for a <see cref="TfModel"/>: one public function per entry point (<c>@main</c> for plain
/// graphs, the signature key for SavedModel signatures) with <c>tf.entry_function</c> naming its input and output
/// tensors; library functions the graph calls become private functions, emitted once, callees first; saved variable
/// values become <c>tf_saved_model.global_tensor</c> ops named by the variables' shared names.
/// </summary>
internal sealed class TfModuleEmitter
{
    private readonly Dictionary<string, FunctionDef> _library = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TfValueType>> _emitted = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, TfValueType> _usedVariables = new(StringComparer.Ordinal);
    private readonly TfModel _model;
    private readonly ImportOptions _options;
    private readonly Block _moduleBody;

    public TfModuleEmitter(TfModel model, ImportOptions options, MlirContext context, List<ImportIssue> issues)
    {
        _model = model;
        _options = options;
        Context = context;
        Issues = issues;
        File = model.SourcePath;
        Module = BuiltinDialect.CreateModule(context, new NameLoc(Path.GetFileName(model.SourcePath)));
        _moduleBody = Module.Regions[0].Blocks[0];
        foreach (var f in model.Graph.Library?.Function ?? [])
        {
            if (f.Signature is null || !_library.TryAdd(f.Signature.Name, f))
            {
                issues.Add(new ImportIssue(File, f.Signature?.Name, "library function without a name, or defined twice"));
            }
        }
    }

    public MlirContext Context { get; }

    public List<ImportIssue> Issues { get; }

    public string File { get; }

    public Operation Module { get; }

    /// <summary>TensorFlow types of block arguments (MLIR types lose the TF dtype for opaque elements).</summary>
    public Dictionary<Value, TfValueType> ArgTypes { get; } = new(ReferenceEqualityComparer.Instance);

    public Operation? EmitModule()
    {
        if (Issues.Any(i => !i.IsWarning))
        {
            return null;
        }

        var entries = _model.EntryPoints.Count > 0 ? _model.EntryPoints : [DefaultEntry()];
        foreach (var entry in entries)
        {
            if (!EmitEntry(entry))
            {
                return null;
            }
        }

        EmitGlobalTensors();
        return Issues.Any(i => !i.IsWarning) ? null : Module;
    }

    private TfEntryPoint DefaultEntry()
    {
        var inputs = _options.Inputs?.Select(Tensor).ToList()
            ?? _model.Graph.Node.Where(n => n.Op == "Placeholder").Select(n => new TfTensorRef(n.Name, n.Name)).ToList();
        var outputs = _options.Outputs?.Select(Tensor).ToList();
        return new TfEntryPoint("main", inputs, outputs!);

        static TfTensorRef Tensor(string name)
        {
            var (node, index, _) = TfTensorNames.Split(name);
            return new TfTensorRef(name, index == 0 ? node : name);
        }
    }

    private bool EmitEntry(TfEntryPoint entry)
    {
        var byName = new Dictionary<string, NodeDef>(StringComparer.Ordinal);
        foreach (var n in _model.Graph.Node)
        {
            byName.TryAdd(n.Name, n);
        }

        var args = new List<TfBodyArg>();
        foreach (var input in entry.Inputs)
        {
            if (!byName.TryGetValue(input.NodeName, out var node))
            {
                Issues.Add(new ImportIssue(File, input.NodeName, $"input '{input.Key}' names a node the graph does not have"));
                return false;
            }

            args.Add(new TfBodyArg(input.Key, input.Tensor, ArgType(input, node)));
        }

        var body = new TfBody
        {
            Name = entry.FunctionName,
            Nodes = _model.Graph.Node,
            Args = args,
            Results = entry.Outputs,
        };
        var func = EmitFunction(entry.FunctionName, body, visibility: null);
        if (func is null)
        {
            return false;
        }

        var resultNames = (entry.Outputs ?? _lastInferredOutputs).ToList();
        func.SetAttr("tf.entry_function", new DictionaryAttr(
        [
            new NamedAttribute("inputs", new StringAttr(string.Join(",", entry.Inputs.Select(i => i.Tensor)))),
            new NamedAttribute("outputs", new StringAttr(string.Join(",", resultNames.Select(o => o.Tensor)))),
        ]));
        if (entry.ExportedName is not null)
        {
            func.SetAttr("tf_saved_model.exported_names", new ArrayAttr(new MlirAttribute[] { new StringAttr(entry.ExportedName) }));
            func.SetAttr("arg_attrs", new ArrayAttr(entry.Inputs.Select(i => (MlirAttribute)IndexPath(i.Key)).ToArray()));
            func.SetAttr("res_attrs", new ArrayAttr(resultNames.Select(o => (MlirAttribute)IndexPath(o.Key)).ToArray()));
        }

        return true;
    }

    private IReadOnlyList<TfTensorRef> _lastInferredOutputs = [];

    private static DictionaryAttr IndexPath(string key) =>
        new([new NamedAttribute("tf_saved_model.index_path", new ArrayAttr(new MlirAttribute[] { new StringAttr(key) }))]);

    /// <summary>An input's type: override shape, else the signature's type, else the placeholder's attributes.</summary>
    private TfValueType ArgType(TfTensorRef input, NodeDef node)
    {
        var dtype = input.Type?.Dtype is { } d and not DataType.DtInvalid ? d
            : TfAttrs.Type(node, "dtype") ?? TfAttrs.Type(node, "T") ?? DataType.DtInvalid;
        long[]? shape = input.Type?.Shape;
        if (shape is null && input.Index == 0)
        {
            shape = TfAttrs.ShapeDims(TfAttrs.Shape(node, "shape"));
        }

        if (shape is null && node.Attr.TryGetValue("_output_shapes", out var os) && os.ValueCase == AttrValue.ValueOneofCase.List && input.Index < os.List.Shape.Count)
        {
            shape = TfAttrs.ShapeDims(os.List.Shape[input.Index]);
        }

        shape = ShapeOverride(input.Key) ?? ShapeOverride(input.Tensor) ?? ShapeOverride(input.NodeName) ?? shape;
        return new TfValueType(dtype, shape);
    }

    public long[]? ShapeOverride(string name) => _options.InputShapes.TryGetValue(name, out var s) ? s : null;

    public bool HasFunction(string name) => _library.ContainsKey(name);

    public void ReferenceFunction(string name)
    {
        if (_library.ContainsKey(name))
        {
            _ = EnsureFunction(name, name);
        }
    }

    /// <summary>Emits library function <paramref name="name"/> once and returns its result types.</summary>
    public List<TfValueType>? EnsureFunction(string name, string callerNode)
    {
        if (_emitted.TryGetValue(name, out var done))
        {
            return done;
        }

        if (!_library.TryGetValue(name, out var function))
        {
            Issues.Add(new ImportIssue(File, callerNode, $"calls function '{name}', which the graph's library does not define"));
            return null;
        }

        if (_inProgress.Count >= 64)
        {
            // Each nested call emits its callee first, on the stack: bound the depth hostile libraries could force.
            Issues.Add(new ImportIssue(File, callerNode, $"function calls nest deeper than 64 levels at '{name}'"));
            return null;
        }

        if (!_inProgress.Add(name))
        {
            Issues.Add(new ImportIssue(File, callerNode, $"function '{name}' calls itself; recursion is not supported"));
            return null;
        }

        var body = TfFunctionBodies.Normalize(function, File, Issues);
        var func = body is null ? null : EmitFunction(name, body, visibility: "private");
        _inProgress.Remove(name);
        if (func is null)
        {
            return null;
        }

        return _emitted[name];
    }

    private Operation? EmitFunction(string name, TfBody body, string? visibility)
    {
        var argTypes = body.Args.Select(a => a.Type ?? TfValueType.Unranked(DataType.DtInvalid)).ToList();
        var func = FuncDialect.CreateFunc(Context, name, new FunctionType(argTypes.Select(TfMlirTypes.Tensor).ToArray(), Array.Empty<MlirType>()), new NameLoc(name), visibility);
        var block = func.Regions[0].Blocks[0];
        for (int i = 0; i < argTypes.Count; i++)
        {
            ArgTypes[block.Arguments[i]] = argTypes[i];
        }

        var emitter = new TfBodyEmitter(this);
        var results = emitter.Emit(body, block, new TfValueScope(null));
        if (results is null)
        {
            return null;
        }

        // Plain graphs without named outputs: the planner chose the unconsumed tensors.
        _lastInferredOutputs = emitter.ResultNames;

        var ret = new OperationState(FuncDialect.ReturnOpName, new NameLoc(name), Context);
        ret.Operands.AddRange(results.Select(r => r.Value));
        block.Append(Operation.Create(ret));
        func.SetAttr("function_type", new TypeAttr(new FunctionType(argTypes.Select(TfMlirTypes.Tensor).ToArray(), results.Select(r => TfMlirTypes.Tensor(r.Type)).ToArray())));
        _emitted[name] = results.Select(r => r.Type).ToList();
        _moduleBody.Append(func);
        return func;
    }

    public void UseVariable(string sharedName, TfValueType handleType) => _usedVariables.TryAdd(sharedName, handleType);

    private void EmitGlobalTensors()
    {
        Operation? anchor = _moduleBody.FirstOp;
        foreach (var name in _usedVariables.Keys)
        {
            if (!_model.Variables.TryGetValue(name, out var tensor))
            {
                if (_model.VariableIssues.TryGetValue(name, out var why))
                {
                    Issues.Add(why);
                }

                continue;
            }

            var tp = new TensorProto
            {
                Dtype = tensor.DataType,
                TensorShape = new TensorShapeProto(),
                TensorContent = Google.Protobuf.UnsafeByteOperations.UnsafeWrap(tensor.Data),
            };
            tp.TensorShape.Dim.AddRange(tensor.Shape.Select(d => new TensorShapeProto.Types.Dim { Size = d }));
            var value = TfTensorConverter.Convert(tp, out var error);
            if (error is not null)
            {
                Issues.Add(new ImportIssue(File, name, "saved variable value: " + error));
                continue;
            }

            var state = new OperationState("tf_saved_model.global_tensor", new NameLoc(name), Context);
            state.AddAttribute("sym_name", new StringAttr(name));
            state.AddAttribute("type", new TypeAttr(TfMlirTypes.Tensor(new TfValueType(tensor.DataType, tensor.Shape))));
            state.AddAttribute("value", value);
            state.AddAttribute("is_mutable", UnitAttr.Instance);
            var op = Operation.Create(state);
            if (anchor is null)
            {
                _moduleBody.Append(op);
            }
            else
            {
                _moduleBody.InsertBefore(anchor, op);
            }
        }
    }
}
