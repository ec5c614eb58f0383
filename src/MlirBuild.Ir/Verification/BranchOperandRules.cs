namespace MlirBuild.Ir.Verification;

/// <summary>
/// Splits a branch op's operands into the lists forwarded to each successor (MLIR's BranchOpInterface), so the
/// verifier can check them against the target blocks' arguments. Returns null when the op's layout is unknown.
/// </summary>
public delegate IReadOnlyList<IReadOnlyList<Value>>? SuccessorOperandsRule(Operation op);

/// <summary>Rules for the <c>cf</c> branches; dialects add theirs through <see cref="VerifierOptions"/>.</summary>
public static class BranchOperandRules
{
    /// <summary><c>cf.br</c>: all operands go to the single successor.</summary>
    public static IReadOnlyList<IReadOnlyList<Value>>? Branch(Operation op) =>
        op.Successors.Count == 1 ? [op.Operands] : null;

    /// <summary><c>cf.cond_br</c>: condition, then true operands, then false operands (operandSegmentSizes).</summary>
    public static IReadOnlyList<IReadOnlyList<Value>>? CondBranch(Operation op)
    {
        if (op.Successors.Count != 2 || Segments(op) is not { Length: 3 } s || s.Sum() != op.NumOperands)
        {
            return null;
        }

        var all = op.Operands;
        return [all.Skip(s[0]).Take(s[1]).ToArray(), all.Skip(s[0] + s[1]).Take(s[2]).ToArray()];
    }

    /// <summary><c>cf.switch</c>: flag, default operands, then case operands split by case_operand_segments.</summary>
    public static IReadOnlyList<IReadOnlyList<Value>>? Switch(Operation op)
    {
        if (Segments(op) is not { Length: 3 } s || s.Sum() != op.NumOperands ||
            op.GetAttr("case_operand_segments") is not DenseArrayAttr caseSegments)
        {
            return null;
        }

        var cases = DenseArrayValues(caseSegments);
        if (cases is null || cases.Length + 1 != op.Successors.Count || cases.Sum() != s[2])
        {
            return null;
        }

        var all = op.Operands;
        var result = new List<IReadOnlyList<Value>> { all.Skip(s[0]).Take(s[1]).ToArray() };
        var at = s[0] + s[1];
        foreach (var n in cases)
        {
            result.Add(all.Skip(at).Take(n).ToArray());
            at += n;
        }

        return result;
    }

    public static IReadOnlyDictionary<string, SuccessorOperandsRule> Defaults { get; } =
        new Dictionary<string, SuccessorOperandsRule>(StringComparer.Ordinal)
        {
            ["cf.br"] = Branch,
            ["cf.cond_br"] = CondBranch,
            ["cf.switch"] = Switch,
        };

    private static int[]? Segments(Operation op) =>
        op.GetAttr("operandSegmentSizes") is DenseArrayAttr a ? DenseArrayValues(a) : null;

    private static int[]? DenseArrayValues(DenseArrayAttr a)
    {
        if (a.ElementType is not IntegerType { Width: 32 })
        {
            return null;
        }

        var raw = a.Raw.Span;
        var values = new int[raw.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(raw.Slice(i * 4, 4));
            if (values[i] < 0)
            {
                return null;
            }
        }

        return values;
    }
}
