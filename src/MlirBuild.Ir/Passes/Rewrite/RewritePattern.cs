namespace MlirBuild.Ir.Passes;

/// <summary>
/// A rewrite rule for the greedy driver: <see cref="MatchAndRewrite"/> checks the op and, when it matches, changes
/// the IR only through the <see cref="PatternRewriter"/> and returns true. Patterns with a higher
/// <see cref="Benefit"/> are tried first.
/// </summary>
public abstract class RewritePattern
{
    protected RewritePattern(string? rootOpName, int benefit = 1)
    {
        RootOpName = rootOpName;
        Benefit = benefit;
    }

    /// <summary>The op name this pattern matches (null: any op).</summary>
    public string? RootOpName { get; }

    public int Benefit { get; }

    public abstract bool MatchAndRewrite(Operation op, PatternRewriter rewriter);

    public override string ToString() => GetType().Name;
}

/// <summary>
/// A pattern rooted at one op kind, given as a typed view: <typeparamref name="TOp"/> wraps the matched op (e.g.
/// a generated op class); <see cref="View"/> builds it and returns null for ops it does not accept.
/// </summary>
public abstract class OpRewritePattern<TOp> : RewritePattern
    where TOp : class
{
    protected OpRewritePattern(string opName, int benefit = 1)
        : base(opName, benefit)
    {
    }

    public sealed override bool MatchAndRewrite(Operation op, PatternRewriter rewriter) =>
        op.Name == RootOpName && View(op) is { } typed && MatchAndRewrite(typed, rewriter);

    /// <summary>Wraps <paramref name="op"/> (already known to have the root name); null to reject it.</summary>
    protected abstract TOp? View(Operation op);

    protected abstract bool MatchAndRewrite(TOp op, PatternRewriter rewriter);
}

/// <summary>A pattern on the untyped <see cref="Operation"/> of one op name (the driver only offers it ops of that name).</summary>
public abstract class OpRewritePattern : RewritePattern
{
    protected OpRewritePattern(string opName, int benefit = 1)
        : base(opName, benefit)
    {
    }
}
