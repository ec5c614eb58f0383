using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;
using static MlirBuild.Importers.Tests.Onnx.OnnxModels;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Broken models give one clear error naming the file and the node, and no module.</summary>
public class OnnxImporterBadInputTests
{
    private static OnnxProblem SingleError(OnnxImportResult r)
    {
        Assert.False(r.Succeeded);
        Assert.Null(r.Module);
        var error = Assert.Single(r.Problems, p => p.IsError);
        Assert.Equal("test.onnx", error.File);
        return error;
    }

    private static ModelProto TwoNodes(NodeProto a, NodeProto b) =>
        Model(Graph("g", [Tensor("x", OnnxDataType.Float, 1)], [Tensor("z", OnnxDataType.Float, 1)], a, b));

    [Fact]
    public void CycleNamesANodeInIt()
    {
        var r = Import(TwoNodes(Node("Add", ["x", "z"], ["y"], "first"), Node("Relu", ["y"], ["z"], "second")));
        var e = SingleError(r);
        Assert.Contains("cycle", e.Message);
        Assert.Matches("node '(first|second)'", e.Where);
    }

    [Fact]
    public void SelfLoopIsACycle()
    {
        var r = Import(TwoNodes(Node("Add", ["x", "y"], ["y"], "self"), Node("Relu", ["y"], ["z"])));
        var e = SingleError(r);
        Assert.Contains("node 'self' (Add)", e.Where);
        Assert.Contains("cycle", e.Message);
    }

    [Fact]
    public void DanglingInputNamesNodeAndValue()
    {
        var r = Import(TwoNodes(Node("Add", ["x", "nowhere"], ["y"]), Node("Relu", ["y"], ["z"], "r")));
        var e = SingleError(r);
        Assert.Equal("graph 'g': node Add #0", e.Where);
        Assert.Contains("input 'nowhere' is not defined", e.Message);
    }

    [Fact]
    public void DanglingCaptureInsideSubgraphIsReported()
    {
        var body = Graph("then", [], [Tensor("t", OnnxDataType.Float, 1)], Node("Neg", ["ghost"], ["t"], "inner"));
        var main = Graph("g", [Tensor("c", OnnxDataType.Bool)], [Tensor("y", OnnxDataType.Float, 1)],
            Node("If", ["c"], ["y"], "iff", GraphAttr("then_branch", body), GraphAttr("else_branch", body)));
        var r = Import(Model(main));
        Assert.False(r.Succeeded);
        Assert.Contains(r.Problems, p => p.IsError && p.Where.Contains("node 'iff' (If)") && p.Message.Contains("'ghost'"));
    }

    [Fact]
    public void DuplicateOutputIsReported()
    {
        var r = Import(TwoNodes(Node("Relu", ["x"], ["z"], "a"), Node("Neg", ["x"], ["z"], "b")));
        var e = SingleError(r);
        Assert.Contains("node 'b' (Neg)", e.Where);
        Assert.Contains("already defined", e.Message);
    }

    [Fact]
    public void UndefinedGraphOutputIsReported()
    {
        var r = Import(Model(Graph("g", [Tensor("x", OnnxDataType.Float, 1)], [Tensor("missing", OnnxDataType.Float, 1)])));
        Assert.Contains("graph output 'missing'", SingleError(r).Message);
    }

    [Fact]
    public void ShortInitializerNamesIt()
    {
        var g = Graph("g", [], [Tensor("w", OnnxDataType.Float, 4)]);
        var w = new TensorProto { Name = "w", DataType = 1, RawData = ByteString.CopyFrom(new byte[6]) };
        w.Dims.Add(4);
        g.Initializer.Add(w);
        var e = SingleError(Import(Model(g)));
        Assert.Equal("graph 'g': initializer 'w'", e.Where);
        Assert.Contains("raw_data has 6 bytes", e.Message);
    }

    [Fact]
    public void ShortAttributeTensorNamesNodeAndAttribute()
    {
        var t = new TensorProto { DataType = 7, RawData = ByteString.CopyFrom(new byte[3]) };
        t.Dims.Add(1);
        var node = Node("Constant", [], ["z"], "k", new AttributeProto { Name = "value", Type = AttributeProto.Types.AttributeType.Tensor, T = t });
        var e = SingleError(Import(Model(Graph("g", [], [Tensor("z", OnnxDataType.Int64, 1)], node))));
        Assert.Equal("graph 'g': node 'k' (Constant): attribute 'value'", e.Where);
    }

