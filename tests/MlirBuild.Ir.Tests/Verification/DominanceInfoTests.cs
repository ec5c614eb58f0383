using MlirBuild.Ir.Tests.Support;
using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Tests.Verification;

public class DominanceInfoTests
{
    /// <summary>entry → (a | b) → join; plus a block nothing branches to.</summary>
    [Fact]
    public void DiamondWithUnreachableBlock()
    {
        var ir = new IrFactory();
        var (func, entry) = ir.Func("f", [IntegerType.I1], []);
        var region = func.Regions[0];
        var a = region.AddBlock();
        var b = region.AddBlock();
        var join = region.AddBlock();
        var dead = region.AddBlock();
        ir.Op("cf.cond_br", [entry.Arguments[0]], successors: [a, b]);
        foreach (var block in new[] { a, b })
        {
            ir.Builder.SetInsertionPointToEnd(block);
            ir.Op("cf.br", successors: [join]);
        }

        ir.Builder.SetInsertionPointToEnd(join);
        ir.Return();
        ir.Builder.SetInsertionPointToEnd(dead);
        ir.Op("cf.br", successors: [join]);

        var dom = new DominanceInfo(region);
        Assert.Same(entry, dom.ImmediateDominator(join));
        Assert.Same(entry, dom.ImmediateDominator(a));
        Assert.Null(dom.ImmediateDominator(entry));
        Assert.True(dom.Dominates(entry, join));
        Assert.False(dom.Dominates(a, join));
        Assert.False(dom.Dominates(join, a));
        Assert.True(dom.Dominates(a, a));
        Assert.False(dom.IsReachable(dead));
        Assert.True(dom.Dominates(a, dead)); // unreachable blocks are dominated by everything
        Assert.False(dom.Dominates(dead, join));
    }

    /// <summary>A long chain of blocks: deep dominator trees must not recurse.</summary>
    [Fact]
    public void LongChainNeedsNoRecursion()
    {
        var ir = new IrFactory();
        var (func, entry) = ir.Func("f", [], []);
        var region = func.Regions[0];
        var previous = entry;
        for (var i = 0; i < 50_000; i++)
        {
            var next = region.AddBlock();
            ir.Builder.SetInsertionPointToEnd(previous);
            ir.Op("cf.br", successors: [next]);
            previous = next;
        }

        ir.Builder.SetInsertionPointToEnd(previous);
        ir.Return();
        var dom = new DominanceInfo(region);
        Assert.True(dom.Dominates(region.Blocks[10], region.Blocks[40_000]));
        Assert.False(dom.Dominates(region.Blocks[40_000], region.Blocks[10]));
        Assert.Same(region.Blocks[29_999], dom.ImmediateDominator(region.Blocks[30_000]));
    }
}
