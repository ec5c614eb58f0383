using MlirBuild.Ir.Passes;
using MlirBuild.Ir.Tests.Support;
using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Tests.Passes;

/// <summary>Canonicalize, DCE, symbol DCE and nesting on IR built in code with the <see cref="TestDialect"/>.</summary>
public class PassApiTests
{
    private static IrFactory NewIr() => new(TestDialect.NewContext());

    private static bool RunPipeline(IrFactory ir, string pipeline, params RewritePattern[] patterns)
    {
        var diagnostics = new DiagnosticBag();
        var registry = PassRegistry.CreateDefault();
        registry.Register(CanonicalizePass.PassName, o => new CanonicalizePass { MaxIterations = o.GetInt("max-iterations", 10), Patterns = patterns });
        var pm = PassManager.Parse(pipeline, diagnostics, registry, ir.Context);
        Assert.True(pm is not null, diagnostics.ToString());
        var ok = pm!.Run(ir.Module, diagnostics);
        Assert.True(ok, diagnostics.ToString());
        return ok;
    }

    private static long ConstantValue(Value v) =>
        (long)Assert.IsType<IntegerAttr>(Assert.IsType<OpResult>(v).Owner.GetAttr("value")).Value;

    [Fact]
    public void CanonicalizeFoldsConstantChainsToOneConstant()
    {
        // effect(neg(add(add(2, 3), 4))) → effect(-9)
        var ir = NewIr();
        ir.Func("f", [], []);
        var sum = ir.Op("tst.add", [ir.Op("tst.add", [ir.Constant(2), ir.Constant(3)], [IntegerType.I32]).GetResult(0), ir.Constant(4)], [IntegerType.I32]);
        var neg = ir.Op("tst.neg", [sum.GetResult(0)], [IntegerType.I32]);
        var effect = ir.Op("tst.effect", [neg.GetResult(0)]);
        ir.Return();

        RunPipeline(ir, "builtin.module(func.func(canonicalize))");
        Assert.Equal(["tst.constant", "tst.effect", "func.return", "func.func"], ir.OpNames());
        Assert.Equal(-9, ConstantValue(effect.GetOperand(0)));
    }

    [Fact]
    public void FoldToExistingValueAndPatternReachFixpoint()
    {
        // effect(neg(neg(add(x, 0)))) → effect(x)
        var ir = NewIr();
        var (_, entry) = ir.Func("f", [IntegerType.I32], []);
        var x = entry.Arguments[0];
        var add = ir.Op("tst.add", [x, ir.Constant(0)], [IntegerType.I32]);
        var n1 = ir.Op("tst.neg", [add.GetResult(0)], [IntegerType.I32]);
        var n2 = ir.Op("tst.neg", [n1.GetResult(0)], [IntegerType.I32]);
        var effect = ir.Op("tst.effect", [n2.GetResult(0)]);
        ir.Return();

        RunPipeline(ir, "builtin.module(func.func(canonicalize))", new DoubleNegation());
        Assert.Same(x, effect.GetOperand(0));
        Assert.Equal(["tst.effect", "func.return", "func.func"], ir.OpNames());
    }

    [Fact]
    public void PatternsRunInBenefitOrder()
    {
        var ir = NewIr();
        var (_, entry) = ir.Func("f", [IntegerType.I32], []);
        var neg = ir.Op("tst.neg", [entry.Arguments[0]], [IntegerType.I32]);
        ir.Op("tst.effect", [neg.GetResult(0)]);
        ir.Return();
        var low = new TagPattern("low", 1);
        var high = new TagPattern("high", 5);
        GreedyPatternRewriter.Apply(ir.Module, [low, high], context: ir.Context);
        Assert.Equal("high", Assert.IsType<StringAttr>(neg.GetAttr("tag")).Value);
        Assert.Equal(1, high.Applied);
        Assert.Equal(0, low.Applied);
    }

    [Fact]
    public void NonConvergingPatternStopsAfterMaxIterations()
    {
        var ir = NewIr();
        var (_, entry) = ir.Func("f", [IntegerType.I32], []);
        var neg = ir.Op("tst.neg", [entry.Arguments[0]], [IntegerType.I32]);
        ir.Op("tst.effect", [neg.GetResult(0)]);
        ir.Return();
        var forever = new CountingPattern();
        var converged = GreedyPatternRewriter.Apply(ir.Module, [forever], new GreedyRewriteConfig { MaxIterations = 3, MaxRewrites = 500 }, ir.Context);
        Assert.False(converged);
        Assert.Equal(500, forever.Count);
    }

