namespace MlirBuild.Ir;

/// <summary>Stands in for an SSA value used before its definition; replaced when the definition is parsed.</summary>
internal sealed class PlaceholderValue : Value
{
    public PlaceholderValue(MlirType type, LocationAttr firstUse)
        : base(type) => FirstUseLocation = firstUse;

    public LocationAttr FirstUseLocation { get; }

    public override Operation? DefiningOp => null;

    public override Block? ParentBlock => null;
}
