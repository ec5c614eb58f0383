namespace MlirBuild.TableGen.Ods;

/// <summary>How many values an operand or result group holds.</summary>
public enum OdsValueArity
{
    /// <summary>Exactly one value.</summary>
    Single,

    /// <summary><c>Optional&lt;T&gt;</c>: zero or one.</summary>
    Optional,

    /// <summary><c>Variadic&lt;T&gt;</c>: any number.</summary>
    Variadic,

    /// <summary><c>VariadicOfVariadic&lt;T, segmentAttr&gt;</c>: groups of groups, sized by an attribute.</summary>
    VariadicOfVariadic,
}

/// <summary>
/// A type constraint (<c>TypeConstraint</c> record) as ODS reads it: the summary used in docs and messages, the C++
/// type, the arity, and a structural <see cref="OdsTypeMatcher"/> the C# verifier can check.
/// </summary>
public sealed record OdsTypeConstraint(
    string DefName,
    string Summary,
    string Description,
    string CppType,
    OdsValueArity Arity,
    string? SegmentAttrName,
    string? BuilderCall,
    OdsTypeMatcher Matcher)
{
    public bool IsVariableLength => Arity != OdsValueArity.Single;

    public bool IsOptional => Arity == OdsValueArity.Optional;

    public bool IsVariadic => Arity == OdsValueArity.Variadic || Arity == OdsValueArity.VariadicOfVariadic;
}
