namespace MlirBuild.Ir;

/// <summary>Result of a walk callback: keep going, skip the current op's regions, or stop.</summary>
public enum WalkResult
{
    Advance,
    Skip,
    Interrupt,
}

/// <summary>
/// An MLIR operation: name, operands, results, inherent properties (<c>&lt;{...}&gt;</c>) and discardable attributes
/// (<c>{...}</c>), regions, successors and a location. Lives in a <see cref="Block"/>'s intrusive list.
/// </summary>
public sealed class Operation
{
    // Exactly sized (operands rarely change after creation): no List object and no spare capacity per op.
    private OpOperand[] operands;
    private readonly OpResult[] results;

    // Allocated on first use: most ops have neither regions nor successors.
    private List<Region>? regions;
    private List<BlockOperand>? successors;
    internal int OrderIndex = -1;

    private Operation(string name, OpDefinition? definition, LocationAttr location, IReadOnlyList<MlirType> resultTypes, int operandCapacity)
    {
        Name = name;
        Definition = definition;
        Location = location;
        operands = operandCapacity == 0 ? Array.Empty<OpOperand>() : new OpOperand[operandCapacity];
        results = new OpResult[resultTypes.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new OpResult(this, i, resultTypes[i]);
        }

    }

    public string Name { get; }

    /// <summary>The registered definition, or null for an unregistered op.</summary>
    public OpDefinition? Definition { get; }

    public bool IsRegistered => Definition is not null;

    /// <summary>The dialect prefix of <see cref="Name"/> (before the first dot).</summary>
    public string DialectNamespace
    {
        get
        {
            int dot = Name.IndexOf('.');
            return dot < 0 ? string.Empty : Name[..dot];
        }
    }

    public LocationAttr Location { get; set; }

    /// <summary>Inherent attributes (MLIR properties); null when the op has none (printed without <c>&lt;{}&gt;</c>).</summary>
    public DictionaryAttr? Properties { get; set; }

    /// <summary>Discardable attributes, sorted by name.</summary>
    public DictionaryAttr Attributes { get; set; } = DictionaryAttr.Empty;

    public IReadOnlyList<OpOperand> OpOperands => operands;

    public IReadOnlyList<OpResult> Results => results;

    public IReadOnlyList<Region> Regions => (IReadOnlyList<Region>?)regions ?? Array.Empty<Region>();

    public IReadOnlyList<BlockOperand> SuccessorOperands => (IReadOnlyList<BlockOperand>?)successors ?? Array.Empty<BlockOperand>();

    public int NumOperands => operands.Length;

    public int NumResults => results.Length;

    public Value GetOperand(int i) => operands[i].Value;

    public OpResult GetResult(int i) => results[i];

    public Block GetSuccessor(int i) => successors![i].Block;

