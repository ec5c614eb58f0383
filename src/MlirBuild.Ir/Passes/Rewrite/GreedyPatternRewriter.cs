namespace MlirBuild.Ir.Passes;

/// <summary>
/// Applies patterns, fold hooks and dead-op removal to every op nested in a root op until nothing changes (a
/// fixpoint) or <see cref="GreedyRewriteConfig.MaxIterations"/> sweeps have run. Ops touched by a rewrite (users of
/// replaced values, producers of erased ops' operands, created ops) are revisited within the same sweep.
/// </summary>
public static class GreedyPatternRewriter
{
    /// <summary>Rewrites the ops inside <paramref name="root"/>'s regions; true when a fixpoint was reached.</summary>
    public static bool Apply(Operation root, IReadOnlyList<RewritePattern> patterns, GreedyRewriteConfig? config = null, MlirContext? context = null) =>
        new Driver(root, patterns, config ?? new GreedyRewriteConfig(), context).Run();

    /// <summary>An op with no side effects, regions or uses (and not a terminator) can simply go.</summary>
    public static bool IsTriviallyDead(Operation op) =>
        op.IsRegistered && op.HasTrait(OpTraits.Pure) && !op.HasTrait(OpTraits.IsTerminator) &&
        op.Regions.Count == 0 && op.UseEmpty();

    private sealed class Driver : IRewriteListener
    {
        private readonly Operation root;
        private readonly GreedyRewriteConfig config;
        private readonly Dictionary<string, List<RewritePattern>> byRoot = new(StringComparer.Ordinal);
        private readonly List<RewritePattern> anyRoot;
        private readonly Stack<Operation> worklist = new();
        private readonly HashSet<Operation> queued = new();
        private readonly HashSet<Operation> erased = new();
        private readonly PatternRewriter rewriter;
        private bool changed;
        private int rewrites;

        public Driver(Operation root, IReadOnlyList<RewritePattern> patterns, GreedyRewriteConfig config, MlirContext? context)
        {
            this.root = root;
            this.config = config;
            rewriter = new PatternRewriter(context, this);
            var ordered = patterns.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Benefit).ThenBy(x => x.i).Select(x => x.p).ToList();
            anyRoot = ordered.Where(p => p.RootOpName is null).ToList();
            foreach (var p in ordered.Where(p => p.RootOpName is not null))
            {
                if (!byRoot.TryGetValue(p.RootOpName!, out var list))
                {
                    byRoot[p.RootOpName!] = list = new List<RewritePattern>();
                }

                list.Add(p);
            }
        }

        public bool Run()
        {
            for (var iteration = 0; iteration < config.MaxIterations; iteration++)
            {
                changed = false;
                var all = new List<Operation>();
                root.WalkPreOrder(op =>
                {
                    if (!ReferenceEquals(op, root))
                    {
                        all.Add(op);
                    }

                    return WalkResult.Advance;
                });
                for (var i = all.Count - 1; i >= 0; i--)
                {
                    Push(all[i]);
                }

                while (worklist.Count > 0)
                {
                    if (rewrites >= config.MaxRewrites)
                    {
                        return false;
                    }

                    var op = worklist.Pop();
                    queued.Remove(op);
                    if (!erased.Contains(op) && op.Block is not null)
                    {
                        Process(op);
                    }
                }

                if (!changed)
                {
                    return true;
                }
            }

            return false;
        }

        private void Process(Operation op)
        {
            if (config.RemoveDeadOps && IsTriviallyDead(op))
            {
                rewriter.EraseOp(op);
                changed = true;
                rewrites++;
                return;
            }

            if (config.Fold && TryFold(op))
            {
                changed = true;
                rewrites++;
                return;
            }

            var candidates = byRoot.TryGetValue(op.Name, out var list) ? list : null;
            foreach (var pattern in Merge(candidates, anyRoot))
            {
                rewriter.Builder.SetInsertionPoint(op);
                if (pattern.MatchAndRewrite(op, rewriter))
                {
                    changed = true;
                    rewrites++;
                    return;
                }
            }
        }

        private static IEnumerable<RewritePattern> Merge(List<RewritePattern>? specific, List<RewritePattern> generic)
        {
            if (specific is null)
            {
                return generic;
            }

            return generic.Count == 0 ? specific : specific.Concat(generic).OrderByDescending(p => p.Benefit);
        }

        /// <summary>Folds with the constant operands; replaces the op by existing values or materialized constants.</summary>
        private bool TryFold(Operation op)
        {
            var def = op.Definition;
            if (def?.Fold is null || op.HasTrait(OpTraits.ConstantLike))
            {
                return false;
            }

            var constants = op.Operands
                .Select(v => v.DefiningOp is { } d && d.HasTrait(OpTraits.ConstantLike) ? d.GetAttr("value") : null)
                .ToList();
            var folded = def.Fold(op, constants);
            if (folded is null || folded.Count != op.NumResults || folded.Count == 0)
            {
                return false;
            }

            if (folded.Select((f, i) => ReferenceEquals(f.Value, op.GetResult(i))).All(same => same))
            {
                return false; // folded in place: nothing to replace
            }

            var created = new List<Operation>();
            var values = new List<Value>();
            rewriter.Builder.SetInsertionPoint(op);
            for (var i = 0; i < folded.Count; i++)
            {
                if (folded[i].Value is { } v)
                {
                    values.Add(v);
                    continue;
                }

                var constant = folded[i].Attribute is { } attr
                    ? def.Dialect?.MaterializeConstant(rewriter.Builder, attr, op.GetResult(i).Type, op.Location)
                    : null;
                if (constant is null || constant.NumResults != 1)
                {
                    foreach (var c in created)
                    {
                        c.Erase();
                    }

                    constant?.Erase();
                    return false;
                }

                if (constant.Block is null)
                {
                    rewriter.Builder.Insert(constant);
                }

                created.Add(constant);
                values.Add(constant.GetResult(0));
            }

            foreach (var c in created)
            {
                OnInserted(c);
            }

            rewriter.ReplaceOp(op, values);
            return true;
        }

        private void Push(Operation op)
        {
            if (queued.Add(op))
            {
                worklist.Push(op);
            }
        }

        public void OnInserted(Operation op) => op.WalkPreOrder(o =>
        {
            Push(o);
            return WalkResult.Advance;
        });

        public void OnModified(Operation op)
        {
            if (!erased.Contains(op))
            {
                Push(op);
            }
        }

        public void OnErased(Operation op) => erased.Add(op);
    }
}
