namespace MlirBuild.TableGen.Ods;

/// <summary>The shapes of type a <see cref="OdsTypeMatcher"/> can recognize.</summary>
public enum OdsTypeMatcherKind
{
    /// <summary>Any type (or a predicate we cannot express: the check is left to hand-written verifiers).</summary>
    Any,

    /// <summary>An integer; <see cref="OdsTypeMatcher.Width"/> 0 means any width; <see cref="OdsTypeMatcher.Signedness"/> is "signless", "signed", "unsigned" or "" for any.</summary>
    Integer,

    /// <summary>The index type.</summary>
    Index,

    /// <summary>A float of <see cref="OdsTypeMatcher.Name"/> (f16, bf16, f32, f64, tf32, the f8 kinds...); empty name: any float.</summary>
    Float,

    /// <summary>A complex type of the <see cref="OdsTypeMatcher.Element"/> matcher.</summary>
    Complex,

    /// <summary>The none type.</summary>
    None,

    /// <summary>A tensor (ranked or not) whose elements match <see cref="OdsTypeMatcher.Element"/>.</summary>
    Tensor,

    /// <summary>A ranked tensor whose elements match <see cref="OdsTypeMatcher.Element"/>.</summary>
    RankedTensor,

    /// <summary>An unranked tensor whose elements match <see cref="OdsTypeMatcher.Element"/>.</summary>
    UnrankedTensor,

    /// <summary>A memref (ranked or not) whose elements match <see cref="OdsTypeMatcher.Element"/>.</summary>
    MemRef,

    /// <summary>A vector whose elements match <see cref="OdsTypeMatcher.Element"/>.</summary>
    Vector,

    /// <summary>A tuple.</summary>
    Tuple,

    /// <summary>A function type.</summary>
    Function,

    /// <summary>Any of <see cref="OdsTypeMatcher.Alternatives"/>.</summary>
    AnyOf,

    /// <summary>A dialect type <c>!dialect.mnemonic</c> in <see cref="OdsTypeMatcher.Name"/>.</summary>
    DialectType,
}

/// <summary>
/// A structural description of a type constraint, recovered from well-known ODS classes (I32, TensorOf, AnyTypeOf,
/// ...). Constraints written as raw C++ predicates become <see cref="OdsTypeMatcherKind.Any"/>.
/// </summary>
public sealed record OdsTypeMatcher(
    OdsTypeMatcherKind Kind,
    int Width,
    string Signedness,
    string Name,
    OdsTypeMatcher? Element,
    ImmutableEquatableArray<OdsTypeMatcher> Alternatives)
{
    public static OdsTypeMatcher AnyType { get; } = Simple(OdsTypeMatcherKind.Any);

    public static OdsTypeMatcher Simple(OdsTypeMatcherKind kind) =>
        new OdsTypeMatcher(kind, 0, string.Empty, string.Empty, null, ImmutableEquatableArray<OdsTypeMatcher>.Empty);

    public static OdsTypeMatcher Integer(int width, string signedness) =>
        new OdsTypeMatcher(OdsTypeMatcherKind.Integer, width, signedness, string.Empty, null, ImmutableEquatableArray<OdsTypeMatcher>.Empty);

    public static OdsTypeMatcher Float(string name) =>
        new OdsTypeMatcher(OdsTypeMatcherKind.Float, 0, string.Empty, name, null, ImmutableEquatableArray<OdsTypeMatcher>.Empty);

    public static OdsTypeMatcher Container(OdsTypeMatcherKind kind, OdsTypeMatcher element) =>
        new OdsTypeMatcher(kind, 0, string.Empty, string.Empty, element, ImmutableEquatableArray<OdsTypeMatcher>.Empty);

    public static OdsTypeMatcher Named(OdsTypeMatcherKind kind, string name) =>
        new OdsTypeMatcher(kind, 0, string.Empty, name, null, ImmutableEquatableArray<OdsTypeMatcher>.Empty);

    public static OdsTypeMatcher OneOf(ImmutableEquatableArray<OdsTypeMatcher> alternatives) =>
        new OdsTypeMatcher(OdsTypeMatcherKind.AnyOf, 0, string.Empty, string.Empty, null, alternatives);
}
