namespace MlirBuild.Ir.Verification;

/// <summary>
/// Dominator tree of the blocks of one region (Cooper, Harvey and Kennedy's iterative algorithm over reverse
/// post-order), with pre/post numbers so each block-dominance query is O(1). As in MLIR and LLVM, a block that is
/// unreachable from the entry is dominated by every block.
/// </summary>
public sealed class DominanceInfo
{
    private readonly Dictionary<Block, int> rpoIndex = new();
    private readonly Block?[] idom;
    private readonly int[] pre;
    private readonly int[] post;
    private readonly List<Block> order = new();

    public DominanceInfo(Region region)
    {
        Region = region;
        if (region.Blocks.Count == 0)
        {
            idom = [];
            pre = post = [];
            return;
        }

        ComputeReversePostOrder(region.Blocks[0]);
        idom = new Block?[order.Count];
        idom[0] = order[0];
        var preds = order.Select(b => b.Predecessors.Where(p => p.Parent == region && rpoIndex.ContainsKey(p)).ToArray()).ToArray();
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 1; i < order.Count; i++)
            {
                Block? newIdom = null;
                foreach (var p in preds[i])
                {
                    if (idom[rpoIndex[p]] is null)
                    {
                        continue;
                    }

                    newIdom = newIdom is null ? p : Intersect(p, newIdom);
                }

                if (newIdom is not null && !ReferenceEquals(idom[i], newIdom))
                {
                    idom[i] = newIdom;
                    changed = true;
                }
            }
        }

        (pre, post) = NumberTree();
    }

    public Region Region { get; }

    public bool IsReachable(Block block) => rpoIndex.ContainsKey(block);

    /// <summary>The immediate dominator (null for the entry block and for unreachable blocks).</summary>
    public Block? ImmediateDominator(Block block) =>
        rpoIndex.TryGetValue(block, out var i) && i > 0 ? idom[i] : null;

    /// <summary>Whether <paramref name="a"/> dominates <paramref name="b"/> (every block dominates itself).</summary>
    public bool Dominates(Block a, Block b)
    {
        if (ReferenceEquals(a, b) || !rpoIndex.TryGetValue(b, out var ib))
        {
            return true;
        }

        if (!rpoIndex.TryGetValue(a, out var ia))
        {
            return false;
        }

        return pre[ia] <= pre[ib] && post[ib] <= post[ia];
    }

    /// <summary>Reverse post-order of the blocks reachable from the entry, iteratively (no recursion on deep CFGs).</summary>
    private void ComputeReversePostOrder(Block entry)
    {
        var visited = new HashSet<Block> { entry };
        var postOrder = new List<Block>();
        var stack = new Stack<(Block Block, int Next)>();
        stack.Push((entry, 0));
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            var succs = Successors(block);
            if (next < succs.Count)
            {
                stack.Push((block, next + 1));
                var s = succs[next];
                if (s.Parent == Region && visited.Add(s))
                {
                    stack.Push((s, 0));
                }

                continue;
            }

            postOrder.Add(block);
        }

        for (var i = postOrder.Count - 1; i >= 0; i--)
        {
            rpoIndex[postOrder[i]] = order.Count;
            order.Add(postOrder[i]);
        }
    }

    internal static IReadOnlyList<Block> Successors(Block block) =>
        block.LastOp is { } last ? last.Successors : [];

    private Block Intersect(Block a, Block b)
    {
        var ia = rpoIndex[a];
        var ib = rpoIndex[b];
        while (ia != ib)
        {
            while (ia > ib)
            {
                ia = rpoIndex[idom[ia]!];
            }

            while (ib > ia)
            {
                ib = rpoIndex[idom[ib]!];
            }
        }

        return order[ia];
    }

    private (int[] Pre, int[] Post) NumberTree()
    {
        var children = new List<int>[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            children[i] = new List<int>();
        }

        for (var i = 1; i < order.Count; i++)
        {
            children[rpoIndex[idom[i]!]].Add(i);
        }

        var preNum = new int[order.Count];
        var postNum = new int[order.Count];
        var clock = 0;
        var stack = new Stack<(int Node, int Next)>();
        stack.Push((0, 0));
        preNum[0] = clock++;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next < children[node].Count)
            {
                stack.Push((node, next + 1));
                var child = children[node][next];
                preNum[child] = clock++;
                stack.Push((child, 0));
            }
            else
            {
                postNum[node] = clock++;
            }
        }

        return (preNum, postNum);
    }
}
