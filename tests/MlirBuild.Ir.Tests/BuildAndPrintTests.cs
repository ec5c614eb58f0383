using System.Numerics;

namespace MlirBuild.Ir.Tests;

/// <summary>IR built through the API, printed generic, must equal mlir-opt's reprint of our text.</summary>
public class BuildAndPrintTests
{
    [Fact]
    public void BuiltModulePrintsLikeMlirOpt()
    {
        var ctx = new MlirContext(allowUnregisteredDialects: true);
        var module = BuiltinDialect.CreateModule(ctx);
        var b = new OpBuilder(ctx);
        b.SetInsertionPointToEnd(module.Regions[0].Blocks[0]);
        var ft = new FunctionType(new MlirType[] { RankedTensorType.Get(new[] { 2L, ShapedType.DynamicSize }, FloatType.F32) }, new MlirType[] { IntegerType.I32 });
        var f = FuncDialect.CreateFunc(ctx, "main", ft);
        b.Insert(f);
        var fb = new OpBuilder(ctx);
        fb.SetInsertionPointToEnd(f.Regions[0].Blocks[0]);
        var attrs = new[]
        {
            new NamedAttribute("i", IntegerAttr.I32(-7)),
            new NamedAttribute("f", FloatAttr.Get(FloatType.F32, 0.1)),
            new NamedAttribute("h", FloatAttr.Get(FloatType.F16, 1.5)),
            new NamedAttribute("s", new StringAttr("a\"b\n")),
            new NamedAttribute("arr", new ArrayAttr(new MlirAttribute[] { UnitAttr.Instance, BoolAttr.True, new TypeAttr(IndexType.Instance) })),
            new NamedAttribute("sym", new SymbolRefAttr("a", new[] { "b" })),
            new NamedAttribute("d", DenseElementsAttr.Create(RankedTensorType.Get(new[] { 3L }, IntegerType.I8), new byte[] { 1, 2, 255 })),
            new NamedAttribute("da", DenseArrayAttr.FromInt64(new long[] { 1, -2 })),
            new NamedAttribute("big", new IntegerAttr(new IntegerType(128), BigInteger.Parse("123456789012345678901234567890"))),
        };
        var c = fb.Create("foo.const", Array.Empty<Value>(), new MlirType[] { IntegerType.I32 }, attrs);
        var two = fb.Create("foo.two", new Value[] { f.Regions[0].Blocks[0].Arguments[0] }, new MlirType[] { IntegerType.I32, IntegerType.I32 });
        fb.Create("func.return", new Value[] { two.GetResult(1) }, Array.Empty<MlirType>());
        _ = c;
        string ours = MlirPrinter.Print(module, new PrintOptions { Generic = true });
        Assert.Equal(Oracle.Generic(ours), ours);
    }
}
