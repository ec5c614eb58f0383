namespace MlirBuild.Ir.Passes;

/// <summary>Limits and switches of <see cref="GreedyPatternRewriter"/>.</summary>
public sealed record GreedyRewriteConfig
{
    /// <summary>Full sweeps over the IR before giving up on reaching a fixpoint.</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary>Total rewrites (pattern applications, folds, erasures) before giving up: a pattern that keeps
    /// changing the IR cannot hang the driver.</summary>
    public int MaxRewrites { get; init; } = 1_000_000;

    /// <summary>Apply the ops' fold hooks (with constant operands) and materialize folded constants.</summary>
    public bool Fold { get; init; } = true;

    /// <summary>Erase ops without side effects whose results are unused.</summary>
    public bool RemoveDeadOps { get; init; } = true;
}
