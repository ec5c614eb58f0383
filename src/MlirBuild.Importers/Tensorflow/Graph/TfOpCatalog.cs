using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>
/// What the importer knows about TensorFlow ops without the full op registry: how many results an op has and
/// their element types. Ops not listed get one result typed by their <c>T</c>/<c>dtype</c> attribute or first
/// input; any output index the graph references beyond that widens the result list.
/// </summary>
internal static class TfOpCatalog
{
    private static readonly HashSet<string> NoResults =
    [
        "NoOp", "AssignVariableOp", "AssignAddVariableOp", "AssignSubVariableOp", "SaveV2", "Save", "SaveSlices",
        "Assert", "ControlTrigger", "DestroyResourceOp", "DisableCopyOnRead", "MergeV2Checkpoints",
        "TensorArrayCloseV3", "ResourceScatterUpdate", "ResourceScatterAdd", "ResourceScatterSub",
        "InitializeTableV2", "InitializeTableFromTextFileV2", "_Retval",
    ];

    private static readonly HashSet<string> BoolResults =
    [
        "Less", "LessEqual", "Greater", "GreaterEqual", "Equal", "NotEqual", "LogicalAnd", "LogicalOr", "LogicalNot",
        "IsFinite", "IsNan", "IsInf", "ApproximateEqual", "VarIsInitializedOp", "IsVariableInitialized", "LoopCond",
        "All", "Any", "StaticRegexFullMatch", "RegexFullMatch", "InTopKV2",
    ];

    private static readonly HashSet<string> StringResults =
    [
        "StringJoin", "ShardedFilename", "AsString", "StringFormat", "RegexReplace", "StaticRegexReplace", "ReadFile", "EncodePng", "EncodeJpeg",
    ];

    private static readonly HashSet<string> VariantResults =
    [
        "TensorListReserve", "TensorListFromTensor", "TensorListSetItem", "EmptyTensorList", "TensorListPushBack",
        "TensorListResize", "TensorListScatterIntoExistingList", "TensorListSplit", "TensorListConcatLists",
    ];

    private static readonly HashSet<string> ResourceResults =
    [
        "VarHandleOp", "HashTableV2", "MutableHashTableV2", "MutableDenseHashTableV2",
    ];

    /// <summary>True for ops whose execution has effects beyond their results, whose relative order must be kept.</summary>
    public static bool IsStateful(string op) =>
        op.StartsWith("Resource", StringComparison.Ordinal) || op.StartsWith("Assign", StringComparison.Ordinal) ||
        op is "VarHandleOp" or "ReadVariableOp" or "VariableV2" or "Variable" or "StatefulPartitionedCall" or "SaveV2"
            or "RestoreV2" or "Assert" or "Print" or "PrintV2" or "RandomUniform" or "RandomStandardNormal"
            or "TruncatedNormal" or "DestroyResourceOp" or "VarIsInitializedOp" or "MergeV2Checkpoints" or "NoOp";

    /// <summary>Element types of the op's results (at least <paramref name="minCount"/> of them).</summary>
    public static List<DataType> ResultTypes(NodeDef node, IReadOnlyList<TfValueType> inputs, int minCount)
    {
        var known = KnownResultTypes(node, inputs);
        if (known is not null || NoResults.Contains(node.Op))
        {
            // Ops whose arity the catalog knows keep it; reading past it is an error the emitter reports.
            return known ?? [];
        }

        var types = new List<DataType> { DefaultType(node, inputs) };
        while (types.Count < minCount)
        {
            types.Add(types.Count > 0 ? types[^1] : DefaultType(node, inputs));
        }

        return types;
    }

