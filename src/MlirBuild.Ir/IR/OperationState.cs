namespace MlirBuild.Ir;

/// <summary>Everything needed to create an <see cref="Operation"/>. Regions added here move into the operation.</summary>
public sealed class OperationState
{
    public OperationState(string name, LocationAttr? location = null, MlirContext? context = null)
    {
        Name = name;
        Location = location ?? UnknownLoc.Instance;
        Context = context;
    }

    public string Name { get; set; }

    public LocationAttr Location { get; set; }

    /// <summary>Where the op definition (traits, inherent attributes) is looked up; null means unregistered.</summary>
    public MlirContext? Context { get; set; }

    public List<Value> Operands { get; } = new();

    public List<MlirType> ResultTypes { get; } = new();

    /// <summary>Attributes; for a registered op those named inherent by its definition become properties.</summary>
    public List<NamedAttribute> Attributes { get; } = new();

    /// <summary>Explicit properties (the generic form's <c>&lt;{...}&gt;</c>).</summary>
    public List<NamedAttribute>? Properties { get; set; }

    public List<Region> Regions { get; } = new();

    public List<Block> Successors { get; } = new();

    public OperationState AddOperands(params Value[] values)
    {
        Operands.AddRange(values);
        return this;
    }

    public OperationState AddTypes(params MlirType[] types)
    {
        ResultTypes.AddRange(types);
        return this;
    }

    public OperationState AddAttribute(string name, MlirAttribute value)
    {
        Attributes.Add(new NamedAttribute(name, value));
        return this;
    }

    public OperationState AddProperty(string name, MlirAttribute value)
    {
        (Properties ??= new()).Add(new NamedAttribute(name, value));
        return this;
    }

    /// <summary>Adds a new empty region and returns it.</summary>
    public Region AddRegion()
    {
        var r = new Region();
        Regions.Add(r);
        return r;
    }
}
