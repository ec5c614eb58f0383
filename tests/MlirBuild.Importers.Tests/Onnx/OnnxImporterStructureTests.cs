using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;
using static MlirBuild.Importers.Tests.Onnx.OnnxModels;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>The shape of imported modules for the cases the brief names: subgraphs, optional inputs, domains, names.</summary>
public class OnnxImporterStructureTests
{
    private static Operation ImportTestData(string name)
    {
        var r = OnnxImporter.Import(TestData("node", name));
        Assert.True(r.Succeeded, Problems(r));
        return r.Module!;
    }

    [Fact]
    public void IfBranchesBecomeRegionsInAttributeNameOrder()
    {
        var module = ImportTestData("test_if");
        var ifOp = BodyOps(MainFunc(module)).Single(o => o.Name == "onnx.If");
        Assert.Equal(2, ifOp.Regions.Count);
        foreach (var region in ifOp.Regions)
        {
            var block = Assert.Single(region.Blocks);
            Assert.Empty(block.Arguments);
            Assert.Equal("onnx.Yield", block.Operations.Last().Name);
        }

        // else_branch sorts before then_branch; test_if's else branch yields else_out from a Constant node.
        var elseConst = ifOp.Regions[0].EntryBlock!.Operations.First();
        Assert.Equal("onnx.Constant", elseConst.Name);
        Assert.Contains("else_branch", ((NameLoc)elseConst.Location).Name);
        Assert.Single(ifOp.Operands);
    }

    [Fact]
    public void LoopBodyHasBlockArgumentsPerGraphInput()
    {
        var module = ImportTestData("test_loop11");
        var loop = BodyOps(MainFunc(module)).Single(o => o.Name == "onnx.Loop");
        var body = Assert.Single(loop.Regions).EntryBlock!;
        Assert.Equal(3, body.Arguments.Count); // iter_count, cond_in, y_in
        Assert.Equal(3, body.Operations.Last().NumOperands); // cond_out, y_out, scan_out
        Assert.Equal(2, loop.NumResults);
    }

    [Fact]
    public void ScanKeepsItsIntegerAttributeBesideTheRegion()
    {
        var scan = BodyOps(MainFunc(ImportTestData("test_scan9_sum"))).Single(o => o.Name == "onnx.Scan");
        Assert.Equal(IntegerAttr.I64(1), scan.Attributes.Get("num_scan_inputs"));
        Assert.Null(scan.Attributes.Get("body"));
        Assert.Single(scan.Regions);
    }

    [Fact]
    public void SubgraphsUseOuterValuesDirectly()
    {
        // Outer x feeds an Add inside the then-branch without being a block argument.
        var thenGraph = Graph("then", [], [Tensor("t", OnnxDataType.Float, 2)], Node("Add", ["x", "x"], ["t"]));
        var elseGraph = Graph("else", [], [Tensor("x", OnnxDataType.Float, 2)]);
        var main = Graph("g", [Tensor("c", OnnxDataType.Bool), Tensor("x", OnnxDataType.Float, 2)], [Tensor("y", OnnxDataType.Float, 2)],
            Node("If", ["c"], ["y"], "branch", GraphAttr("then_branch", thenGraph), GraphAttr("else_branch", elseGraph)));
        var r = Import(Model(main));
        Assert.True(r.Succeeded, Problems(r));
        var func = MainFunc(r.Module!);
        var x = func.Regions[0].EntryBlock!.Arguments[1];
        var ifOp = BodyOps(func).Single(o => o.Name == "onnx.If");
        var add = ifOp.Regions[1].EntryBlock!.Operations.First();
        Assert.Equal("onnx.Add", add.Name);
        Assert.Same(x, add.GetOperand(0));
        // The else branch returns the outer value itself.
        Assert.Same(x, ifOp.Regions[0].EntryBlock!.Operations.Single().GetOperand(0));
        Assert.Equal("branch/then_branch/Add_0", ((NameLoc)add.Location).Name);
    }

