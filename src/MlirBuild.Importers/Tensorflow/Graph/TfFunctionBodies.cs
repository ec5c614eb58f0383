using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>
/// Turns a library <see cref="FunctionDef"/> into a <see cref="TfBody"/>: arguments become <c>_Arg</c> nodes and
/// body inputs written <c>node:output_arg:i</c> become graph-style <c>node:N</c>, using the output argument layout
/// of the ops that have several output arguments (others have one, so <c>N = i</c>).
/// </summary>
internal static class TfFunctionBodies
{
    private static readonly Dictionary<string, string[]> OutputArgs = new(StringComparer.Ordinal)
    {
        ["Switch"] = ["output_false", "output_true"],
        ["Merge"] = ["output", "value_index"],
        ["TopKV2"] = ["values", "indices"],
        ["Unique"] = ["y", "idx"],
        ["NonMaxSuppressionV5"] = ["selected_indices", "selected_scores", "valid_outputs"],
        ["NonMaxSuppressionV4"] = ["selected_indices", "valid_outputs"],
        ["FusedBatchNorm"] = ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2"],
        ["FusedBatchNormV2"] = ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2"],
        ["FusedBatchNormV3"] = ["y", "batch_mean", "batch_variance", "reserve_space_1", "reserve_space_2", "reserve_space_3"],
        ["BroadcastGradientArgs"] = ["r0", "r1"],
        ["SoftmaxCrossEntropyWithLogits"] = ["loss", "backprop"],
        ["SparseSoftmaxCrossEntropyWithLogits"] = ["loss", "backprop"],
        ["MaxPoolWithArgmax"] = ["output", "argmax"],
        ["TensorListPopBack"] = ["output_handle", "tensor"],
    };

    public static TfBody? Normalize(FunctionDef function, string file, List<ImportIssue> issues)
    {
        var signature = function.Signature ?? new OpDef();
        string name = signature.Name;
        var nodes = new List<NodeDef>();
        var args = new List<TfBodyArg>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < signature.InputArg.Count; i++)
        {
            var arg = signature.InputArg[i];
            if (!names.Add(arg.Name))
            {
                issues.Add(new ImportIssue(file, arg.Name, $"function '{name}' has two arguments with this name"));
                return null;
            }

            var dtype = arg.Type != DataType.DtInvalid ? arg.Type
                : function.Attr.TryGetValue(arg.TypeAttr, out var ta) && ta.ValueCase == AttrValue.ValueOneofCase.Type ? ta.Type : DataType.DtInvalid;
            long[]? shape = null;
            if (function.ArgAttr.TryGetValue((uint)i, out var attrs) && attrs.Attr.TryGetValue("_output_shapes", out var shapes) &&
                shapes.ValueCase == AttrValue.ValueOneofCase.List && shapes.List.Shape.Count == 1)
            {
                shape = TfAttrs.ShapeDims(shapes.List.Shape[0]);
            }

            var argNode = new NodeDef { Name = arg.Name, Op = "_Arg" };
            argNode.Attr["T"] = new AttrValue { Type = dtype };
            nodes.Add(argNode);
            args.Add(new TfBodyArg(arg.Name, arg.Name, new TfValueType(dtype, dtype == DataType.DtResource ? [] : shape)));
        }

        foreach (var node in function.NodeDef)
        {
            if (!names.Add(node.Name))
            {
                issues.Add(new ImportIssue(file, node.Name, $"function '{name}' has two nodes with this name"));
                return null;
            }
        }

        var ops = function.NodeDef.ToDictionary(n => n.Name, n => n.Op, StringComparer.Ordinal);
        foreach (var node in function.NodeDef)
        {
            var copy = node.Clone();
            copy.Input.Clear();
            foreach (var input in node.Input)
            {
                copy.Input.Add(Rewrite(input, ops));
            }

            nodes.Add(copy);
        }

        var results = new List<TfTensorRef>();
        foreach (var output in signature.OutputArg)
        {
            if (!function.Ret.TryGetValue(output.Name, out var tensor))
            {
                issues.Add(new ImportIssue(file, output.Name, $"function '{name}' does not say which tensor its output is"));
                return null;
            }

            results.Add(new TfTensorRef(output.Name, Rewrite(tensor, ops)));
        }

        return new TfBody
        {
            Name = name,
            Nodes = nodes,
            Args = args,
            Results = results,
            ControlResults = function.ControlRet.Values.Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary><c>node:arg:i</c> → <c>node:N</c>; argument names and control inputs stay.</summary>
    private static string Rewrite(string input, Dictionary<string, string> ops)
    {
        if (input.StartsWith('^'))
        {
            return input;
        }

        var parts = input.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
        {
            return input;
        }

        int offset = 0;
        if (ops.TryGetValue(parts[0], out var op) && OutputArgs.TryGetValue(op, out var argNames))
        {
            int at = Array.IndexOf(argNames, parts[1]);
            offset = at < 0 ? 0 : at;
        }

        int flat = offset + index;
        return flat == 0 ? parts[0] : parts[0] + ":" + flat.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
