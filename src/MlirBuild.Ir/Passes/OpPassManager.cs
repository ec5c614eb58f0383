namespace MlirBuild.Ir.Passes;

/// <summary>
/// Passes anchored on one op name; a nested manager (<see cref="Nest"/>) runs on each op of its name found directly
/// in the regions of the op its parent runs on (MLIR's op-to-op adaptor), e.g. <c>builtin.module(func.func(...))</c>.
/// </summary>
public class OpPassManager
{
    private readonly List<object> steps = new();

    public OpPassManager(string opName) => OpName = opName;

    public string OpName { get; }

    /// <summary>The passes and nested managers, in order.</summary>
    public IReadOnlyList<object> Steps => steps;

    public OpPassManager AddPass(Pass pass)
    {
        steps.Add(pass);
        return this;
    }

    /// <summary>Adds (and returns) a manager that runs on the <paramref name="opName"/> ops nested directly in this one.</summary>
    public OpPassManager Nest(string opName)
    {
        var nested = new OpPassManager(opName);
        steps.Add(nested);
        return nested;
    }

    /// <summary>Pipeline text of this manager: <c>func.func(canonicalize,dce)</c>.</summary>
    public override string ToString() => $"{OpName}({string.Join(",", steps)})";

    internal bool Run(Operation op, PassContext context, Action<Operation, Pass>? afterPass)
    {
        foreach (var step in steps)
        {
            if (step is Pass pass)
            {
                if (pass.AnchorOpName is { } anchor && anchor != op.Name)
                {
                    context.Diagnostics.Error(op.Location, $"pass '{pass.Name}' runs on '{anchor}', not on '{op.Name}'");
                    return false;
                }

                pass.Run(op, context);
                if (context.Failed)
                {
                    return false;
                }

                afterPass?.Invoke(op, pass);
                if (context.Failed)
                {
                    return false;
                }

                continue;
            }

            var nested = (OpPassManager)step;
            var children = new List<Operation>();
            foreach (var region in op.Regions)
            {
                foreach (var block in region.Blocks)
                {
                    children.AddRange(block.Operations.Where(c => c.Name == nested.OpName));
                }
            }

            foreach (var child in children)
            {
                if (!nested.Run(child, context, afterPass))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
