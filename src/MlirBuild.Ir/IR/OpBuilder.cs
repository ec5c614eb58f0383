namespace MlirBuild.Ir;

/// <summary>Creates operations and inserts them at an insertion point (a block and an op to insert before).</summary>
public sealed class OpBuilder
{
    public OpBuilder(MlirContext? context = null) => Context = context;

    public MlirContext? Context { get; }

    public Block? InsertionBlock { get; private set; }

    /// <summary>The op new ops go before; null means the end of <see cref="InsertionBlock"/>.</summary>
    public Operation? InsertionPoint { get; private set; }

    /// <summary>Location used by <see cref="Create(string, IEnumerable{Value}, IEnumerable{MlirType}, IEnumerable{NamedAttribute}?, LocationAttr?)"/> when none is given.</summary>
    public LocationAttr DefaultLocation { get; set; } = UnknownLoc.Instance;

    public void SetInsertionPointToEnd(Block block)
    {
        InsertionBlock = block;
        InsertionPoint = null;
    }

    public void SetInsertionPointToStart(Block block)
    {
        InsertionBlock = block;
        InsertionPoint = block.FirstOp;
    }

    public void SetInsertionPoint(Operation op)
    {
        InsertionBlock = op.Block ?? throw new InvalidOperationException("operation is not in a block");
        InsertionPoint = op;
    }

    public void SetInsertionPointAfter(Operation op)
    {
        InsertionBlock = op.Block ?? throw new InvalidOperationException("operation is not in a block");
        InsertionPoint = op.NextOp;
    }

    public void ClearInsertionPoint()
    {
        InsertionBlock = null;
        InsertionPoint = null;
    }

    /// <summary>Inserts an already-created operation at the insertion point (if any) and returns it.</summary>
    public Operation Insert(Operation op)
    {
        InsertionBlock?.InsertBefore(InsertionPoint, op);
        return op;
    }

    /// <summary>Creates an operation from <paramref name="state"/> and inserts it.</summary>
    public Operation Create(OperationState state)
    {
        state.Context ??= Context;
        return Insert(Operation.Create(state));
    }

    public Operation Create(string name, IEnumerable<Value> operands, IEnumerable<MlirType> resultTypes, IEnumerable<NamedAttribute>? attributes = null, LocationAttr? location = null)
    {
        var state = new OperationState(name, location ?? DefaultLocation, Context);
        state.Operands.AddRange(operands);
        state.ResultTypes.AddRange(resultTypes);
        if (attributes is not null)
        {
            state.Attributes.AddRange(attributes);
        }

        return Create(state);
    }

    /// <summary>Creates a block at the end of <paramref name="region"/> with the given arguments and moves the insertion point into it.</summary>
    public Block CreateBlock(Region region, IEnumerable<MlirType>? argumentTypes = null, LocationAttr? location = null)
    {
        var b = region.AddBlock();
        if (argumentTypes is not null)
        {
            foreach (var t in argumentTypes)
            {
                b.AddArgument(t, location ?? DefaultLocation);
            }
        }

        SetInsertionPointToEnd(b);
        return b;
    }
}
