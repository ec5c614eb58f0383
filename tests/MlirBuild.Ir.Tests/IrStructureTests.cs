namespace MlirBuild.Ir.Tests;

public class IrStructureTests
{
    private static (Operation Module, Block Body, OpBuilder Builder) NewModule()
    {
        var ctx = new MlirContext(allowUnregisteredDialects: true);
        var module = BuiltinDialect.CreateModule(ctx);
        var b = new OpBuilder(ctx);
        var body = module.Regions[0].Blocks[0];
        b.SetInsertionPointToEnd(body);
        return (module, body, b);
    }

    [Fact]
    public void UseListsTrackOperandsAndReplaceAllUses()
    {
        var (_, _, b) = NewModule();
        var a = b.Create("foo.a", Array.Empty<Value>(), new MlirType[] { IntegerType.I32 });
        var c = b.Create("foo.c", Array.Empty<Value>(), new MlirType[] { IntegerType.I32 });
        var user1 = b.Create("foo.use", new Value[] { a.GetResult(0), a.GetResult(0) }, Array.Empty<MlirType>());
        var user2 = b.Create("foo.use", new Value[] { a.GetResult(0) }, Array.Empty<MlirType>());
        Assert.Equal(3, a.GetResult(0).UseCount);
        a.GetResult(0).ReplaceAllUsesWith(c.GetResult(0));
        Assert.False(a.GetResult(0).HasUses);
        Assert.Equal(3, c.GetResult(0).UseCount);
        Assert.Same(c.GetResult(0), user1.GetOperand(1));
        user2.Erase();
        Assert.Equal(2, c.GetResult(0).UseCount);
        Assert.All(c.GetResult(0).Users, u => Assert.Same(user1, u));
    }

    [Fact]
    public void BlockListInsertionAndOrder()
    {
        var (_, body, b) = NewModule();
        var x = b.Create("foo.x", Array.Empty<Value>(), Array.Empty<MlirType>());
        var z = b.Create("foo.z", Array.Empty<Value>(), Array.Empty<MlirType>());
        b.SetInsertionPoint(z);
        var y = b.Create("foo.y", Array.Empty<Value>(), Array.Empty<MlirType>());
        Assert.Equal(new[] { "foo.x", "foo.y", "foo.z" }, body.Operations.Select(o => o.Name));
        Assert.True(x.IsBeforeInBlock(y));
        Assert.True(y.IsBeforeInBlock(z));
        x.MoveAfter(z);
        Assert.Equal(new[] { "foo.y", "foo.z", "foo.x" }, body.Operations.Select(o => o.Name));
        Assert.True(z.IsBeforeInBlock(x));
        Assert.Equal(3, body.OperationCount);
    }

    [Fact]
    public void InherentAttributesOfRegisteredOpsBecomeProperties()
    {
        var ctx = new MlirContext();
        var f = FuncDialect.CreateFunc(ctx, "f", new FunctionType(new MlirType[] { IntegerType.I32 }, Array.Empty<MlirType>()));
        f.SetAttr("my.flag", UnitAttr.Instance);
        Assert.NotNull(f.Properties!.Get("sym_name"));
        Assert.Null(f.Attributes.Get("sym_name"));
        Assert.NotNull(f.Attributes.Get("my.flag"));
        Assert.Equal("f", f.GetAttr<StringAttr>("sym_name")!.Value);
    }

    [Fact]
    public void WalkVisitsNestedOpsPostOrder()
    {
        var (module, _, b) = NewModule();
        var st = new OperationState("foo.outer", null, b.Context);
        var region = st.AddRegion();
        var inner = region.AddBlock();
        var outer = b.Create(st);
        var ib = new OpBuilder(b.Context);
        ib.SetInsertionPointToEnd(inner);
        ib.Create("foo.inner", Array.Empty<Value>(), Array.Empty<MlirType>());
        var names = new List<string>();
        module.Walk(op => names.Add(op.Name));
        Assert.Equal(new[] { "foo.inner", "foo.outer", "builtin.module" }, names);
        Assert.Same(outer, inner.ParentOp);
    }

    [Fact]
    public void CloneRemapsInnerValues()
    {
        var (_, body, b) = NewModule();
        var st = new OperationState("foo.outer", null, b.Context);
        var blk = st.AddRegion().AddBlock();
        var arg = blk.AddArgument(IntegerType.I32);
        var outer = b.Create(st);
        var ib = new OpBuilder(b.Context);
        ib.SetInsertionPointToEnd(blk);
        ib.Create("foo.use", new Value[] { arg }, Array.Empty<MlirType>());
        var copy = outer.Clone();
        var copiedUse = copy.Regions[0].Blocks[0].FirstOp!;
        Assert.Same(copy.Regions[0].Blocks[0].Arguments[0], copiedUse.GetOperand(0));
        Assert.Equal(1, arg.UseCount);
        _ = body;
    }

    [Fact]
    public void CloneRemapsUsesThatPrecedeTheirDefinition()
    {
        const string text = """
            "foo.graph"() ({
              "foo.use"(%later) : (i32) -> ()
              %later = "foo.def"() : () -> i32
            }) : () -> ()
            """;
        var r = MlirParser.Parse(text, "t.mlir", new MlirContext(true));
        Assert.True(r.Succeeded, r.Diagnostics.ToString());
        var graph = r.Module!.Regions[0].Blocks[0].FirstOp!;
        var copy = graph.Clone();
        var ops = copy.Regions[0].Blocks[0].Operations.ToList();
        Assert.Same(ops[1].GetResult(0), ops[0].GetOperand(0));
        Assert.Equal(1, graph.Regions[0].Blocks[0].LastOp!.GetResult(0).UseCount);
    }

    [Fact]
    public void DiagnosticFormatsLikeMlirOpt()
    {
        var d = Diagnostic.Error(new FileLineColLoc("in.mlir", 3, 7), "expected type");
        d.AttachNote(new FileLineColLoc("in.mlir", 1, 1), "see here");
        Assert.Equal("in.mlir:3:7: error: expected type\nin.mlir:1:1: note: see here", d.ToString());
    }
}