    [Fact]
    public void DceRemovesUnusedPureOpsAndUnreachableBlocksOnly()
    {
        var ir = NewIr();
        var (func, entry) = ir.Func("f", [IntegerType.I32], []);
        var unused = ir.Op("tst.neg", [ir.Op("tst.add", [entry.Arguments[0], ir.Constant(1)], [IntegerType.I32]).GetResult(0)], [IntegerType.I32]);
        ir.Op("tst.effect", [ir.Constant(7)]);
        ir.Op("test.unregistered", results: [IntegerType.I32]);
        ir.Return();
        var dead = func.Regions[0].AddBlock();
        ir.Builder.SetInsertionPointToEnd(dead);
        ir.Op("tst.effect", [ir.Constant(8)]);
        ir.Return();

        RunPipeline(ir, "builtin.module(func.func(dce))");
        Assert.Null(unused.Block);
        Assert.Single(func.Regions[0].Blocks);
        Assert.Equal(["tst.constant", "tst.effect", "test.unregistered", "func.return", "func.func"], ir.OpNames());
        Assert.Empty(Verifier.Verify(ir.Module));
    }

    [Fact]
    public void NestedPipelineOnlyVisitsItsAnchorOps()
    {
        var ir = NewIr();
        ir.Builder.SetInsertionPointToEnd(ir.Module.Regions[0].Blocks[0]);
        var outside = ir.Op("tst.add", [ir.Constant(1), ir.Constant(2)], [IntegerType.I32]);
        ir.Op("tst.effect", [outside.GetResult(0)]);
        ir.Func("f", [], []);
        var inside = ir.Op("tst.add", [ir.Constant(1), ir.Constant(2)], [IntegerType.I32]);
        var effect = ir.Op("tst.effect", [inside.GetResult(0)]);
        ir.Return();

        RunPipeline(ir, "builtin.module(func.func(canonicalize))");
        Assert.NotNull(outside.Block);
        Assert.Null(inside.Block);
        Assert.Equal(3, ConstantValue(effect.GetOperand(0)));

        RunPipeline(ir, "builtin.module(canonicalize)");
        Assert.Null(outside.Block);
    }

    [Fact]
    public void SymbolDceKeepsPublicAndTransitivelyUsedSymbols()
    {
        var ir = NewIr();
        ir.Func("unused", [], [], visibility: "private");
        ir.Return();
        ir.Func("helper", [], [], visibility: "private");
        ir.Return();
        ir.Func("used_by_helper_only", [], [], visibility: "private");
        ir.Return();
        ir.Func("main", [], []);
        ir.Op(FuncDialect.CallOpName, properties: ("callee", new SymbolRefAttr("helper")));
        ir.Return();
        ir.Func("chain", [], [], visibility: "private");
        ir.Op(FuncDialect.CallOpName, properties: ("callee", new SymbolRefAttr("used_by_helper_only")));
        ir.Return();

        RunPipeline(ir, "builtin.module(symbol-dce)");
        var names = ir.Module.Regions[0].Blocks[0].Operations.Select(Symbols.GetName).ToList();
        Assert.Equal(["helper", "main"], names);
    }

    [Fact]
    public void PassOnWrongAnchorFails()
    {
        var ir = NewIr();
        var diagnostics = new DiagnosticBag();
        var pm = new PassManager(ir.Context, "func.func");
        Assert.False(pm.Run(ir.Module, diagnostics));
        Assert.Contains("can't run 'func.func' pass manager on 'builtin.module' op", diagnostics[0].Message);
    }

    [Fact]
    public void VerificationFailureAfterPassStopsPipeline()
    {
        var ir = NewIr();
        ir.Func("f", [], []);
        ir.Return();
        var diagnostics = new DiagnosticBag();
        var pm = new PassManager(ir.Context);
        pm.AddPass(new BreakingPass()).AddPass(new BreakingPass());
        Assert.False(pm.Run(ir.Module, diagnostics));
        Assert.Equal(1, pm.Steps.OfType<BreakingPass>().Sum(p => p.Runs));
        Assert.Contains(diagnostics, d => d.Message == "verification failed after pass 'test-break'");
    }

    private sealed class TagPattern(string tag, int benefit) : OpRewritePattern("tst.neg", benefit)
    {
        public int Applied { get; private set; }

        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            if (op.GetAttr("tag") is not null)
            {
                return false;
            }

            rewriter.ModifyOpInPlace(op, () => op.SetAttr("tag", new StringAttr(tag)));
            Applied++;
            return true;
        }
    }

    private sealed class CountingPattern() : OpRewritePattern("tst.neg")
    {
        public int Count { get; private set; }

        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
        {
            Count++;
            rewriter.ModifyOpInPlace(op, () => op.SetAttr("n", IntegerAttr.I64(Count)));
            return true;
        }
    }

    /// <summary>Appends an op after the function's return, which the verifier rejects.</summary>
    private sealed class BreakingPass : Pass
    {
        public int Runs { get; private set; }

        public override string Name => "test-break";

        public override void Run(Operation op, PassContext context)
        {
            Runs++;
            var func = op.Regions[0].Blocks[0].FirstOp!;
            var state = new OperationState(FuncDialect.ReturnOpName, UnknownLoc.Instance, context.Context);
            func.Regions[0].Blocks[0].Append(Operation.Create(state));
        }
    }
}
