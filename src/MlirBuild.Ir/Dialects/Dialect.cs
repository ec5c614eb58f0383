namespace MlirBuild.Ir;

/// <summary>
/// A dialect: a namespace with op definitions and optionally its own types and attributes. Types/attributes of a
/// dialect reach <see cref="ParseType"/>/<see cref="ParseAttribute"/> as the verbatim text after <c>!</c>/<c>#</c>
/// (e.g. <c>stablehlo.token</c>); returning null keeps them as <see cref="OpaqueType"/>/<see cref="OpaqueAttr"/>.
/// </summary>
public class Dialect
{
    private readonly Dictionary<string, OpDefinition> ops = new(StringComparer.Ordinal);

    public Dialect(string @namespace) => Namespace = @namespace;

    public string Namespace { get; }

    public IReadOnlyCollection<OpDefinition> Operations => ops.Values;

    public OpDefinition Register(OpDefinition def)
    {
        if (!def.Name.StartsWith(Namespace + ".", StringComparison.Ordinal) && Namespace.Length > 0)
        {
            throw new ArgumentException($"op {def.Name} is not in dialect {Namespace}");
        }

        def.Dialect = this;
        ops[def.Name] = def;
        return def;
    }

    public OpDefinition? LookupOp(string fullName) => ops.TryGetValue(fullName, out var d) ? d : null;

    /// <summary>Parses a dialect type from its verbatim text; report problems via <paramref name="error"/> and return null.</summary>
    public virtual MlirType? ParseType(string body, MlirContext context, Action<string> error) => null;

    /// <summary>
    /// Located form of <see cref="ParseType(string, MlirContext, Action{string})"/>, which the parser calls:
    /// <c>errorAt(offset, message)</c> points at a character offset into <paramref name="body"/> (a negative offset means the
    /// start of the type). By default it forwards to the unlocated overload.
    /// </summary>
    public virtual MlirType? ParseType(string body, MlirContext context, Action<int, string> errorAt) =>
        ParseType(body, context, message => errorAt(-1, message));

    /// <summary>Parses a dialect attribute from its verbatim text (see <see cref="ParseType"/>).</summary>
    public virtual MlirAttribute? ParseAttribute(string body, MlirType? type, MlirContext context, Action<string> error) => null;

    /// <summary>Creates a constant op for a folded value (used by folding); null when the dialect cannot.</summary>
    public virtual Operation? MaterializeConstant(OpBuilder builder, MlirAttribute value, MlirType type, LocationAttr location) => null;

    /// <summary>The op name to print when this dialect is the default (custom forms inside e.g. func bodies may drop the prefix).</summary>
    public override string ToString() => Namespace;
}
