using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>
/// Reads a SavedModel directory: <c>saved_model.pb</c> (the meta graph tagged <c>serve</c>, else the first), its
/// signatures whose inputs are all float tensors (or the one asked for), and the values of the variables the graph
/// declares, from <c>variables/variables.index</c> and its data shards. TF2 checkpoints key variables by their
/// object-graph path (<c>a/.ATTRIBUTES/VARIABLE_VALUE</c>); TF1 ones by variable name.
/// </summary>
public static class SavedModelReader
{
    private static readonly HashSet<string> VariableOps = ["VarHandleOp", "VariableV2", "Variable"];

    public static TfModel? Read(string directory, string? signature, List<ImportIssue> issues)
    {
        string pbPath = Path.Combine(directory, "saved_model.pb");
        try
        {
            if (!File.Exists(pbPath))
            {
                throw ModelFormatException.At(directory, "no saved_model.pb in the SavedModel directory (saved_model.pbtxt is not supported)");
            }

            var model = GraphDefReader.ParseBinary(File.ReadAllBytes(pbPath), pbPath, SavedModel.Parser, issues);
            if (model is null)
            {
                return null;
            }

            var meta = model.MetaGraphs.FirstOrDefault(m => m.MetaInfoDef?.Tags.Contains("serve") == true) ?? model.MetaGraphs.FirstOrDefault()
                ?? throw ModelFormatException.At(pbPath, "SavedModel has no meta graphs");
            var graph = meta.GraphDef ?? throw ModelFormatException.At(pbPath, "meta graph has no graph_def");
            var entries = SelectSignatures(pbPath, meta, signature);
            var variableIssues = new Dictionary<string, ImportIssue>(StringComparer.Ordinal);
            var variables = LoadVariables(directory, meta, issues, variableIssues);
            return new TfModel { SourcePath = pbPath, Graph = graph, EntryPoints = entries, Variables = variables, VariableIssues = variableIssues };
        }
        catch (ModelFormatException e)
        {
            issues.Add(e.Issue);
            return null;
        }
        catch (IOException e)
        {
            issues.Add(new ImportIssue(pbPath, null, "cannot read SavedModel: " + e.Message));
            return null;
        }
    }

    private static List<TfEntryPoint> SelectSignatures(string pbPath, MetaGraphDef meta, string? wanted)
    {
        var result = new List<TfEntryPoint>();
        foreach (var (key, sig) in meta.SignatureDef.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (wanted is not null ? key != wanted : key.StartsWith("__", StringComparison.Ordinal) || !IsFloatSignature(sig))
            {
                continue;
            }

            if (sig.Inputs.Values.Concat(sig.Outputs.Values).Any(t => t.EncodingCase != TensorInfo.EncodingOneofCase.Name))
            {
                throw ModelFormatException.At(pbPath, $"signature '{key}' uses sparse or composite tensors, which are not supported");
            }

            static List<TfTensorRef> Refs(IDictionary<string, TensorInfo> map) =>
                map.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                   .Select(kv => new TfTensorRef(kv.Key, Normalize(kv.Value.Name))
                   {
                       Type = new Graph.TfValueType(kv.Value.Dtype, kv.Value.TensorShape is { } s ? Graph.TfAttrs.ShapeDims(s) : null),
                   })
                   .ToList();
            result.Add(new TfEntryPoint(key, Refs(sig.Inputs), Refs(sig.Outputs), key));
        }

        if (wanted is not null && result.Count == 0)
        {
            throw ModelFormatException.At(pbPath, $"no signature '{wanted}'; it has: {string.Join(", ", meta.SignatureDef.Keys.Order(StringComparer.Ordinal))}");
        }

        if (result.Count == 0)
        {
            throw ModelFormatException.At(pbPath, "no signature takes only float tensors; choose one by name");
        }

        return result;
    }

    private static bool IsFloatSignature(SignatureDef sig) =>
        sig.Inputs.Count > 0 && sig.Inputs.Values.All(t => t.Dtype is DataType.DtFloat or DataType.DtDouble or DataType.DtHalf or DataType.DtBfloat16);

    private static string Normalize(string tensor)
    {
        var (node, index, _) = TfTensorNames.Split(tensor);
        return index == 0 ? node : tensor;
    }

    private static Dictionary<string, BundleTensor> LoadVariables(string directory, MetaGraphDef meta, List<ImportIssue> issues, Dictionary<string, ImportIssue> variableIssues)
    {
        var values = new Dictionary<string, BundleTensor>(StringComparer.Ordinal);
        var names = meta.GraphDef.Node.Where(n => VariableOps.Contains(n.Op)).Select(SharedName)
            .Concat(meta.GraphDef.Library?.Function.SelectMany(f => f.NodeDef).Where(n => VariableOps.Contains(n.Op)).Select(SharedName) ?? [])
            .Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            return values;
        }

        var prefix = Path.Combine(directory, "variables", "variables");
        var bundle = TensorBundleReader.Open(prefix, out var issue);
        if (bundle is null)
        {
            issues.Add(issue!);
            return values;
        }

        var objectKeys = ObjectGraphKeys(meta.ObjectGraphDef);
        foreach (var name in names)
        {
            string key = bundle.Keys.Contains(name) ? name : objectKeys.GetValueOrDefault(name, name);
            var tensor = bundle.Read(key, out issue);
            if (tensor is null)
            {
                variableIssues[name] = issue! with { IsWarning = true, Node = name, Message = issue.Message + "; the variable is imported without a value" };
                continue;
            }

            values[name] = tensor;
        }

        return values;
    }

    /// <summary>The variable name the graph uses: its <c>shared_name</c> attribute, else the node name.</summary>
    internal static string SharedName(NodeDef node) =>
        node.Attr.TryGetValue("shared_name", out var s) && s.ValueCase == AttrValue.ValueOneofCase.S && !s.S.IsEmpty ? s.S.ToStringUtf8() : node.Name;

    /// <summary>Maps each variable's name to its TF2 checkpoint key, from its path in the object graph.</summary>
    private static Dictionary<string, string> ObjectGraphKeys(SavedObjectGraph? graph)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        if (graph is null || graph.Nodes.Count == 0)
        {
            return keys;
        }

        var paths = new string?[graph.Nodes.Count];
        paths[0] = "";
        var queue = new Queue<int>([0]);
        while (queue.Count > 0)
        {
            int id = queue.Dequeue();
            foreach (var child in graph.Nodes[id].Children)
            {
                if (child.NodeId >= 0 && child.NodeId < paths.Length && paths[child.NodeId] is null)
                {
                    paths[child.NodeId] = paths[id]!.Length == 0 ? child.LocalName : paths[id] + "/" + child.LocalName;
                    queue.Enqueue(child.NodeId);
                }
            }
        }

        for (int i = 0; i < graph.Nodes.Count; i++)
        {
            if (graph.Nodes[i].Variable is { } v && paths[i] is { Length: > 0 } p)
            {
                keys.TryAdd(v.Name.Length > 0 ? v.Name : p, p + "/.ATTRIBUTES/VARIABLE_VALUE");
            }
        }

        return keys;
    }
}
