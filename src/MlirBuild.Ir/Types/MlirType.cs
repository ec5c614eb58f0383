namespace MlirBuild.Ir;

/// <summary>Base of all MLIR types. Types are immutable and compare by value; ToString gives MLIR syntax.</summary>
public abstract record MlirType
{
    /// <summary>Prints the type's syntax (without alias substitution for itself; nested parts go through the writer).</summary>
    public abstract void PrintBody(AsmWriter w);

    public sealed override string ToString()
    {
        var sw = new StringWriter();
        PrintBody(new AsmWriter(sw));
        return sw.ToString();
    }

    /// <summary>True for integer, index and float types (the element types dense literals hold as numbers).</summary>
    public bool IsIntOrIndexOrFloat => this is IntegerType or IndexType or FloatType;
}

/// <summary><c>iN</c>, <c>siN</c>, <c>uiN</c>.</summary>
public sealed record IntegerType(int Width, Signedness Signedness = Signedness.Signless) : MlirType
{
    public static readonly IntegerType I1 = new(1);
    public static readonly IntegerType I8 = new(8);
    public static readonly IntegerType I16 = new(16);
    public static readonly IntegerType I32 = new(32);
    public static readonly IntegerType I64 = new(64);

    public bool IsSignless => Signedness == Signedness.Signless;

    public bool IsUnsigned => Signedness == Signedness.Unsigned;

    /// <summary>Bytes one element takes in raw dense storage (i1 takes one byte).</summary>
    public int StorageBytes => (Width + 7) / 8;

    public override void PrintBody(AsmWriter w)
    {
        w.Write(Signedness switch { Signedness.Signed => "si", Signedness.Unsigned => "ui", _ => "i" });
        w.Write(Width);
    }
}

public enum Signedness
{
    Signless,
    Signed,
    Unsigned,
}

/// <summary><c>index</c>.</summary>
public sealed record IndexType : MlirType
{
    public static readonly IndexType Instance = new();

    public override void PrintBody(AsmWriter w) => w.Write("index");
}

/// <summary><c>none</c>.</summary>
public sealed record NoneType : MlirType
{
    public static readonly NoneType Instance = new();

    public override void PrintBody(AsmWriter w) => w.Write("none");
}

/// <summary><c>complex&lt;T&gt;</c>.</summary>
public sealed record ComplexType(MlirType ElementType) : MlirType
{
    public override void PrintBody(AsmWriter w) => w.Write("complex<").Write(ElementType).Write('>');
}

/// <summary><c>tuple&lt;T1, T2&gt;</c>.</summary>
public sealed record TupleType(EquatableArray<MlirType> Types) : MlirType
{
    public override void PrintBody(AsmWriter w)
    {
        w.Write("tuple<").WriteList(Types, (x, t) => x.Write(t)).Write('>');
    }
}

/// <summary><c>(inputs) -> results</c>.</summary>
public sealed record FunctionType(EquatableArray<MlirType> Inputs, EquatableArray<MlirType> Results) : MlirType
{
    public override void PrintBody(AsmWriter w)
    {
        w.Write('(').WriteList(Inputs, (x, t) => x.Write(t)).Write(") -> ");
        PrintResultTypes(w, Results);
    }

    /// <summary>A single non-function result prints bare; anything else is parenthesized.</summary>
    internal static void PrintResultTypes(AsmWriter w, IReadOnlyList<MlirType> results)
    {
        if (results.Count == 1 && results[0] is not FunctionType)
        {
            w.Write(results[0]);
            return;
        }

        w.Write('(').WriteList(results, (x, t) => x.Write(t)).Write(')');
    }
}

/// <summary>
/// A dialect type kept verbatim: <c>!dialect.name&lt;...&gt;</c> or <c>!dialect&lt;"..."&gt;</c>. <see cref="Body"/> is
/// everything after the <c>!</c>, exactly as written.
/// </summary>
public sealed record OpaqueType(string Dialect, string Body) : MlirType
{
    public override void PrintBody(AsmWriter w) => w.Write('!').Write(Body);
}