    /// <summary>The operand values (a snapshot).</summary>
    public IReadOnlyList<Value> Operands
    {
        get
        {
            var list = new Value[operands.Length];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = operands[i].Value;
            }

            return list;
        }
    }

    public IReadOnlyList<Block> Successors
    {
        get
        {
            var list = new Block[SuccessorOperands.Count];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = successors![i].Block;
            }

            return list;
        }
    }

    /// <summary>The block holding this operation.</summary>
    public Block? Block { get; internal set; }

    internal Operation? NextNode;
    internal Operation? PrevNode;

    public Operation? NextOp => NextNode;

    public Operation? PrevOp => PrevNode;

    public Region? ParentRegion => Block?.Parent;

    public Operation? ParentOp => Block?.Parent?.ParentOp;

    public bool HasTrait(OpTraits trait) => Definition is not null && (Definition.Traits & trait) == trait;

    /// <summary>Creates a detached operation from <paramref name="state"/> (its regions move into the op).</summary>
    public static Operation Create(OperationState state)
    {
        var def = state.Context?.LookupOp(state.Name);
        var op = new Operation(state.Name, def, state.Location, state.ResultTypes, state.Operands.Count);
        for (int i = 0; i < op.operands.Length; i++)
        {
            op.operands[i] = new OpOperand(op, i, state.Operands[i]);
        }

        List<NamedAttribute>? props = state.Properties is null ? null : new List<NamedAttribute>(state.Properties);
        var attrs = new List<NamedAttribute>();
        foreach (var a in state.Attributes)
        {
            if (def is not null && def.IsInherent(a.Name))
            {
                (props ??= new()).Add(a);
            }
            else
            {
                attrs.Add(a);
            }
        }

        if (props is null && def is not null && def.InherentAttributes.Count > 0)
        {
            props = new();
        }

        op.Properties = props is null ? null : new DictionaryAttr(props);
        op.Attributes = attrs.Count == 0 ? DictionaryAttr.Empty : new DictionaryAttr(attrs);
        foreach (var r in state.Regions)
        {
            if (r.ParentOp is not null)
            {
                throw new InvalidOperationException("region already belongs to an operation");
            }

            r.ParentOp = op;
            (op.regions ??= new()).Add(r);
        }

        foreach (var b in state.Successors)
        {
            (op.successors ??= new()).Add(new BlockOperand(op, op.successors.Count, b));
        }

        return op;
    }

    /// <summary>An attribute by name: inherent (properties) first, then discardable.</summary>
    public MlirAttribute? GetAttr(string name) => Properties?.Get(name) ?? Attributes.Get(name);

    public T? GetAttr<T>(string name)
        where T : MlirAttribute => GetAttr(name) as T;

    /// <summary>Sets an attribute: into properties when the name is inherent (or already a property), else discardable.</summary>
    public void SetAttr(string name, MlirAttribute value)
    {
        if ((Definition is not null && Definition.IsInherent(name)) || (Properties is not null && Properties.Contains(name)))
        {
            Properties = (Properties ?? DictionaryAttr.Empty).With(name, value);
        }
        else
        {
            Attributes = Attributes.With(name, value);
        }
    }

    public void RemoveAttr(string name)
    {
        if (Properties is not null && Properties.Contains(name))
        {
            Properties = Properties.Without(name);
        }

        Attributes = Attributes.Without(name);
    }

    public void SetOperand(int index, Value value) => operands[index].Set(value);

    /// <summary>Replaces all operands.</summary>
    public void SetOperands(IReadOnlyList<Value> values)
    {
        foreach (var o in operands)
        {
            o.Unlink();
        }

        operands = values.Count == 0 ? Array.Empty<OpOperand>() : new OpOperand[values.Count];
        for (int i = 0; i < operands.Length; i++)
        {
            operands[i] = new OpOperand(this, i, values[i]);
        }
    }

    public void InsertOperand(int index, Value value)
    {
        var grown = new OpOperand[operands.Length + 1];
        Array.Copy(operands, grown, index);
        Array.Copy(operands, index, grown, index + 1, operands.Length - index);
        grown[index] = new OpOperand(this, index, value);
        operands = grown;
        Renumber(index);
    }

    public void EraseOperand(int index)
    {
        operands[index].Unlink();
        var shrunk = operands.Length == 1 ? Array.Empty<OpOperand>() : new OpOperand[operands.Length - 1];
        Array.Copy(operands, shrunk, index);
        Array.Copy(operands, index + 1, shrunk, index, operands.Length - index - 1);
        operands = shrunk;
        Renumber(index);
    }

    private void Renumber(int from)
    {
        for (int i = from; i < operands.Length; i++)
        {
            operands[i].Index = i;
        }
    }

    public void SetSuccessor(int index, Block block) => successors![index].Set(block);

    /// <summary>Replaces each result's uses with the corresponding value.</summary>
    public void ReplaceAllUsesWith(IReadOnlyList<Value> values)
    {
        if (values.Count != results.Length)
        {
            throw new ArgumentException("result count mismatch", nameof(values));
        }

        for (int i = 0; i < results.Length; i++)
        {
            results[i].ReplaceAllUsesWith(values[i]);
        }
    }

    public void ReplaceAllUsesWith(Operation other) => ReplaceAllUsesWith(other.Results);

    public bool UseEmpty()
    {
        foreach (var r in results)
        {
            if (r.HasUses)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Unlinks this operation from its block (keeps it alive and its operands linked).</summary>
    public void Remove() => Block?.Remove(this);

    /// <summary>
    /// Removes the operation from its block and drops all references it and its nested ops hold. Its results must
    /// have no uses left outside the erased ops.
    /// </summary>
    public void Erase()
    {
        Remove();
        DropAllReferences();
    }

    /// <summary>Drops operand and successor links of this op and everything nested in it.</summary>
    public void DropAllReferences()
    {
        foreach (var o in operands)
        {
            o.Unlink();
        }

        foreach (var s in SuccessorOperands)
        {
            s.Unlink();
        }

        foreach (var r in Regions)
        {
            foreach (var b in r.Blocks)
            {
                foreach (var op in b.Operations)
                {
                    op.DropAllReferences();
                }
            }
        }
    }

    public void MoveBefore(Operation other)
    {
        Remove();
        other.Block!.InsertBefore(other, this);
    }

    public void MoveAfter(Operation other)
    {
        Remove();
        other.Block!.InsertAfter(other, this);
    }

    /// <summary>True when both are in the same block and this comes first.</summary>
    public bool IsBeforeInBlock(Operation other)
    {
        if (Block is null || !ReferenceEquals(Block, other.Block))
        {
            throw new InvalidOperationException("operations are not in the same block");
        }

        Block.EnsureOrder();
        return OrderIndex < other.OrderIndex;
    }

    /// <summary>Post-order walk over this op and all nested ops (nested first, as MLIR's default).</summary>
    public void Walk(Action<Operation> callback)
    {
        foreach (var r in Regions)
        {
            foreach (var b in r.Blocks)
            {
                for (var op = b.FirstOp; op is not null;)
                {
                    var next = op.NextNode;
                    op.Walk(callback);
                    op = next;
                }
            }
        }

        callback(this);
    }

    /// <summary>Pre-order walk with control: <see cref="WalkResult.Skip"/> skips nested ops; Interrupt stops.</summary>
    public WalkResult WalkPreOrder(Func<Operation, WalkResult> callback)
    {
        var r0 = callback(this);
        if (r0 == WalkResult.Interrupt)
        {
            return r0;
        }

        if (r0 == WalkResult.Skip)
        {
            return WalkResult.Advance;
        }

        foreach (var r in Regions)
        {
            foreach (var b in r.Blocks)
            {
                for (var op = b.FirstOp; op is not null;)
                {
                    var next = op.NextNode;
                    if (op.WalkPreOrder(callback) == WalkResult.Interrupt)
                    {
                        return WalkResult.Interrupt;
                    }

                    op = next;
                }
            }
        }

        return WalkResult.Advance;
    }

    /// <summary>True when <paramref name="other"/> is this op or nested inside it.</summary>
    public bool IsAncestorOf(Operation other)
    {
        for (Operation? p = other; p is not null; p = p.ParentOp)
        {
            if (ReferenceEquals(p, this))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a region to an existing operation (used by builders and parsers).</summary>
    public Region AddRegion()
    {
        var r = new Region { ParentOp = this };
        (regions ??= new()).Add(r);
        return r;
    }

    /// <summary>Deep copy: nested ops are cloned, values defined inside are remapped, outside values kept.</summary>
    public Operation Clone(Dictionary<Value, Value>? mapping = null, MlirContext? context = null)
    {
        mapping ??= new Dictionary<Value, Value>();
        var clone = CloneInternal(mapping, new Dictionary<Block, Block>(), context);

        // Uses that precede their definition in block order (legal across blocks and in graph regions) were cloned
        // before the definition was mapped: patch them now.
        clone.Walk(op =>
        {
            foreach (var operand in op.OpOperands)
            {
                if (mapping.TryGetValue(operand.Value, out var mapped))
                {
                    operand.Set(mapped);
                }
            }
        });
        return clone;
    }

    internal Operation CloneInternal(Dictionary<Value, Value> mapping, Dictionary<Block, Block> blockMap, MlirContext? context)
    {
        var state = new OperationState(Name, Location) { Context = context };
        foreach (var o in operands)
        {
            state.Operands.Add(mapping.TryGetValue(o.Value, out var m) ? m : o.Value);
        }

        foreach (var r in results)
        {
            state.ResultTypes.Add(r.Type);
        }

        var clone = new Operation(Name, Definition, Location, state.ResultTypes, operands.Length);
        for (int i = 0; i < clone.operands.Length; i++)
        {
            clone.operands[i] = new OpOperand(clone, i, state.Operands[i]);
        }

        clone.Properties = Properties;
        clone.Attributes = Attributes;
        for (int i = 0; i < results.Length; i++)
        {
            mapping[results[i]] = clone.results[i];
        }

        foreach (var r in Regions)
        {
            var nr = clone.AddRegion();
            r.CloneInto(nr, mapping, blockMap, context);
        }

        foreach (var s in SuccessorOperands)
        {
            var target = blockMap.TryGetValue(s.Block, out var nb) ? nb : s.Block;
            (clone.successors ??= new()).Add(new BlockOperand(clone, clone.successors.Count, target));
        }

        return clone;
    }

    public override string ToString() => MlirPrinter.PrintOperation(this, new PrintOptions { Generic = true });
}
