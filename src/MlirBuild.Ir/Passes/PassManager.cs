using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Passes;

/// <summary>
/// The top-level pass manager: runs its pipeline on a root op (normally <c>builtin.module</c>), verifying the IR
/// after each pass. Build it in code (<see cref="OpPassManager.AddPass"/>, <see cref="OpPassManager.Nest"/>) or from
/// pipeline text with <see cref="Parse"/>.
/// </summary>
public sealed class PassManager : OpPassManager
{
    public PassManager(MlirContext? context = null, string rootOpName = BuiltinDialect.ModuleOpName)
        : base(rootOpName) => Context = context;

    public MlirContext? Context { get; }

    /// <summary>Run the verifier after every pass (as mlir-opt does); on by default.</summary>
    public bool VerifyEach { get; init; } = true;

    /// <summary>
    /// Builds a pass manager from <c>builtin.module(func.func(canonicalize),symbol-dce)</c>. A list of plain passes
    /// (<c>canonicalize,symbol-dce</c>) runs on the root op. Returns null and reports errors for unknown passes,
    /// bad options or syntax.
    /// </summary>
    public static PassManager? Parse(string pipeline, DiagnosticBag diagnostics, PassRegistry? registry = null, MlirContext? context = null)
    {
        registry ??= PassRegistry.Default;
        var parsed = PipelineText.Parse(pipeline);
        var where = new FileLineColLoc("<pass-pipeline>", 1, parsed.ErrorColumn);
        if (!parsed.Succeeded)
        {
            diagnostics.Error(where, parsed.Error!);
            return null;
        }

        var elements = parsed.Elements;
        var root = BuiltinDialect.ModuleOpName;
        if (elements.Count == 1 && elements[0].IsAnchor)
        {
            root = elements[0].Name;
            elements = elements[0].Nested!;
        }

        var pm = new PassManager(context, root);
        return Add(pm, elements, diagnostics, registry) ? pm : null;
    }

    private static bool Add(OpPassManager pm, IReadOnlyList<PipelineElement> elements, DiagnosticBag diagnostics, PassRegistry registry)
    {
        foreach (var e in elements)
        {
            if (e.IsAnchor)
            {
                if (!Add(pm.Nest(e.Name), e.Nested!, diagnostics, registry))
                {
                    return false;
                }

                continue;
            }

            var pass = registry.Create(e.Name, e.Options, out var error);
            if (pass is null)
            {
                diagnostics.Error(new FileLineColLoc("<pass-pipeline>", 1, e.Column), error!);
                return false;
            }

            pm.AddPass(pass);
        }

        return true;
    }

    /// <summary>Runs the pipeline on <paramref name="root"/>; false (with diagnostics) when a pass or verification failed.</summary>
    public bool Run(Operation root, DiagnosticBag diagnostics)
    {
        if (root.Name != OpName)
        {
            diagnostics.Error(root.Location, $"can't run '{OpName}' pass manager on '{root.Name}' op");
            return false;
        }

        var context = new PassContext(Context, diagnostics);
        Action<Operation, Pass>? verify = null;
        if (VerifyEach)
        {
            verify = (op, pass) =>
            {
                if (!Verifier.Verify(op, diagnostics))
                {
                    diagnostics.Error(op.Location, $"verification failed after pass '{pass.Name}'");
                    context.SignalFailure();
                }
            };
        }

        return Run(root, context, verify);
    }
}
