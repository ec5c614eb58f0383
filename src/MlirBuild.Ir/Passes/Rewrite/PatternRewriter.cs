namespace MlirBuild.Ir.Passes;

/// <summary>
/// The only way patterns change IR: creates ops before the matched op, replaces and erases ops, and tells the
/// driver what changed so the affected ops are revisited.
/// </summary>
public sealed class PatternRewriter
{
    private readonly IRewriteListener listener;

    internal PatternRewriter(MlirContext? context, IRewriteListener listener)
    {
        Builder = new OpBuilder(context);
        this.listener = listener;
    }

    /// <summary>Builder positioned before the op being rewritten (move it freely; created ops are reported).</summary>
    public OpBuilder Builder { get; }

    public MlirContext? Context => Builder.Context;

    /// <summary>Creates an op at the builder's insertion point.</summary>
    public Operation Create(OperationState state)
    {
        var op = Builder.Create(state);
        listener.OnInserted(op);
        return op;
    }

    /// <summary>Replaces every use of the op's results by <paramref name="values"/> and erases the op.</summary>
    public void ReplaceOp(Operation op, IReadOnlyList<Value> values)
    {
        if (values.Count != op.NumResults)
        {
            throw new ArgumentException($"{op.Name} has {op.NumResults} results, got {values.Count} replacements");
        }

        for (var i = 0; i < values.Count; i++)
        {
            ReplaceAllUsesWith(op.GetResult(i), values[i]);
        }

        EraseOp(op);
    }

    public void ReplaceOp(Operation op, Operation replacement) => ReplaceOp(op, replacement.Results);

    public void ReplaceAllUsesWith(Value from, Value to)
    {
        foreach (var user in from.Users.Distinct().ToList())
        {
            listener.OnModified(user);
        }

        from.ReplaceAllUsesWith(to);
    }

    /// <summary>Erases an op without uses (and everything nested in it).</summary>
    public void EraseOp(Operation op)
    {
        if (!op.UseEmpty())
        {
            throw new InvalidOperationException($"erasing {op.Name} whose results are still used");
        }

        foreach (var operand in op.Operands)
        {
            if (operand.DefiningOp is { } def)
            {
                listener.OnModified(def); // may have become dead
            }
        }

        op.Walk(listener.OnErased);
        op.Erase();
    }

    /// <summary>Changes an op in place (attributes, operands) inside <paramref name="change"/>.</summary>
    public void ModifyOpInPlace(Operation op, Action change)
    {
        change();
        listener.OnModified(op);
    }
}

/// <summary>Receives the changes a <see cref="PatternRewriter"/> makes.</summary>
internal interface IRewriteListener
{
    void OnInserted(Operation op);

    void OnModified(Operation op);

    void OnErased(Operation op);
}
