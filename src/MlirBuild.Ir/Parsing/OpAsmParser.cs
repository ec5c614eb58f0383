namespace MlirBuild.Ir;

/// <summary>An SSA use not yet bound to a value: <c>%name</c> or <c>%name#number</c>.</summary>
public readonly record struct UnresolvedOperand(string Name, int Number, LocationAttr Location);

/// <summary>A region entry argument parsed in a custom form: <c>%arg0: i32 {attrs} loc(...)</c>.</summary>
public sealed record RegionArgument(UnresolvedOperand Name, MlirType Type, DictionaryAttr? Attributes, LocationAttr? Location);

/// <summary>
/// What a custom parse hook can use. Naming rule: <c>ParseX</c> reports a located error and returns false/null on
/// failure; <c>TryParseX</c> returns false/null without consuming anything when X is not next;
/// <c>ParseOptionalX</c> parses X when present and fails only on malformed input.
/// </summary>
public abstract class OpAsmParser
{
    public abstract MlirContext Context { get; }

    /// <summary>Location of the current token.</summary>
    public abstract LocationAttr CurrentLocation { get; }

    /// <summary>Reports an error at the current token; returns it so notes can be attached.</summary>
    public abstract Diagnostic EmitError(string message);

    public abstract Diagnostic EmitError(LocationAttr location, string message);

    public abstract bool TryParseKeyword(string keyword);

    public bool ParseKeyword(string keyword)
    {
        if (TryParseKeyword(keyword))
        {
            return true;
        }

        EmitError($"expected '{keyword}'");
        return false;
    }

    /// <summary>A bare identifier/keyword if next, else null.</summary>
    public abstract string? TryParseAnyKeyword();

    /// <summary>Punctuation such as <c>(</c> <c>)</c> <c>[</c> <c>]</c> <c>{</c> <c>}</c> <c>&lt;</c> <c>&gt;</c> <c>:</c> <c>,</c> <c>=</c> <c>-&gt;</c> <c>?</c> <c>*</c>.</summary>
    public abstract bool TryParsePunct(string punct);

    public bool ParsePunct(string punct)
    {
        if (TryParsePunct(punct))
        {
            return true;
        }

        EmitError($"expected '{punct}'");
        return false;
    }

    /// <summary>True when the next token is <paramref name="punct"/> (nothing consumed).</summary>
    public abstract bool PeekPunct(string punct);

    public abstract string? TryParseSymbolName();

    public string? ParseSymbolName()
    {
        var s = TryParseSymbolName();
        if (s is null)
        {
            EmitError("expected valid '@'-identifier for symbol name");
        }

        return s;
    }

    public abstract string? TryParseString();

    /// <summary>
    /// Parses a non-negative decimal integer literal without a <c>: type</c> suffix (ODS integer attributes in a
    /// format: <c>dim = 0 : tensor&lt;...&gt;</c>); null without consuming when there is none or it overflows.
    /// </summary>
    public abstract long? TryParseInteger();

    public abstract MlirType? ParseType();

    /// <summary>Parses a type if one starts here (null without consuming otherwise).</summary>
    public abstract MlirType? TryParseType();

    public abstract MlirAttribute? ParseAttribute(MlirType? type = null);

    /// <summary>Parses <c>{...}</c> into <paramref name="into"/> when present.</summary>
    public abstract bool ParseOptionalAttrDict(List<NamedAttribute> into);

    /// <summary>Parses <c>attributes {...}</c> when present.</summary>
    public bool ParseOptionalAttrDictWithKeyword(List<NamedAttribute> into) => !TryParseKeyword("attributes") || ParseAttrDictBody(into);

    /// <summary>Parses a mandatory <c>{...}</c>.</summary>
    public abstract bool ParseAttrDictBody(List<NamedAttribute> into);

    public abstract UnresolvedOperand? TryParseOperand();

    public UnresolvedOperand? ParseOperand()
    {
        var o = TryParseOperand();
        if (o is null)
        {
            EmitError("expected SSA operand");
        }

        return o;
    }

    /// <summary>Parses a possibly empty comma-separated operand list (no delimiters).</summary>
    public bool ParseOperandList(List<UnresolvedOperand> into)
    {
        var first = TryParseOperand();
        if (first is null)
        {
            return true;
        }

        into.Add(first.Value);
        while (TryParsePunct(","))
        {
            var next = ParseOperand();
            if (next is null)
            {
                return false;
            }

            into.Add(next.Value);
        }

        return true;
    }

    /// <summary>Parses a comma-separated type list (at least one type).</summary>
    public bool ParseTypeList(List<MlirType> into)
    {
        do
        {
            var t = ParseType();
            if (t is null)
            {
                return false;
            }

            into.Add(t);
        }
        while (TryParsePunct(","));
        return true;
    }

    /// <summary>Binds operands to values of the given types (forward references become placeholders).</summary>
    public abstract bool ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IReadOnlyList<MlirType> types, List<Value> into);

    /// <summary>Parses <c>%name: type {attrs} loc(...)</c>; null without consuming if no <c>%</c> is next.</summary>
    public abstract RegionArgument? TryParseArgument(bool allowAttributes = true);

    /// <summary>Parses a region <c>{...}</c>; <paramref name="arguments"/> become the entry block's arguments.</summary>
    public abstract bool ParseRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null);

    /// <summary>Parses <c>loc(...)</c> when present.</summary>
    public abstract bool ParseOptionalLocationSpecifier(out LocationAttr? location);

    /// <summary>
    /// Parses an attribute when one starts here (MLIR's parseOptionalAttribute); null without consuming otherwise.
    /// <paramref name="type"/> is the type implied for bare integer and float literals.
    /// </summary>
    public virtual MlirAttribute? TryParseAttribute(MlirType? type = null) => throw new NotSupportedException();

    /// <summary>True when the next token can start an attribute (nothing consumed).</summary>
    public virtual bool AtAttributeStart() => throw new NotSupportedException();

    /// <summary>Parses a successor label <c>^bb</c> when one is next; null without consuming otherwise.</summary>
    public virtual Block? TryParseSuccessor() => throw new NotSupportedException();

    public Block? ParseSuccessor()
    {
        var b = TryParseSuccessor();
        if (b is null)
        {
            EmitError("expected block name");
        }

        return b;
    }

    /// <summary>
    /// Parses the stripped form of a dense array, <c>[1, 0]</c> or <c>[]</c>, with elements of
    /// <paramref name="elementType"/> (how ODS formats write DenseI64ArrayAttr and friends).
    /// </summary>
    public virtual DenseArrayAttr? ParseDenseArrayBody(MlirType elementType) => throw new NotSupportedException();

    /// <summary>True when the next token is the bare keyword <paramref name="keyword"/> (nothing consumed).</summary>
    public virtual bool PeekKeyword(string keyword) => throw new NotSupportedException();
}
