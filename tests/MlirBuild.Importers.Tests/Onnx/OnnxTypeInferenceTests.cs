using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;
using static MlirBuild.Importers.Tests.Onnx.OnnxModels;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Values without declared types get the element type the operator schema implies (facts of ONNX's op definitions).</summary>
public class OnnxTypeInferenceTests
{
    private static List<Operation> Ops(params NodeProto[] nodes)
    {
        var g = Graph("g", [Tensor("x", OnnxDataType.Float, 2, 3), Tensor("i", OnnxDataType.Int32, 4)], [Tensor("out", OnnxDataType.Float, 2, 3)], nodes);
        g.Node.Add(Node("Identity", ["x"], ["out"], "final"));
        var r = Import(Model(g));
        Assert.True(r.Succeeded, Problems(r));
        return BodyOps(MainFunc(r.Module!));
    }

    private static MlirType ResultOf(List<Operation> ops, string opName, int result = 0) => ops.First(o => o.Name == opName).GetResult(result).Type;

    [Fact]
    public void SharedTypeVariableGivesTheInputElementType()
    {
        var ops = Ops(Node("Add", ["x", "x"], ["a"]), Node("Relu", ["i"], ["r"]));
        Assert.Equal(new UnrankedTensorType(FloatType.F32), ResultOf(ops, "onnx.Add"));
        Assert.Equal(new UnrankedTensorType(IntegerType.I32), ResultOf(ops, "onnx.Relu"));
    }

    [Fact]
    public void ConcreteOutputTypesAndCastTargets()
    {
        var to = new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)OnnxDataType.Float16 };
        var ops = Ops(Node("Shape", ["x"], ["s"]), Node("Cast", ["x"], ["c"], "cast", to), Node("TopK", ["x", "s"], ["v", "idx"]));
        Assert.Equal(new UnrankedTensorType(IntegerType.I64), ResultOf(ops, "onnx.Shape"));
        Assert.Equal(new UnrankedTensorType(FloatType.F16), ResultOf(ops, "onnx.Cast"));
        Assert.Equal(new UnrankedTensorType(FloatType.F32), ResultOf(ops, "onnx.TopK", 0));
        Assert.Equal(new UnrankedTensorType(IntegerType.I64), ResultOf(ops, "onnx.TopK", 1));
    }

    [Fact]
    public void ConstantAndIdentityKeepExactTypes()
    {
        var t = new TensorProto { DataType = (int)OnnxDataType.Int64, RawData = ByteString.CopyFrom(new byte[16]) };
        t.Dims.Add(2);
        var value = new AttributeProto { Name = "value", Type = AttributeProto.Types.AttributeType.Tensor, T = t };
        var ops = Ops(Node("Constant", [], ["k"], "k", value), Node("Identity", ["i"], ["same"], "copy"));
        Assert.Equal(new RankedTensorType(new long[] { 2 }, IntegerType.I64), ResultOf(ops, "onnx.Constant"));
        Assert.Equal(new RankedTensorType(new long[] { 4 }, IntegerType.I32), ops.Single(o => o.Location == new NameLoc("copy")).GetResult(0).Type);
    }

    [Fact]
    public void UnknownOpsHeterogeneousOutputsAndDeclaredTypes()
    {
        var ops = Ops(Node("NoSuchOp", ["x"], ["n"]), Node("SequenceEmpty", [], ["seq"]));
        Assert.Equal(OnnxTypeMapper.Unknown, ResultOf(ops, "onnx.NoSuchOp"));
        Assert.Equal(OnnxTypeMapper.Unknown, ResultOf(ops, "onnx.SequenceEmpty"));
        var loop = BodyOps(MainFunc(OnnxImporter.Import(TestData("node", "test_loop11")).Module!)).Single(o => o.Name == "onnx.Loop");
        Assert.IsType<RankedTensorType>(loop.GetResult(0).Type); // declared graph output wins
    }
}
