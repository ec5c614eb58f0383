using System.Globalization;
using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>How nodes and values are named in problems and locations.</summary>
internal static class OnnxNames
{
    /// <summary>"node 'conv1' (Conv)" or, for unnamed nodes, "node Conv #3" (index within its graph).</summary>
    public static string Node(string graphWhere, NodeProto node, int index)
    {
        var self = node.Name.Length > 0
            ? $"node '{node.Name}' ({QualifiedOpType(node)})"
            : $"node {QualifiedOpType(node)} #{index.ToString(CultureInfo.InvariantCulture)}";
        return graphWhere.Length == 0 ? self : graphWhere + ": " + self;
    }

    /// <summary>The location name of a node: its name, or op type and index when unnamed.</summary>
    public static string LocationName(NodeProto node, int index) =>
        node.Name.Length > 0 ? node.Name : QualifiedOpType(node) + "_" + index.ToString(CultureInfo.InvariantCulture);

    public static string QualifiedOpType(NodeProto node) =>
        IsDefaultDomain(node.Domain) ? node.OpType : node.Domain + "." + node.OpType;

    public static bool IsDefaultDomain(string domain) => domain.Length == 0 || domain == "ai.onnx";
}
