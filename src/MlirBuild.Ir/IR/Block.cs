namespace MlirBuild.Ir;

/// <summary>A basic block: arguments and an intrusive list of operations, inside a <see cref="Region"/>.</summary>
public sealed class Block
{
    private readonly List<BlockArgument> arguments = new();
    private bool orderValid;
    internal BlockOperand? FirstPredecessorUse;

    public Region? Parent { get; internal set; }

    public Operation? ParentOp => Parent?.ParentOp;

    public IReadOnlyList<BlockArgument> Arguments => arguments;

    public Operation? FirstOp { get; private set; }

    public Operation? LastOp { get; private set; }

    public int OperationCount { get; private set; }

    public bool IsEmpty => FirstOp is null;

    /// <summary>Operations in order. Safe against removal of the current op while iterating.</summary>
    public IEnumerable<Operation> Operations
    {
        get
        {
            for (var op = FirstOp; op is not null;)
            {
                var next = op.NextNode;
                yield return op;
                op = next;
            }
        }
    }

    /// <summary>The last operation when it is (or may be, being unregistered) a terminator.</summary>
    public Operation? Terminator =>
        LastOp is { } last && (last.Definition is null || last.HasTrait(OpTraits.IsTerminator)) ? last : null;

    /// <summary>Successor slots of other blocks' terminators that branch here.</summary>
    public IEnumerable<BlockOperand> PredecessorUses
    {
        get
        {
            for (var u = FirstPredecessorUse; u is not null; u = u.NextUse)
            {
                yield return u;
            }
        }
    }

    /// <summary>Blocks whose terminators branch here (one entry per branch, most recent first).</summary>
    public IEnumerable<Block> Predecessors
    {
        get
        {
            foreach (var u in PredecessorUses)
            {
                if (u.Owner.Block is { } b)
                {
                    yield return b;
                }
            }
        }
    }

    public bool IsEntryBlock => Parent is not null && Parent.Blocks.Count > 0 && ReferenceEquals(Parent.Blocks[0], this);

    public BlockArgument AddArgument(MlirType type, LocationAttr? location = null)
    {
        var arg = new BlockArgument(this, arguments.Count, type, location ?? UnknownLoc.Instance);
        arguments.Add(arg);
        return arg;
    }

    public BlockArgument InsertArgument(int index, MlirType type, LocationAttr? location = null)
    {
        var arg = new BlockArgument(this, index, type, location ?? UnknownLoc.Instance);
        arguments.Insert(index, arg);
        for (int i = index + 1; i < arguments.Count; i++)
        {
            arguments[i].Index = i;
        }

        return arg;
    }

    /// <summary>Removes an argument that has no uses left.</summary>
    public void EraseArgument(int index)
    {
        if (arguments[index].HasUses)
        {
            throw new InvalidOperationException("block argument still has uses");
        }

        arguments.RemoveAt(index);
        for (int i = index; i < arguments.Count; i++)
        {
            arguments[i].Index = i;
        }
    }

    public void Append(Operation op) => InsertBefore(null, op);

    public void Prepend(Operation op) => InsertBefore(FirstOp, op);

    /// <summary>Inserts <paramref name="op"/> before <paramref name="anchor"/> (at the end when null).</summary>
    public void InsertBefore(Operation? anchor, Operation op)
    {
        if (op.Block is not null)
        {
            throw new InvalidOperationException("operation is already in a block");
        }

        op.Block = this;
        if (anchor is null)
        {
            op.PrevNode = LastOp;
            op.NextNode = null;
            if (LastOp is not null)
            {
                LastOp.NextNode = op;
            }
            else
            {
                FirstOp = op;
            }

            LastOp = op;
        }
        else
        {
            op.NextNode = anchor;
            op.PrevNode = anchor.PrevNode;
            if (anchor.PrevNode is not null)
            {
                anchor.PrevNode.NextNode = op;
            }
            else
            {
                FirstOp = op;
            }

            anchor.PrevNode = op;
        }

        OperationCount++;
        orderValid = false;
    }

    public void InsertAfter(Operation anchor, Operation op) => InsertBefore(anchor.NextNode, op);

    internal void Remove(Operation op)
    {
        if (op.PrevNode is not null)
        {
            op.PrevNode.NextNode = op.NextNode;
        }
        else
        {
            FirstOp = op.NextNode;
        }

        if (op.NextNode is not null)
        {
            op.NextNode.PrevNode = op.PrevNode;
        }
        else
        {
            LastOp = op.PrevNode;
        }

        op.NextNode = op.PrevNode = null;
        op.Block = null;
        OperationCount--;
    }

    internal void EnsureOrder()
    {
        if (orderValid)
        {
            return;
        }

        int i = 0;
        for (var op = FirstOp; op is not null; op = op.NextNode)
        {
            op.OrderIndex = i++;
        }

        orderValid = true;
    }

    /// <summary>Removes this block from its region and drops references held by its ops.</summary>
    public void Erase()
    {
        foreach (var op in Operations)
        {
            op.DropAllReferences();
        }

        Parent?.Remove(this);
    }

    /// <summary>Index of this block in its region.</summary>
    public int IndexInRegion => Parent is null ? -1 : Parent.IndexOf(this);
}