    [Fact]
    public void EmptyInputNamesAreAbsentOperandsWithSegments()
    {
        var clip = BodyOps(MainFunc(ImportTestData("test_clip_default_inbounds"))).Single(o => o.Name == "onnx.Clip");
        Assert.Equal(1, clip.NumOperands);
        var segments = Assert.IsType<DenseArrayAttr>(clip.Attributes.Get("onnx.input_segments"));
        Assert.Equal(new byte[] { 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, segments.Raw.ToArray());
    }

    [Fact]
    public void EmptyOutputNamesAreNoneResults()
    {
        var gru = BodyOps(MainFunc(ImportTestData("test_gru_defaults"))).Single(o => o.Name == "onnx.GRU");
        Assert.Equal(2, gru.NumResults);
        Assert.Equal(NoneType.Instance, gru.GetResult(0).Type);
        Assert.IsType<RankedTensorType>(gru.GetResult(1).Type);
    }

    [Fact]
    public void TrainingDomainIsKeptInOpNamesAndOpsets()
    {
        var module = ImportTestData("test_adam");
        var opsets = Assert.IsType<DictionaryAttr>(module.Attributes.Get(OnnxImporter.OpsetImportAttr));
        Assert.NotNull(opsets.Get("ai.onnx.preview.training"));
        var adam = BodyOps(MainFunc(module)).Single(o => o.Name == "onnx.ai.onnx.preview.training.Adam");
        Assert.Equal(6, adam.NumOperands);
        Assert.Equal(3, adam.NumResults);
        Assert.IsType<FloatAttr>(adam.Attributes.Get("alpha"));
    }

    [Fact]
    public void NamesAndLocationsAreRecorded()
    {
        var model = Model(Graph("g", [Tensor("a", OnnxDataType.Float, 3)], [Tensor("b", OnnxDataType.Float, 3), Tensor("c", OnnxDataType.Float, 3)],
            Node("Relu", ["a"], ["b"], "relu1"), Node("Neg", ["b"], ["c"])));
        var r = Import(model);
        Assert.True(r.Succeeded, Problems(r));
        var func = MainFunc(r.Module!);
        Assert.Equal(new ArrayAttr(new MlirAttribute[] { new StringAttr("a") }), func.Attributes.Get(OnnxImporter.InputNamesAttr));
        Assert.Equal(new ArrayAttr(new MlirAttribute[] { new StringAttr("b"), new StringAttr("c") }), func.Attributes.Get(OnnxImporter.OutputNamesAttr));
        var ops = BodyOps(func);
        Assert.Equal(new NameLoc("relu1"), ops[0].Location);
        Assert.Equal(new NameLoc("Neg_1"), ops[1].Location);
        Assert.Equal("func.return", ops[2].Name);
        Assert.Equal(new RankedTensorType(new long[] { 3 }, FloatType.F32), ops[0].GetResult(0).Type);
    }

    [Fact]
    public void InitializersBecomeConstantsWithRawBytes()
    {
        var g = Graph("g", [Tensor("x", OnnxDataType.Float, 2)], [Tensor("y", OnnxDataType.Float, 2)], Node("Add", ["x", "w"], ["y"]));
        g.Initializer.Add(FloatTensor("w", [2], 1f, 2f));
        var r = Import(Model(g));
        Assert.True(r.Succeeded, Problems(r));
        var c = BodyOps(MainFunc(r.Module!)).First();
        Assert.Equal("onnx.Constant", c.Name);
        Assert.Equal(new NameLoc("w"), c.Location);
        var dense = Assert.IsType<DenseElementsAttr>(c.Attributes.Get("value"));
        Assert.Equal(BitConverter.GetBytes(1f).Concat(BitConverter.GetBytes(2f)), dense.Raw.ToArray());
    }

    [Fact]
    public void InputsWithInitializersAreConstantsNotArguments()
    {
        var module = OnnxImporter.Import(TestData("simple", "test_sequence_model1"));
        Assert.True(module.Succeeded, Problems(module));
        var func = MainFunc(module.Module!);
        Assert.Equal(3, func.Regions[0].EntryBlock!.Arguments.Count); // X, Y, Z; pos and pos_at are initializers
        Assert.Equal(2, BodyOps(func).Count(o => o.Name == "onnx.Constant"));
        var seq = BodyOps(func).First(o => o.Name == "onnx.SequenceEmpty");
        Assert.Equal(OnnxTypeMapper.Unknown, seq.GetResult(0).Type);
    }

    [Fact]
    public void StringTensorsBecomeDenseStrings()
    {
        var t = new TensorProto { Name = "s", DataType = (int)OnnxDataType.String };
        t.Dims.Add(2);
        t.StringData.Add(ByteString.CopyFromUtf8("ab"));
        t.StringData.Add(ByteString.CopyFromUtf8("c\"d"));
        var node = Node("Constant", [], ["y"], "k", new AttributeProto { Name = "value", Type = AttributeProto.Types.AttributeType.Tensor, T = t });
        var out0 = new ValueInfoProto { Name = "y", Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = 8 } } };
        var r = Import(Model(Graph("g", [], [out0], node)));
        Assert.True(r.Succeeded, Problems(r));
        var k = BodyOps(MainFunc(r.Module!)).First();
        var s = Assert.IsType<DenseStringElementsAttr>(k.Attributes.Get("value"));
        Assert.Equal(2, s.Elements.Count);
        Assert.Equal(new RankedTensorType(new long[] { 2 }, OnnxTypeMapper.StringElement), s.Type);
        Assert.Equal(new UnrankedTensorType(OnnxTypeMapper.StringElement), k.GetResult(0).Type);
    }

    [Fact]
    public void ExternalInitializerIsReadNextToTheModel()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("w.bin"), BitConverter.GetBytes(3f).Concat(BitConverter.GetBytes(4f)).ToArray());
        var w = new TensorProto { Name = "w", DataType = 1, DataLocation = TensorProto.Types.DataLocation.External };
        w.Dims.Add(2);
        w.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = "w.bin" });
        var g = Graph("g", [], [Tensor("w", OnnxDataType.Float, 2)]);
        g.Initializer.Add(w);
        File.WriteAllBytes(dir.File("model.onnx"), Model(g).ToByteArray());
        var r = OnnxImporter.Import(dir.File("model.onnx"));
        Assert.True(r.Succeeded, Problems(r));
        var dense = Assert.IsType<DenseElementsAttr>(BodyOps(MainFunc(r.Module!)).First().Attributes.Get("value"));
        Assert.Equal(File.ReadAllBytes(dir.File("w.bin")), dense.Raw.ToArray());
    }

    [Fact]
    public void AttributeKindsMapToMlirAttributes()
    {
        var attrs = new[]
        {
            new AttributeProto { Name = "f", Type = AttributeProto.Types.AttributeType.Float, F = 0.5f },
            new AttributeProto { Name = "s", Type = AttributeProto.Types.AttributeType.String, S = ByteString.CopyFromUtf8("NOTSET") },
            new AttributeProto { Name = "ints", Type = AttributeProto.Types.AttributeType.Ints, Ints = { 1, -2 } },
            new AttributeProto { Name = "floats", Type = AttributeProto.Types.AttributeType.Floats, Floats = { 1.5f } },
            new AttributeProto { Name = "strs", Type = AttributeProto.Types.AttributeType.Strings, Strings = { ByteString.CopyFromUtf8("a") } },
            new AttributeProto { Name = "tp", Type = AttributeProto.Types.AttributeType.TypeProto, Tp = Tensor("", OnnxDataType.Int64, 2).Type },
        };
        var r = Import(Model(Graph("g", [Tensor("x", OnnxDataType.Float, 1)], [Tensor("y", OnnxDataType.Float, 1)], Node("Custom", ["x"], ["y"], "c", attrs))));
        Assert.True(r.Succeeded, Problems(r));
        var op = BodyOps(MainFunc(r.Module!)).First();
        Assert.Equal(FloatAttr.Get(FloatType.F32, 0.5), op.Attributes.Get("f"));
        Assert.Equal(new StringAttr("NOTSET"), op.Attributes.Get("s"));
        Assert.Equal(new ArrayAttr(new MlirAttribute[] { IntegerAttr.I64(1), IntegerAttr.I64(-2) }), op.Attributes.Get("ints"));
        Assert.Equal(new ArrayAttr(new MlirAttribute[] { FloatAttr.Get(FloatType.F32, 1.5) }), op.Attributes.Get("floats"));
        Assert.Equal(new ArrayAttr(new MlirAttribute[] { new StringAttr("a") }), op.Attributes.Get("strs"));
        Assert.Equal(new TypeAttr(new RankedTensorType(new long[] { 2 }, IntegerType.I64)), op.Attributes.Get("tp"));
    }

    [Fact]
    public void SequenceAndOptionalTypesUseOnnxDialectTypes()
    {
        var func = MainFunc(ImportTestData("test_identity_opt"));
        var arg = func.Regions[0].EntryBlock!.Arguments[0];
        Assert.Equal("!onnx.opt<!onnx.seq<tensor<5xf32>>>", arg.Type.ToString());
    }

    [Fact]
    public void NodesOutOfOrderAreSorted()
    {
        var model = Model(Graph("g", [Tensor("a", OnnxDataType.Float, 1)], [Tensor("c", OnnxDataType.Float, 1)],
            Node("Neg", ["b"], ["c"], "second"), Node("Relu", ["a"], ["b"], "first")));
        var r = Import(model);
        Assert.True(r.Succeeded, Problems(r));
        Assert.Equal(["onnx.Relu", "onnx.Neg", "func.return"], BodyOps(MainFunc(r.Module!)).Select(o => o.Name));
    }
}
