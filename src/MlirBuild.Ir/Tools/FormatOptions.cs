namespace MlirBuild.Ir.Tools;

/// <summary>How <see cref="MlirFormatter"/> parses and prints (the flags of <c>mlirbuild format</c>).</summary>
public sealed record FormatOptions
{
    /// <summary>Print every op in the generic form (<c>--mlir-print-op-generic</c>).</summary>
    public bool Generic { get; init; }

    /// <summary>Print locations (<c>--mlir-print-debuginfo</c>).</summary>
    public bool PrintDebugInfo { get; init; }

    /// <summary>Accept ops, types and attributes of dialects that are not registered.</summary>
    public bool AllowUnregisteredDialects { get; init; }

    /// <summary>Run the verifier after parsing (mlir-opt does).</summary>
    public bool Verify { get; init; } = true;

    /// <summary>Called on every fresh context before parsing (register extra dialects such as stablehlo).</summary>
    public Action<MlirContext>? ConfigureContext { get; init; }
}
