using System.Runtime.CompilerServices;

namespace MlirBuild.Ir;

/// <summary>
/// <c>distinct[N]&lt;attr&gt;</c>: an attribute with identity (two distinct attributes are never equal, even with the same
/// referenced value). The number is assigned by the printer in print order; the parser uses it only to match uses.
/// </summary>
public sealed record DistinctAttr(MlirAttribute Referenced) : MlirAttribute
{
    public bool Equals(DistinctAttr? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);

    public override void PrintBody(AsmWriter w)
    {
        w.Write("distinct[").Write(w.DistinctId(this)).Write("]<");
        if (Referenced is not UnitAttr)
        {
            w.Write(Referenced);
        }

        w.Write('>');
    }
}
