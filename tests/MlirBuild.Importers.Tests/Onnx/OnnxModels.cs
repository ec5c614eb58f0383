using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Builds small ModelProtos for tests and digs into imported modules.</summary>
internal static class OnnxModels
{
    public static string TestData(string kind, string name) => Path.Combine(RepoPaths.OnnxTestData, kind, name, "model.onnx");

    public static ModelProto Model(GraphProto graph, params (string Domain, long Version)[] opsets)
    {
        var m = new ModelProto { IrVersion = 8, Graph = graph, ProducerName = "mlirbuild-tests" };
        foreach (var (domain, version) in opsets.Length == 0 ? [("", 17L)] : opsets)
        {
            m.OpsetImport.Add(new OperatorSetIdProto { Domain = domain, Version = version });
        }

        return m;
    }

    public static GraphProto Graph(string name, IEnumerable<ValueInfoProto> inputs, IEnumerable<ValueInfoProto> outputs, params NodeProto[] nodes)
    {
        var g = new GraphProto { Name = name };
        g.Input.AddRange(inputs);
        g.Output.AddRange(outputs);
        g.Node.AddRange(nodes);
        return g;
    }

    public static ValueInfoProto Tensor(string name, OnnxDataType type, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var d in dims)
        {
            shape.Dim.Add(d < 0 ? new TensorShapeProto.Types.Dimension { DimParam = "N" } : new TensorShapeProto.Types.Dimension { DimValue = d });
        }

        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)type, Shape = shape } } };
    }

    public static NodeProto Node(string opType, string[] inputs, string[] outputs, string name = "", params AttributeProto[] attributes)
    {
        var n = new NodeProto { OpType = opType, Name = name };
        n.Input.AddRange(inputs);
        n.Output.AddRange(outputs);
        n.Attribute.AddRange(attributes);
        return n;
    }

    public static AttributeProto GraphAttr(string name, GraphProto g) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Graph, G = g };

    public static AttributeProto IntAttr(string name, long v) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = v };

    public static TensorProto FloatTensor(string name, long[] dims, params float[] values)
    {
        var t = new TensorProto { Name = name, DataType = (int)OnnxDataType.Float };
        t.Dims.AddRange(dims);
        t.FloatData.AddRange(values);
        return t;
    }

    public static OnnxImportResult Import(ModelProto model, string? baseDirectory = null) =>
        OnnxImporter.Import(model.ToByteArray(), "test.onnx", baseDirectory);

    public static Operation MainFunc(Operation module) => module.Regions[0].EntryBlock!.Operations.Single(o => o.Name == "func.func");

    public static List<Operation> BodyOps(Operation func) => [.. func.Regions[0].EntryBlock!.Operations];

    public static string Problems(OnnxImportResult r) => string.Join("\n", r.Problems);
}
