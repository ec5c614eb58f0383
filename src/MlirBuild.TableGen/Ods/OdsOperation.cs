namespace MlirBuild.TableGen.Ods;

/// <summary>An operand or result: its name (possibly empty) and its type constraint.</summary>
public sealed record OdsNamedValue(string Name, OdsTypeConstraint Constraint);

/// <summary>A region: name, summary, and whether it is a variadic group (<c>VariadicRegion</c>).</summary>
public sealed record OdsRegion(string Name, string Summary, bool IsVariadic, bool IsSized);

/// <summary>A successor: name, summary, and whether it is variadic (<c>VariadicSuccessor</c>).</summary>
public sealed record OdsSuccessor(string Name, string Summary, bool IsVariadic);

/// <summary>Whether an argument of the op's <c>arguments</c> dag is an operand, attribute or property.</summary>
public enum OdsArgumentKind
{
    Operand,
    Attribute,
    Property,
}

/// <summary>One entry of the <c>arguments</c> dag, pointing into the operand, attribute or property list.</summary>
public sealed record OdsArgument(OdsArgumentKind Kind, int Index, string Name);

/// <summary>The kinds of trait ODS distinguishes.</summary>
public enum OdsTraitKind
{
    /// <summary>A C++ trait (<c>NativeTrait</c>, e.g. Commutative).</summary>
    Native,

    /// <summary>A predicate trait (<c>PredTrait</c>, e.g. AllTypesMatch): verified, not attached.</summary>
    Predicate,

    /// <summary>An interface (<c>InterfaceTrait</c>).</summary>
    Interface,

    /// <summary>An internal trait.</summary>
    Internal,
}

/// <summary>
/// A trait or interface attached to an op. <see cref="DocName"/> is how op docs list it; <see cref="Effects"/> is the
/// effect list of a side-effect interface as op docs print it (null otherwise).
/// </summary>
public sealed record OdsTrait(
    OdsTraitKind Kind,
    string DefName,
    string QualifiedName,
    string DocName,
    string? Effects,
    ImmutableEquatableArray<string> Values)
{
    /// <summary>For <c>AllTypesMatch</c> and <c>TypesMatchWith</c>: which names' types are tied (null otherwise).</summary>
    public OdsTypeMatch? TypeMatch { get; init; }
}

/// <summary>
/// Types tied by a trait: <c>AllTypesMatch&lt;names&gt;</c> (<see cref="Transformer"/> null: all equal) or
/// <c>TypesMatchWith&lt;lhs, rhs, transformer&gt;</c> (<see cref="Names"/> = lhs, rhs; rhs's type is the C++
/// <see cref="Transformer"/> applied to lhs's, <c>$_self</c> when it is the identity).
/// </summary>
public sealed record OdsTypeMatch(ImmutableEquatableArray<string> Names, string? Transformer);

/// <summary>A custom builder: its C++ parameter list (for reference; C# factories are derived from the arguments).</summary>
public sealed record OdsBuilder(string Parameters);

/// <summary>
/// An op definition as ODS's <c>Operator</c> reads it: names, documentation, arguments split into operands,
/// attributes and properties, results, regions, successors, traits (with inferred type interface added where
/// ODS adds it), assembly format, and the hooks the op declares.
/// </summary>
public sealed record OdsOperation(
    string DefName,
    string DialectDefName,
    string DialectName,
    string OpName,
    string CppClassName,
    string CppNamespace,
    string Summary,
    string Description,
    ImmutableEquatableArray<OdsArgument> Arguments,
    ImmutableEquatableArray<OdsNamedValue> Operands,
    ImmutableEquatableArray<OdsNamedAttribute> Attributes,
    ImmutableEquatableArray<OdsNamedProperty> Properties,
    ImmutableEquatableArray<OdsNamedValue> Results,
    ImmutableEquatableArray<OdsRegion> Regions,
    ImmutableEquatableArray<OdsSuccessor> Successors,
    ImmutableEquatableArray<OdsTrait> Traits,
    string? AssemblyFormat,
    bool HasCustomAssemblyFormat,
    bool HasVerifier,
    bool HasRegionVerifier,
    bool HasFolder,
    bool HasCanonicalizer,
    bool SkipDefaultBuilders,
    ImmutableEquatableArray<OdsBuilder> Builders,
    bool AllResultTypesKnown,
    ImmutableEquatableArray<int> ResultTypeSources,
    OdsLocation Location)
{
    /// <summary>The full op name, <c>dialect.opName</c> (just the op name for an unnamed dialect).</summary>
    public string FullName => DialectName.Length == 0 ? OpName : DialectName + "." + OpName;

    /// <summary>The C++ class name with its namespace, as ODS spells it.</summary>
    public string QualifiedCppClassName => CppNamespace.Length == 0 ? CppClassName : CppNamespace + "::" + CppClassName;

    public bool HasTrait(string qualifiedName)
    {
        foreach (var trait in Traits)
        {
            if (trait.QualifiedName == qualifiedName)
            {
                return true;
            }
        }

        return false;
    }

    public int NumVariableLengthOperands
    {
        get
        {
            var n = 0;
            foreach (var operand in Operands)
            {
                n += operand.Constraint.IsVariableLength ? 1 : 0;
            }

            return n;
        }
    }

    public int NumVariableLengthResults
    {
        get
        {
            var n = 0;
            foreach (var result in Results)
            {
                n += result.Constraint.IsVariableLength ? 1 : 0;
            }

            return n;
        }
    }
}
