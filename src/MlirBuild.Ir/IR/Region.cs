namespace MlirBuild.Ir;

/// <summary>An ordered list of blocks owned by an operation.</summary>
public sealed class Region
{
    private readonly List<Block> blocks = new();

    public Operation? ParentOp { get; internal set; }

    public IReadOnlyList<Block> Blocks => blocks;

    public bool IsEmpty => blocks.Count == 0;

    public Block? EntryBlock => blocks.Count > 0 ? blocks[0] : null;

    public Block AddBlock()
    {
        var b = new Block();
        Append(b);
        return b;
    }

    public void Append(Block block)
    {
        if (block.Parent is not null)
        {
            throw new InvalidOperationException("block already belongs to a region");
        }

        block.Parent = this;
        blocks.Add(block);
    }

    public void Insert(int index, Block block)
    {
        if (block.Parent is not null)
        {
            throw new InvalidOperationException("block already belongs to a region");
        }

        block.Parent = this;
        blocks.Insert(index, block);
    }

    internal void Remove(Block block)
    {
        blocks.Remove(block);
        block.Parent = null;
    }

    public int IndexOf(Block block) => blocks.IndexOf(block);

    /// <summary>Moves all blocks of <paramref name="other"/> to the end of this region.</summary>
    public void TakeBody(Region other)
    {
        foreach (var b in other.blocks)
        {
            b.Parent = this;
            blocks.Add(b);
        }

        other.blocks.Clear();
    }

    internal void CloneInto(Region target, Dictionary<Value, Value> mapping, Dictionary<Block, Block> blockMap, MlirContext? context)
    {
        foreach (var b in blocks)
        {
            var nb = target.AddBlock();
            blockMap[b] = nb;
            foreach (var a in b.Arguments)
            {
                mapping[a] = nb.AddArgument(a.Type, a.Location);
            }
        }

        foreach (var b in blocks)
        {
            var nb = blockMap[b];
            foreach (var op in b.Operations)
            {
                nb.Append(op.CloneInternal(mapping, blockMap, context));
            }
        }
    }

    /// <summary>Walks all ops in this region (post-order).</summary>
    public void Walk(Action<Operation> callback)
    {
        foreach (var b in blocks)
        {
            foreach (var op in b.Operations)
            {
                op.Walk(callback);
            }
        }
    }
}
