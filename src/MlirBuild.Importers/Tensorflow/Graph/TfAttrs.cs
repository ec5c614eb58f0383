using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>Typed reads of node attributes with defaults.</summary>
internal static class TfAttrs
{
    public static DataType? Type(NodeDef node, string name) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.Type ? a.Type : null;

    public static IReadOnlyList<DataType>? TypeList(NodeDef node, string name) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.List ? a.List.Type : null;

    public static long? Int(NodeDef node, string name) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.I ? a.I : null;

    public static bool Bool(NodeDef node, string name, bool fallback = false) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.B ? a.B : fallback;

    public static string? String(NodeDef node, string name) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.S ? a.S.ToStringUtf8() : null;

    public static IReadOnlyList<long>? Ints(NodeDef node, string name) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.List ? a.List.I : null;

    public static TensorShapeProto? Shape(NodeDef node, string name) =>
        node.Attr.TryGetValue(name, out var a) && a.ValueCase == AttrValue.ValueOneofCase.Shape ? a.Shape : null;

    public static long[]? ShapeDims(TensorShapeProto? shape) =>
        shape is null || shape.UnknownRank ? null : shape.Dim.Select(d => d.Size < 0 ? -1 : d.Size).ToArray();
}
