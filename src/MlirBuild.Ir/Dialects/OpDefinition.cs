namespace MlirBuild.Ir;

/// <summary>Checks an op; reports problems into <paramref name="diagnostics"/> and returns false on failure.</summary>
public delegate bool OpVerifyHook(Operation op, DiagnosticBag diagnostics);

/// <summary>Parses the custom form after the op name into <paramref name="result"/>; false after reporting an error.</summary>
public delegate bool OpParseHook(OpAsmParser parser, OperationState result);

/// <summary>Prints the custom form after the op name (the printer has already written results and the name).</summary>
public delegate void OpPrintHook(Operation op, OpAsmPrinter printer);

/// <summary>Folds an op given the constant values of its operands (null where not constant); null when it cannot fold.</summary>
public delegate IReadOnlyList<FoldResult>? OpFoldHook(Operation op, IReadOnlyList<MlirAttribute?> constantOperands);

/// <summary>One folded result: a constant attribute or an existing value.</summary>
public readonly record struct FoldResult(MlirAttribute? Attribute, Value? Value)
{
    public static FoldResult Of(MlirAttribute attribute) => new(attribute, null);

    public static FoldResult Of(Value value) => new(null, value);
}

/// <summary>A registered operation: name, traits, inherent attribute names (stored as properties) and hooks.</summary>
public sealed class OpDefinition
{
    private readonly HashSet<string> inherent;

    public OpDefinition(string name, OpTraits traits = OpTraits.None, IEnumerable<string>? inherentAttributes = null)
    {
        Name = name;
        Traits = traits;
        inherent = new HashSet<string>(inherentAttributes ?? Array.Empty<string>(), StringComparer.Ordinal);
    }

    /// <summary>Full name, e.g. <c>func.func</c>.</summary>
    public string Name { get; }

    public OpTraits Traits { get; init; }

    /// <summary>Attribute names that are inherent (MLIR properties, printed in <c>&lt;{...}&gt;</c>).</summary>
    public IReadOnlyCollection<string> InherentAttributes => inherent;

    public bool IsInherent(string name) => inherent.Contains(name);

    public Dialect? Dialect { get; internal set; }

    public OpVerifyHook? Verify { get; init; }

    public OpParseHook? Parse { get; init; }

    public OpPrintHook? Print { get; init; }

    /// <summary>
    /// When set, <see cref="Print"/> is used only for ops it accepts; others print in the generic form. Generated
    /// declarative printers use it for ops their format cannot represent (a missing or foreign attribute, an
    /// unimplemented <c>custom&lt;...&gt;</c> directive).
    /// </summary>
    public Func<Operation, bool>? CanPrint { get; init; }

    public OpFoldHook? Fold { get; init; }

    /// <summary>Suggests the printed name of the first result (MLIR's getAsmResultNames), e.g. <c>%f</c> for func.constant.</summary>
    public Func<Operation, string?>? SuggestResultName { get; init; }

    /// <summary>Dialect whose prefix ops in this op's regions may omit in custom form (func.func: "func").</summary>
    public string DefaultDialect { get; init; } = string.Empty;

    public bool HasTrait(OpTraits t) => (Traits & t) == t;

    public override string ToString() => Name;
}
