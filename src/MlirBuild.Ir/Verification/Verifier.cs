namespace MlirBuild.Ir.Verification;

/// <summary>
/// Checks the structural rules of MLIR on an op tree and reports violations as located diagnostics: per-op verify
/// hooks and traits, terminators, successors and their operands against block arguments, SSA dominance (inside a
/// block and across the region's dominator tree, skipping graph regions), isolation from above, unique symbols and
/// resolution of symbol uses. Iterative, so deeply nested IR cannot overflow the stack.
/// </summary>
public sealed class Verifier
{
    private readonly VerifierOptions options;
    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<Region, DominanceInfo> dominance = new();

    private Verifier(VerifierOptions options, DiagnosticBag diagnostics)
    {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /// <summary>Verifies <paramref name="root"/> and everything nested in it; true when no error was found.</summary>
    public static bool Verify(Operation root, DiagnosticBag diagnostics, VerifierOptions? options = null)
    {
        var before = diagnostics.Count(d => d.IsError);
        var verifier = new Verifier(options ?? VerifierOptions.Default, diagnostics);
        verifier.Run(root);
        return diagnostics.Count(d => d.IsError) == before;
    }

    /// <summary>Verifies and returns the diagnostics.</summary>
    public static DiagnosticBag Verify(Operation root, VerifierOptions? options = null)
    {
        var bag = new DiagnosticBag();
        Verify(root, bag, options);
        return bag;
    }

    private bool Full => diagnostics.Count >= options.MaxErrors;

    private void Run(Operation root)
    {
        var stack = new Stack<Operation>();
        stack.Push(root);
        while (stack.Count > 0 && !Full)
        {
            var op = stack.Pop();
            VerifyOperation(op);
            for (var r = op.Regions.Count - 1; r >= 0; r--)
            {
                var region = op.Regions[r];
                for (var b = region.Blocks.Count - 1; b >= 0; b--)
                {
                    var ops = region.Blocks[b].Operations.ToList();
                    for (var i = ops.Count - 1; i >= 0; i--)
                    {
                        stack.Push(ops[i]);
                    }
                }
            }
        }
    }

    private Diagnostic OpError(Operation op, string message) => diagnostics.Error(op.Location, $"'{op.Name}' op {message}");

    private void VerifyOperation(Operation op)
    {
        VerifyOperands(op);
        VerifySuccessors(op);
        if (op.IsRegistered)
        {
            if (op.HasTrait(OpTraits.SingleBlock))
            {
                for (var i = 0; i < op.Regions.Count; i++)
                {
                    if (op.Regions[i].Blocks.Count > 1)
                    {
                        OpError(op, $"expects region #{i} to have 0 or 1 blocks");
                    }
                }
            }

            if (op.HasTrait(OpTraits.IsTerminator) && op.Block is not null && !ReferenceEquals(op.Block.LastOp, op))
            {
                OpError(op, "must be the last operation in the parent block");
            }

            if (op.HasTrait(OpTraits.SymbolTable))
            {
                VerifySymbolTable(op);
            }

            if (options.SymbolUses.TryGetValue(op.Name, out var rules))
            {
                VerifySymbolUses(op, rules);
            }

            op.Definition!.Verify?.Invoke(op, diagnostics);
        }

        for (var i = 0; i < op.Regions.Count; i++)
        {
            VerifyRegion(op, op.Regions[i]);
        }
    }

    private void VerifyRegion(Operation owner, Region region)
    {
        var needsTerminator = owner.IsRegistered && !owner.HasTrait(OpTraits.NoTerminator);
        for (var b = 0; b < region.Blocks.Count; b++)
        {
            var block = region.Blocks[b];
            if (b == 0 && block.Predecessors.Any())
            {
                diagnostics.Error(owner.Location, "entry block of region may not have predecessors");
            }

            if (!needsTerminator)
            {
                continue;
            }

            if (block.LastOp is not { } last)
            {
                OpError(owner, "empty block: expect at least a terminator");
            }
            else if (last.IsRegistered && !last.HasTrait(OpTraits.IsTerminator))
            {
                diagnostics.Error(last.Location, $"block with no terminator, has '{last.Name}'");
            }
        }
    }

    private void VerifySuccessors(Operation op)
    {
        if (op.SuccessorOperands.Count == 0)
        {
            return;
        }

        if (op.Block is not null && !ReferenceEquals(op.Block.LastOp, op))
        {
            OpError(op, "operation with block successors must terminate its parent block");
        }

        var successors = op.Successors;
        foreach (var s in successors)
        {
            if (op.Block is not null && !ReferenceEquals(s.Parent, op.Block.Parent))
            {
                diagnostics.Error(op.Location, "branching to block of a different region");
                return;
            }
        }

        if (!options.BranchOperands.TryGetValue(op.Name, out var rule))
        {
            return;
        }

        var forwarded = rule(op);
        if (forwarded is null)
        {
            OpError(op, "has operands that cannot be assigned to its successors");
            return;
        }

        for (var i = 0; i < successors.Count && i < forwarded.Count; i++)
        {
            var args = successors[i].Arguments;
            var passed = forwarded[i];
            if (args.Count != passed.Count)
            {
                diagnostics.Error(op.Location, $"branch has {passed.Count} operands for successor #{i}, but target block has {args.Count}");
                continue;
            }

            for (var k = 0; k < args.Count; k++)
            {
                if (!Equals(args[k].Type, passed[k].Type))
                {
                    diagnostics.Error(op.Location, $"type mismatch for bb argument #{k} of successor #{i}: {passed[k].Type} vs {args[k].Type}");
                }
            }
        }
    }

    private void VerifyOperands(Operation op)
    {
        for (var i = 0; i < op.NumOperands; i++)
        {
            var value = op.GetOperand(i);
            var defBlock = value.ParentBlock;
            var defRegion = defBlock?.Parent;
            if (defRegion is null)
            {
                diagnostics.Error(op.Location, $"operand #{i} is not defined in this IR");
                continue;
            }

            // Climb from the user to its ancestor in the value's region, crossing no isolated-from-above op.
            var cur = op;
            var visible = true;
            while (!ReferenceEquals(cur.Block?.Parent, defRegion))
            {
                var parent = cur.ParentOp;
                if (parent is null)
                {
                    visible = false;
                    break;
                }

                if (parent.HasTrait(OpTraits.IsolatedFromAbove))
                {
                    diagnostics.Error(op.Location, "using value defined outside the region")
                        .AttachNote(parent.Location, "required by region isolation constraints");
                    visible = false;
                    cur = parent;
                    break;
                }

                cur = parent;
            }

            if (!visible)
            {
                if (!ReferenceEquals(cur.Block?.Parent, defRegion) && cur.ParentOp is null && !cur.HasTrait(OpTraits.IsolatedFromAbove))
                {
                    NotDominated(op, i, value);
                }

                continue;
            }

            if (IsGraphRegion(defRegion) || Dominates(value, cur))
            {
                continue;
            }

            NotDominated(op, i, value);
        }
    }

    private void NotDominated(Operation user, int index, Value value)
    {
        var d = diagnostics.Error(user.Location, $"operand #{index} does not dominate this use");
        d.AttachNote(value is OpResult r ? r.Owner.Location : ((BlockArgument)value).Location, "operand defined here");
    }

    /// <summary>Whether <paramref name="value"/> is available at <paramref name="user"/> (an op of the value's region).</summary>
    private bool Dominates(Value value, Operation user)
    {
        var userBlock = user.Block!;
        if (value is OpResult result)
        {
            var def = result.Owner;
            if (ReferenceEquals(def, user))
            {
                return false;
            }

            if (ReferenceEquals(def.Block, userBlock))
            {
                return def.IsBeforeInBlock(user);
            }
        }

        var defBlock = value.ParentBlock!;
        if (ReferenceEquals(defBlock, userBlock))
        {
            return true; // a block argument dominates its whole block
        }

        var region = defBlock.Parent!;
        if (!dominance.TryGetValue(region, out var info))
        {
            info = new DominanceInfo(region);
            dominance[region] = info;
        }

        return info.Dominates(defBlock, userBlock);
    }

    /// <summary>Regions without dominance rules: those of unregistered ops (MLIR cannot know), of ops declaring
    /// graph regions, and the module body.</summary>
    public static bool IsGraphRegion(Region region)
    {
        var parent = region.ParentOp;
        return parent is null || !parent.IsRegistered || parent.HasTrait(OpTraits.GraphRegion) ||
               parent.Name == BuiltinDialect.ModuleOpName;
    }

    private void VerifySymbolTable(Operation table)
    {
        var seen = new Dictionary<string, Operation>(StringComparer.Ordinal);
        foreach (var region in table.Regions)
        {
            foreach (var block in region.Blocks)
            {
                foreach (var child in block.Operations)
                {
                    if (Symbols.GetName(child) is not { } name)
                    {
                        continue;
                    }

                    if (seen.TryGetValue(name, out var first))
                    {
                        diagnostics.Error(child.Location, $"redefinition of symbol named '{name}'")
                            .AttachNote(first.Location, "see existing symbol definition here");
                    }
                    else
                    {
                        seen[name] = child;
                    }

                    var visibility = Symbols.GetVisibility(child);
                    if (visibility is not ("public" or "private" or "nested"))
                    {
                        OpError(child, $"has invalid symbol visibility '{visibility}'");
                    }
                }
            }
        }
    }

    private void VerifySymbolUses(Operation op, IReadOnlyList<SymbolUseRule> rules)
    {
        foreach (var rule in rules)
        {
            if (op.GetAttr(rule.Attribute) is not SymbolRefAttr reference)
            {
                OpError(op, $"requires a symbol reference attribute '{rule.Attribute}'");
                continue;
            }

            var target = Symbols.LookupFrom(op, reference);
            if (target is null || rule.TargetOp is not null && target.Name != rule.TargetOp)
            {
                var shown = reference.Nested.Count == 0 ? reference.Root : reference.ToString();
                OpError(op, $"'{shown}' does not reference a valid {rule.TargetDescription}");
            }
        }
    }
}
