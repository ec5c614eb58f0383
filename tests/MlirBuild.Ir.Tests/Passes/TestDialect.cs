using System.Numerics;

namespace MlirBuild.Ir.Tests.Passes;

/// <summary>
/// A small registered dialect for pass tests: <c>tst.constant</c> (constant-like), <c>tst.add</c> (folds constants
/// and <c>x + 0</c>), <c>tst.neg</c> (folds constants; pattern neg(neg(x)) → x) and <c>tst.effect</c> (has side
/// effects, never removed).
/// </summary>
public sealed class TestDialect : Dialect
{
    public TestDialect()
        : base("tst")
    {
        Register(new OpDefinition("tst.constant", OpTraits.Pure | OpTraits.ConstantLike, ["value"]));
        Register(new OpDefinition("tst.add", OpTraits.Pure | OpTraits.Commutative) { Fold = FoldAdd });
        Register(new OpDefinition("tst.neg", OpTraits.Pure) { Fold = FoldNeg });
        Register(new OpDefinition("tst.effect", OpTraits.None));
    }

    public static MlirContext NewContext()
    {
        var context = new MlirContext(allowUnregisteredDialects: true);
        context.RegisterDialect(new TestDialect());
        return context;
    }

    public override Operation? MaterializeConstant(OpBuilder builder, MlirAttribute value, MlirType type, LocationAttr location)
    {
        if (value is not IntegerAttr)
        {
            return null;
        }

        var state = new OperationState("tst.constant", location, builder.Context);
        state.AddProperty("value", value);
        state.AddTypes(type);
        return builder.Create(state);
    }

    /// <summary>c1 + c2 → constant; x + 0 → x.</summary>
    private static IReadOnlyList<FoldResult>? FoldAdd(Operation op, IReadOnlyList<MlirAttribute?> constants)
    {
        if (constants is [IntegerAttr a, IntegerAttr b])
        {
            return [FoldResult.Of(new IntegerAttr(a.Type, Wrap(a.Value + b.Value, a.Type)))];
        }

        if (constants is [_, IntegerAttr { Value.IsZero: true }])
        {
            return [FoldResult.Of(op.GetOperand(0))];
        }

        return null;
    }

    /// <summary>-c → constant.</summary>
    private static IReadOnlyList<FoldResult>? FoldNeg(Operation op, IReadOnlyList<MlirAttribute?> constants) =>
        constants is [IntegerAttr a] ? [FoldResult.Of(new IntegerAttr(a.Type, Wrap(-a.Value, a.Type)))] : null;

    private static BigInteger Wrap(BigInteger v, MlirType type)
    {
        if (type is not IntegerType { Width: var w and > 0 and < 512 })
        {
            return v;
        }

        var modulus = BigInteger.One << w;
        var r = ((v % modulus) + modulus) % modulus;
        return r >= modulus >> 1 ? r - modulus : r;
    }
}

/// <summary>neg(neg(x)) → x.</summary>
public sealed class DoubleNegation : MlirBuild.Ir.Passes.OpRewritePattern
{
    public DoubleNegation()
        : base("tst.neg", benefit: 2)
    {
    }

    public override bool MatchAndRewrite(Operation op, MlirBuild.Ir.Passes.PatternRewriter rewriter)
    {
        if (op.GetOperand(0).DefiningOp is not { Name: "tst.neg" } inner)
        {
            return false;
        }

        rewriter.ReplaceOp(op, [inner.GetOperand(0)]);
        return true;
    }
}
