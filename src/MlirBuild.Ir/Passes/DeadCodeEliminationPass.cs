using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Passes;

/// <summary>
/// <c>dce</c>: erases blocks unreachable from their region's entry (in regions with control flow) and ops without
/// side effects whose results are unused, repeatedly, until none is left.
/// </summary>
public sealed class DeadCodeEliminationPass : Pass
{
    public const string PassName = "dce";

    public override string Name => PassName;

    public override void Run(Operation op, PassContext context)
    {
        EraseUnreachableBlocks(op);
        GreedyPatternRewriter.Apply(op, [], new GreedyRewriteConfig { Fold = false }, context.Context);
    }

    private static void EraseUnreachableBlocks(Operation root)
    {
        var regions = new List<Region>();
        root.WalkPreOrder(op =>
        {
            regions.AddRange(op.Regions.Where(r => r.Blocks.Count > 1 && !Verifier.IsGraphRegion(r)));
            return WalkResult.Advance;
        });
        foreach (var region in regions)
        {
            var dominance = new DominanceInfo(region);
            var dead = region.Blocks.Where(b => !dominance.IsReachable(b)).ToList();
            foreach (var block in dead)
            {
                foreach (var op in block.Operations)
                {
                    op.DropAllReferences();
                }
            }

            foreach (var block in dead)
            {
                foreach (var arg in block.Arguments)
                {
                    foreach (var use in arg.Uses.ToList())
                    {
                        use.Owner.DropAllReferences();
                    }
                }

                block.Erase();
            }
        }
    }
}