    [Fact]
    public void ExternalDataEscapingTheModelDirectoryIsRejected()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("m"));
        File.WriteAllBytes(dir.File("secret.bin"), new byte[4]);
        var w = new TensorProto { Name = "w", DataType = 1, DataLocation = TensorProto.Types.DataLocation.External };
        w.Dims.Add(1);
        w.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "../secret.bin" });
        var g = Graph("g", [], [Tensor("w", OnnxDataType.Float, 1)]);
        g.Initializer.Add(w);
        File.WriteAllBytes(dir.File("m/model.onnx"), Model(g).ToByteArray());
        var r = OnnxImporter.Import(dir.File("m/model.onnx"));
        Assert.False(r.Succeeded);
        var e = Assert.Single(r.Problems);
        Assert.EndsWith("model.onnx", e.File);
        Assert.Contains("initializer 'w'", e.Where);
        Assert.Contains("escapes", e.Message);
    }

    [Fact]
    public void ExternalDataInMemoryWithoutDirectoryIsRejected()
    {
        var w = new TensorProto { Name = "w", DataType = 1, DataLocation = TensorProto.Types.DataLocation.External };
        w.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "w.bin" });
        var g = Graph("g", [], [Tensor("w", OnnxDataType.Float)]);
        g.Initializer.Add(w);
        Assert.Contains("not allowed", SingleError(Import(Model(g))).Message);
    }

    [Fact]
    public void NegativeDimensionInValueInfoIsReported()
    {
        var r = Import(Model(Graph("g", [Tensor("x", OnnxDataType.Float, 2)], [Tensor("x", OnnxDataType.Float, 2)])));
        Assert.True(r.Succeeded, Problems(r));
        var bad = Tensor("x", OnnxDataType.Float, 2);
        bad.Type.TensorType.Shape.Dim[0].DimValue = -5;
        var e = SingleError(Import(Model(Graph("g", [bad], [Tensor("x", OnnxDataType.Float, 2)]))));
        Assert.Contains("value 'x'", e.Where);
        Assert.Contains("negative", e.Message);
    }

    [Fact]
    public void UnrepresentableElementTypeIsAClearError()
    {
        var x = Tensor("x", OnnxDataType.Float, 1);
        x.Type.TensorType.ElemType = 77;
        var e = SingleError(Import(Model(Graph("g", [x], [x]))));
        Assert.Contains("element type 77 cannot be represented", e.Message);
    }

    [Fact]
    public void TruncatedModelIsReported()
    {
        var bytes = File.ReadAllBytes(TestData("node", "test_if"));
        var r = OnnxImporter.Import(bytes[..(bytes.Length / 2)], "test.onnx", null);
        Assert.Contains("truncated or corrupt", SingleError(r).Message);
    }

    [Fact]
    public void UnknownFieldsInANodeAreWarningsNamingTheNode()
    {
        var model = TwoNodes(Node("Relu", ["x"], ["y"], "r1"), Node("Neg", ["y"], ["z"], "n1"));
        var bytes = model.ToByteArray();
        var parsed = ModelProto.Parser.ParseFrom(bytes);
        // Re-encode node 1 with an extra field 50 (varint 7) appended.
        var node = parsed.Graph.Node[1].ToByteArray().Concat(new byte[] { 0x90, 0x03, 0x07 }).ToArray();
        parsed.Graph.Node[1] = NodeProto.Parser.ParseFrom(node);
        var r = Import(parsed);
        Assert.True(r.Succeeded, Problems(r));
        var w = Assert.Single(r.Problems);
        Assert.False(w.IsError);
        Assert.Contains("node 'n1' Neg", w.Where);
        Assert.Contains("unknown field 50", w.Message);
    }

    [Fact]
    public void MissingGraphAndEmptyOpTypeAreReported()
    {
        Assert.Contains("no graph", SingleError(Import(new ModelProto { IrVersion = 8 })).Message);
        var r = Import(TwoNodes(Node("", ["x"], ["y"], "blank"), Node("Neg", ["y"], ["z"])));
        Assert.Contains("no op_type", SingleError(r).Message);
    }

    [Fact]
    public void AttributeReferenceOutsideAFunctionIsReported()
    {
        var a = new AttributeProto { Name = "alpha", RefAttrName = "outer_alpha", Type = AttributeProto.Types.AttributeType.Float };
        var r = Import(TwoNodes(Node("LeakyRelu", ["x"], ["y"], "lr", a), Node("Neg", ["y"], ["z"])));
        Assert.Contains("only valid inside a function", SingleError(r).Message);
    }

    [Fact]
    public void ProblemsConvertToDiagnosticsWithTheFileName()
    {
        var r = Import(TwoNodes(Node("Add", ["x", "nowhere"], ["y"], "a1"), Node("Relu", ["y"], ["z"])));
        var d = Assert.Single(r.Diagnostics);
        Assert.StartsWith("test.onnx:0:0: error: graph 'g': node 'a1' (Add): input 'nowhere'", d.ToString());
    }
}
