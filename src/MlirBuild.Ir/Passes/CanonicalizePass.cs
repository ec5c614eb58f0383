namespace MlirBuild.Ir.Passes;

/// <summary>
/// <c>canonicalize</c>: folds ops with constant operands, removes dead side-effect-free ops and applies the given
/// rewrite patterns greedily to a fixpoint.
/// </summary>
public sealed class CanonicalizePass : Pass
{
    public const string PassName = "canonicalize";

    public override string Name => PassName;

    /// <summary>Sweeps before giving up on a fixpoint (pipeline option <c>max-iterations</c>).</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary>Use the ops' fold hooks (pipeline option <c>fold</c>).</summary>
    public bool Fold { get; init; } = true;

    /// <summary>Canonicalization patterns (dialects contribute theirs when building the pass in code).</summary>
    public IReadOnlyList<RewritePattern> Patterns { get; init; } = [];

    public override void Run(Operation op, PassContext context) =>
        GreedyPatternRewriter.Apply(op, Patterns, new GreedyRewriteConfig { MaxIterations = MaxIterations, Fold = Fold }, context.Context);
}
