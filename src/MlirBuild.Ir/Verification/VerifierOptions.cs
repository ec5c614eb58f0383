namespace MlirBuild.Ir.Verification;

/// <summary>What the verifier knows beyond op definitions: branch operand layouts and symbol-use rules.</summary>
public sealed record VerifierOptions
{
    public static VerifierOptions Default { get; } = new();

    /// <summary>Stop after this many errors.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Per op name: how operands are forwarded to successors (checked against block arguments).</summary>
    public IReadOnlyDictionary<string, SuccessorOperandsRule> BranchOperands { get; init; } = BranchOperandRules.Defaults;

    /// <summary>Per op name: attributes that must name an existing symbol, and the op name the symbol must have
    /// (null: any op).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SymbolUseRule>> SymbolUses { get; init; } =
        new Dictionary<string, IReadOnlyList<SymbolUseRule>>(StringComparer.Ordinal)
        {
            [FuncDialect.CallOpName] = [new SymbolUseRule("callee", FuncDialect.FuncOpName, "function")],
            [FuncDialect.ConstantOpName] = [new SymbolUseRule("value", FuncDialect.FuncOpName, "function")],
        };
}

/// <summary>Attribute <paramref name="Attribute"/> must resolve to a symbol (of op <paramref name="TargetOp"/>).</summary>
public sealed record SymbolUseRule(string Attribute, string? TargetOp, string TargetDescription);
