namespace MlirBuild.Ir;

/// <summary>Base of all attributes (and locations). Immutable and value-equal; ToString gives MLIR syntax.</summary>
public abstract record MlirAttribute
{
    /// <summary>Prints the attribute's syntax; nested attributes and types go through the writer (aliases).</summary>
    public abstract void PrintBody(AsmWriter w);

    public sealed override string ToString()
    {
        var sw = new StringWriter();
        PrintBody(new AsmWriter(sw));
        return sw.ToString();
    }
}

/// <summary>A name/value pair of an attribute dictionary or property dictionary.</summary>
public readonly record struct NamedAttribute(string Name, MlirAttribute Value);
