namespace MlirBuild.Ir;

/// <summary>Parser switches.</summary>
public sealed record ParserOptions
{
    /// <summary>
    /// Keep non-numeric SSA names (e.g. <c>%c0_i32</c>, <c>%x</c>) as <see cref="Value.NameHint"/> so the printer reuses
    /// them. Off by default: mlir-opt renumbers names it does not generate itself.
    /// </summary>
    public bool RecordNameHints { get; init; }

    /// <summary>Nesting limit for types, attributes and regions (deeper input gets an error, not a stack overflow).</summary>
    public int MaxNestingDepth { get; init; } = 200;
}

/// <summary>Result of parsing: the module (null on error) and all diagnostics.</summary>
public sealed record ParseResult(Operation? Module, DiagnosticBag Diagnostics)
{
    public bool Succeeded => Module is not null && !Diagnostics.HasErrors;
}