    private static List<DataType>? KnownResultTypes(NodeDef node, IReadOnlyList<TfValueType> inputs)
    {
        DataType T() => DefaultType(node, inputs);
        DataType Attr(string name, DataType fallback) => TfAttrs.Type(node, name) ?? fallback;
        List<DataType> Repeat(DataType t, long? n) => Enumerable.Repeat(t, (int)Math.Clamp(n ?? 1, 0, 100_000)).ToList();
        string op = node.Op;
        if (op.StartsWith("ResourceApply", StringComparison.Ordinal) || op.StartsWith("ResourceSparseApply", StringComparison.Ordinal))
        {
            return [];
        }

        if (BoolResults.Contains(op))
        {
            return [DataType.DtBool];
        }

        if (StringResults.Contains(op))
        {
            return [DataType.DtString];
        }

        if (VariantResults.Contains(op))
        {
            return [DataType.DtVariant];
        }

        if (ResourceResults.Contains(op))
        {
            return [DataType.DtResource];
        }

        return op switch
        {
            "Cast" => [Attr("DstT", T())],
            "Bitcast" => [Attr("type", T())],
            "Shape" or "Size" => [Attr("out_type", DataType.DtInt32)],
            "ShapeN" => Repeat(Attr("out_type", DataType.DtInt32), TfAttrs.Int(node, "N")),
            "Rank" or "TensorListLength" => [DataType.DtInt32],
            "ArgMax" or "ArgMin" => [Attr("output_type", DataType.DtInt64)],
            "Where" => [DataType.DtInt64],
            "Range" => [Attr("Tidx", T())],
            "Const" or "Placeholder" or "PlaceholderWithDefault" or "ReadVariableOp" => [Attr("dtype", T())],
            "VariableV2" or "Variable" => [(DataType)((int)Attr("dtype", DataType.DtFloat) + 100)],
            "TensorListStack" or "TensorListGetItem" or "TensorListGather" or "TensorListPopBack" =>
                op == "TensorListPopBack" ? [DataType.DtVariant, Attr("element_dtype", DataType.DtFloat)] : [Attr("element_dtype", DataType.DtFloat)],
            "Switch" or "RefSwitch" => [T(), T()],
            "Merge" or "RefMerge" => [T(), DataType.DtInt32],
            "Split" or "SplitV" => Repeat(T(), TfAttrs.Int(node, "num_split")),
            "Unpack" => Repeat(T(), TfAttrs.Int(node, "num")),
            "Unique" => [T(), Attr("out_idx", DataType.DtInt32)],
            "TopKV2" or "TopK" => [T(), DataType.DtInt32],
            "NonMaxSuppressionV5" => [DataType.DtInt32, T(), DataType.DtInt32],
            "NonMaxSuppressionV4" => [DataType.DtInt32, DataType.DtInt32],
            "NonMaxSuppression" or "NonMaxSuppressionV2" or "NonMaxSuppressionV3" => [DataType.DtInt32],
            "FusedBatchNorm" or "FusedBatchNormV2" => Repeat(T(), 5),
            "FusedBatchNormV3" or "_FusedBatchNormEx" => [T(), .. Repeat(Attr("U", DataType.DtFloat), 5)],
            "FusedBatchNormGrad" or "FusedBatchNormGradV2" or "FusedBatchNormGradV3" => [T(), .. Repeat(Attr("U", T()), 4)],
            "IdentityN" => TfAttrs.TypeList(node, "T")?.ToList(),
            "StatefulPartitionedCall" or "PartitionedCall" or "If" or "StatelessIf" or "RestoreV2" or "SymbolicGradient" =>
                (TfAttrs.TypeList(node, "Tout") ?? TfAttrs.TypeList(node, "dtypes"))?.ToList() ?? [],
            "While" or "StatelessWhile" => TfAttrs.TypeList(node, "T")?.ToList() ?? [],
            "BroadcastGradientArgs" => [T(), T()],
            "SoftmaxCrossEntropyWithLogits" or "SparseSoftmaxCrossEntropyWithLogits" => [T(), T()],
            "MaxPoolWithArgmax" => [T(), Attr("Targmax", DataType.DtInt64)],
            "ParseExample" or "ParseExampleV2" => null,
            _ => null,
        };
    }

    /// <summary>The usual element type: attribute T, dtype, Tparams or out_type, else the first input's.</summary>
    public static DataType DefaultType(NodeDef node, IReadOnlyList<TfValueType> inputs)
    {
        foreach (var name in new[] { "T", "dtype", "Tparams", "out_type", "output_type", "Tout", "DstT" })
        {
            if (TfAttrs.Type(node, name) is { } t)
            {
                return t;
            }
        }

        return inputs.Count > 0 ? TfDataTypes.Base(inputs[0].Dtype) : DataType.DtInvalid;
    }
}
