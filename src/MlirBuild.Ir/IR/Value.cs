namespace MlirBuild.Ir;

/// <summary>An SSA value: an operation result or a block argument, with its list of uses.</summary>
public abstract class Value
{
    internal OpOperand? FirstUse;

    protected Value(MlirType type) => Type = type;

    public MlirType Type { get; set; }

    /// <summary>Preferred printed name (without %), e.g. kept from parsed text; the printer uniquifies it.</summary>
    public string? NameHint { get; set; }

    /// <summary>The operation that defines this value (null for block arguments).</summary>
    public abstract Operation? DefiningOp { get; }

    /// <summary>The block the value is defined in (a result's op's block, or the argument's block).</summary>
    public abstract Block? ParentBlock { get; }

    /// <summary>The uses, most recently added first (as MLIR's use lists).</summary>
    public IEnumerable<OpOperand> Uses
    {
        get
        {
            for (var u = FirstUse; u is not null;)
            {
                var next = u.NextUse;
                yield return u;
                u = next;
            }
        }
    }

    /// <summary>The operations using this value (an op appears once per use).</summary>
    public IEnumerable<Operation> Users
    {
        get
        {
            foreach (var u in Uses)
            {
                yield return u.Owner;
            }
        }
    }

    public bool HasUses => FirstUse is not null;

    public bool HasOneUse => FirstUse is not null && FirstUse.NextUse is null;

    public int UseCount
    {
        get
        {
            int n = 0;
            for (var u = FirstUse; u is not null; u = u.NextUse)
            {
                n++;
            }

            return n;
        }
    }

    /// <summary>Makes every use of this value use <paramref name="replacement"/> instead.</summary>
    public void ReplaceAllUsesWith(Value replacement)
    {
        if (ReferenceEquals(replacement, this))
        {
            return;
        }

        while (FirstUse is not null)
        {
            FirstUse.Set(replacement);
        }
    }

    /// <summary>Replaces the uses for which <paramref name="predicate"/> holds.</summary>
    public void ReplaceUsesWithIf(Value replacement, Func<OpOperand, bool> predicate)
    {
        foreach (var use in Uses.ToList())
        {
            if (predicate(use))
            {
                use.Set(replacement);
            }
        }
    }
}

/// <summary>Result <see cref="Index"/> of <see cref="Owner"/>.</summary>
public sealed class OpResult : Value
{
    internal OpResult(Operation owner, int index, MlirType type)
        : base(type)
    {
        Owner = owner;
        Index = index;
    }

    public Operation Owner { get; }

    public int Index { get; }

    public override Operation? DefiningOp => Owner;

    public override Block? ParentBlock => Owner.Block;

    public override string ToString() => $"result #{Index} of {Owner.Name}";
}

/// <summary>Argument <see cref="Index"/> of <see cref="Owner"/>, with its own location.</summary>
public sealed class BlockArgument : Value
{
    internal BlockArgument(Block owner, int index, MlirType type, LocationAttr location)
        : base(type)
    {
        Owner = owner;
        Index = index;
        Location = location;
    }

    public Block Owner { get; }

    public int Index { get; internal set; }

    public LocationAttr Location { get; set; }

    public override Operation? DefiningOp => null;

    public override Block? ParentBlock => Owner;

    public override string ToString() => $"block argument #{Index}";
}

/// <summary>One operand slot of an operation; links itself into the used value's use list.</summary>
public sealed class OpOperand
{
    internal OpOperand? NextUse;
    internal OpOperand? PrevUse;

    internal OpOperand(Operation owner, int index, Value value)
    {
        Owner = owner;
        Index = index;
        Value = value;
        Link();
    }

    public Operation Owner { get; }

    public int Index { get; internal set; }

    public Value Value { get; private set; }

    /// <summary>Points this operand at another value, moving it between use lists.</summary>
    public void Set(Value value)
    {
        if (ReferenceEquals(value, Value))
        {
            return;
        }

        Unlink();
        Value = value;
        Link();
    }

    internal void Link()
    {
        NextUse = Value.FirstUse;
        if (NextUse is not null)
        {
            NextUse.PrevUse = this;
        }

        PrevUse = null;
        Value.FirstUse = this;
    }

    internal void Unlink()
    {
        if (PrevUse is not null)
        {
            PrevUse.NextUse = NextUse;
        }
        else if (ReferenceEquals(Value.FirstUse, this))
        {
            Value.FirstUse = NextUse;
        }

        if (NextUse is not null)
        {
            NextUse.PrevUse = PrevUse;
        }

        NextUse = PrevUse = null;
    }
}

/// <summary>One successor slot of a terminator; links into the target block's predecessor list.</summary>
public sealed class BlockOperand
{
    internal BlockOperand? NextUse;
    internal BlockOperand? PrevUse;

    internal BlockOperand(Operation owner, int index, Block block)
    {
        Owner = owner;
        Index = index;
        Block = block;
        Link();
    }

    public Operation Owner { get; }

    public int Index { get; }

    public Block Block { get; private set; }

    public void Set(Block block)
    {
        Unlink();
        Block = block;
        Link();
    }

    internal void Link()
    {
        NextUse = Block.FirstPredecessorUse;
        if (NextUse is not null)
        {
            NextUse.PrevUse = this;
        }

        PrevUse = null;
        Block.FirstPredecessorUse = this;
    }

    internal void Unlink()
    {
        if (PrevUse is not null)
        {
            PrevUse.NextUse = NextUse;
        }
        else if (ReferenceEquals(Block.FirstPredecessorUse, this))
        {
            Block.FirstPredecessorUse = NextUse;
        }

        if (NextUse is not null)
        {
            NextUse.PrevUse = PrevUse;
        }

        NextUse = PrevUse = null;
    }
}
