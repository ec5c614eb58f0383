namespace MlirBuild.Ir.Passes;

/// <summary>
/// A transformation run on one operation (and what it contains). Concrete passes are sealed classes with a
/// <c>PassName</c> constant (their pipeline name) and init-only options bound from pipeline text by <see cref="PassRegistry"/>.
/// </summary>
public abstract class Pass
{
    /// <summary>The name used in pipeline text (<c>canonicalize</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The op this pass must run on (null: any op).</summary>
    public virtual string? AnchorOpName => null;

    /// <summary>Transforms <paramref name="op"/>; reports user errors to <see cref="PassContext.Diagnostics"/> and calls
    /// <see cref="PassContext.SignalFailure"/> when the pass cannot complete.</summary>
    public abstract void Run(Operation op, PassContext context);

    public override string ToString() => Name;
}

/// <summary>What a running pass can reach: the context and the diagnostics; a failure stops the pipeline.</summary>
public sealed class PassContext(MlirContext? context, DiagnosticBag diagnostics)
{
    public MlirContext? Context { get; } = context;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public bool Failed { get; private set; }

    public void SignalFailure() => Failed = true;
}
