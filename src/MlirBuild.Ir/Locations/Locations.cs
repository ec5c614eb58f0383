namespace MlirBuild.Ir;

/// <summary>Base of source locations (they are attributes, as in MLIR). Prints as <c>loc(...)</c>.</summary>
public abstract record LocationAttr : MlirAttribute
{
    public sealed override void PrintBody(AsmWriter w)
    {
        w.Write("loc(");
        PrintInner(w);
        w.Write(')');
    }

    /// <summary>The text inside <c>loc(...)</c>; nested locations go through <see cref="AsmWriter.WriteNestedLocation"/>.</summary>
    public abstract void PrintInner(AsmWriter w);
}

/// <summary><c>loc(unknown)</c>.</summary>
public sealed record UnknownLoc : LocationAttr
{
    public static readonly UnknownLoc Instance = new();

    public override void PrintInner(AsmWriter w) => w.Write("unknown");
}

/// <summary><c>loc("file":line:col)</c>, optionally a range <c>"file":l:c to l2:c2</c>.</summary>
public sealed record FileLineColLoc(string File, int Line, int Column, int EndLine = -1, int EndColumn = -1) : LocationAttr
{
    public override void PrintInner(AsmWriter w)
    {
        StringFormat.WriteQuoted(w, File);
        w.Write(':').Write(Line).Write(':').Write(Column);
        if (EndColumn >= 0)
        {
            w.Write(" to ");
            if (EndLine >= 0 && EndLine != Line)
            {
                w.Write(EndLine);
            }

            w.Write(':').Write(EndColumn);
        }
    }
}

/// <summary><c>loc("name")</c> or <c>loc("name"(child))</c>; an unknown child is stored as null (they are the same location).</summary>
public sealed record NameLoc : LocationAttr
{
    public NameLoc(string name, LocationAttr? child = null)
    {
        Name = name;
        Child = child is UnknownLoc ? null : child;
    }

    public string Name { get; }

    public LocationAttr? Child { get; }

    public override void PrintInner(AsmWriter w)
    {
        StringFormat.WriteQuoted(w, Name);
        if (Child is not null and not UnknownLoc)
        {
            w.Write('(');
            w.WriteNestedLocation(Child);
            w.Write(')');
        }
    }
}

/// <summary><c>loc(callsite(callee at caller))</c>.</summary>
public sealed record CallSiteLoc(LocationAttr Callee, LocationAttr Caller) : LocationAttr
{
    public override void PrintInner(AsmWriter w)
    {
        w.Write("callsite(");
        w.WriteNestedLocation(Callee);
        w.Write(" at ");
        w.WriteNestedLocation(Caller);
        w.Write(')');
    }
}

/// <summary><c>loc(fused[a, b])</c> or <c>loc(fused&lt;metadata&gt;[a, b])</c>.</summary>
public sealed record FusedLoc(EquatableArray<LocationAttr> Locations, MlirAttribute? Metadata = null) : LocationAttr
{
    public override void PrintInner(AsmWriter w)
    {
        w.Write("fused");
        if (Metadata is not null)
        {
            w.Write('<').Write(Metadata).Write('>');
        }

        w.Write('[');
        w.WriteList(Locations, (x, l) => x.WriteNestedLocation(l));
        w.Write(']');
    }
}
