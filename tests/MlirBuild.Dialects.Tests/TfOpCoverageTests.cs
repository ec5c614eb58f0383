using System.Text.Json;
using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>The tf spec covers the ops real graphs use: every op of the TF.js corpus models and a training set.</summary>
public sealed class TfOpCoverageTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, TdRecord>> Records = new(() => TdFiles.Records("Tf/TfOps.td"));

    /// <summary>Ops of a Keras Conv2D + Dense model trained with Adam, and the SavedModel plumbing ops.</summary>
    private static readonly string[] TrainingAndSavedModelOps =
    [
        "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "AssignAddVariableOp", "Conv2D", "Conv2DBackpropFilter",
        "Conv2DBackpropInput", "ReluGrad", "BiasAddGrad", "ResourceApplyAdam", "Mean", "SquaredDifference",
        "BroadcastGradientArgs", "Sum", "Reshape", "Shape", "Fill", "MatMul", "BiasAdd", "Relu", "MaxPool",
        "MaxPoolGrad", "SoftmaxCrossEntropyWithLogits", "SparseSoftmaxCrossEntropyWithLogits", "Tile", "BroadcastTo",
        "ZerosLike", "OnesLike", "Cast", "Pow", "Sqrt", "RealDiv", "Mul", "Sub", "AddV2", "Neg", "Identity", "NoOp",
        "Const", "Placeholder", "PlaceholderWithDefault", "VarIsInitializedOp", "VariableV2", "Assign", "SaveV2",
        "RestoreV2", "MergeV2Checkpoints", "ShardedFilename", "StringJoin", "StaticRegexFullMatch", "ParseExample",
        "ParseExampleV2", "StatefulPartitionedCall", "PartitionedCall", "DisableCopyOnRead", "Select", "Pack",
        "Switch", "Merge", "Enter", "Exit", "NextIteration", "LoopCond", "While", "If", "WhileRegion", "IfRegion",
        "Yield",
    ];

    private static HashSet<string> Defined() => OpNames.Of(Records.Value, "tf").Select(n => n["tf.".Length..]).ToHashSet();

    [Fact]
    public void EveryTfjsCorpusOpIsDefined()
    {
        var used = TfjsOps();
        Assert.True(used.Count >= 60, $"only {used.Count} distinct ops in the TF.js corpus");
        var missing = used.Keys.Where(op => !Defined().Contains(op)).Select(op => $"{op} ({used[op]})").ToList();
        Assert.True(missing.Count == 0, "TF.js ops missing from the tf spec:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TrainingAndSavedModelOpsAreDefined()
    {
        var missing = TrainingAndSavedModelOps.Where(op => !Defined().Contains(op)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void AttributesUseOpDefNames()
    {
        // Conv2D's stored attributes and derived type attribute, named as in TensorFlow's OpDef.
        var conv = Records.Value["TF_Conv2DOp"];
        foreach (var name in new[] { "strides", "use_cudnn_on_gpu", "padding", "explicit_paddings", "data_format", "dilations" })
        {
            Assert.Contains("$" + name, conv.Fields["arguments"], StringComparison.Ordinal);
        }

        Assert.True(conv.Fields.ContainsKey("T"), "derived attribute T missing");
        Assert.Contains("TF_DerivedOperandTypeAttr", Records.Value[conv.Fields["T"]].Classes);
    }

    /// <summary>Op name → model file, from the GraphDef nodes and function library of each TF.js model.</summary>
    private static Dictionary<string, string> TfjsOps()
    {
        var dir = Path.Combine(RepoPaths.SharedCorpus, "tfjs");
        var ops = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*.json").Where(f => !f.EndsWith(".io.json", StringComparison.Ordinal)))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("modelTopology", out var topology))
            {
                continue;
            }

            void AddNodes(JsonElement nodes)
            {
                foreach (var node in nodes.EnumerateArray())
                {
                    ops.TryAdd(node.GetProperty("op").GetString()!, Path.GetFileName(file));
                }
            }

            if (topology.TryGetProperty("node", out var graphNodes))
            {
                AddNodes(graphNodes);
            }

            if (topology.TryGetProperty("library", out var library) && library.TryGetProperty("function", out var functions))
            {
                foreach (var function in functions.EnumerateArray())
                {
                    if (function.TryGetProperty("nodeDef", out var nodeDefs))
                    {
                        AddNodes(nodeDefs);
                    }
                }
            }
        }

        return ops;
    }
}
