namespace MlirBuild.Ir;

/// <summary>Printer flags (passed explicitly; no global defaults).</summary>
public sealed record PrintOptions
{
    /// <summary>Print every op in generic form (mlir-opt --mlir-print-op-generic).</summary>
    public bool Generic { get; init; }

    /// <summary>Print locations (mlir-opt --mlir-print-debuginfo).</summary>
    public bool PrintDebugInfo { get; init; }

    /// <summary>Use SSA name hints recorded by the parser (e.g. <c>%c0_i32</c>) instead of plain numbers.</summary>
    public bool UseNameHints { get; init; } = true;

    /// <summary>Above this many elements non-splat dense data prints as hex; negative disables hex.</summary>
    public long HexElementsThreshold { get; init; } = DenseElementsAttr.HexThreshold;
}
