namespace MlirBuild.Ir;

/// <summary>Base of tensor, memref and vector types.</summary>
public abstract record ShapedType(MlirType ElementType) : MlirType
{
    /// <summary>Marks a dynamic dimension (<c>?</c>), as in MLIR.</summary>
    public const long DynamicSize = long.MinValue;

    public abstract bool HasRank { get; }

    /// <summary>The dimensions; empty when unranked.</summary>
    public virtual EquatableArray<long> Shape => EquatableArray<long>.Empty;

    public int Rank => Shape.Count;

    public bool HasStaticShape => HasRank && !Shape.Contains(DynamicSize);

    /// <summary>Product of the dimensions (1 for rank 0); -1 when not static or not representable in 64 bits.</summary>
    public long NumElements
    {
        get
        {
            if (!HasStaticShape)
            {
                return -1;
            }

            long n = 1;
            bool overflow = false;
            foreach (var d in Shape)
            {
                if (d == 0)
                {
                    return 0;
                }

                if (n > long.MaxValue / Math.Max(1, d))
                {
                    overflow = true;
                }
                else
                {
                    n *= d;
                }
            }

            return overflow ? -1 : n;
        }
    }

    /// <summary>Prints <c>2x?x</c> (each dimension followed by x).</summary>
    protected static void PrintDims(AsmWriter w, EquatableArray<long> shape, EquatableArray<bool> scalable = default)
    {
        for (int i = 0; i < shape.Count; i++)
        {
            bool isScalable = scalable.Count > i && scalable[i];
            if (isScalable)
            {
                w.Write('[');
            }

            if (shape[i] == DynamicSize)
            {
                w.Write('?');
            }
            else
            {
                w.Write(shape[i]);
            }

            if (isScalable)
            {
                w.Write(']');
            }

            w.Write('x');
        }
    }
}

/// <summary><c>tensor&lt;2x?xf32, #encoding&gt;</c>.</summary>
public sealed record RankedTensorType(EquatableArray<long> Dims, MlirType Element, MlirAttribute? Encoding = null) : ShapedType(Element)
{
    /// <summary>The element type; one storage with <see cref="ShapedType.ElementType"/>, so <c>with { Element = t }</c> changes both.</summary>
    public MlirType Element
    {
        get => ElementType;
        init => ElementType = value;
    }

    public override bool HasRank => true;

    public override EquatableArray<long> Shape => Dims;

    public static RankedTensorType Get(long[] shape, MlirType element, MlirAttribute? encoding = null) => new(shape, element, encoding);

    public override void PrintBody(AsmWriter w)
    {
        w.Write("tensor<");
        PrintDims(w, Dims);
        w.Write(ElementType);
        if (Encoding is not null)
        {
            w.Write(", ").Write(Encoding);
        }

        w.Write('>');
    }
}

/// <summary><c>tensor&lt;*xf32&gt;</c>.</summary>
public sealed record UnrankedTensorType(MlirType Element) : ShapedType(Element)
{
    /// <summary>The element type; one storage with <see cref="ShapedType.ElementType"/>, so <c>with { Element = t }</c> changes both.</summary>
    public MlirType Element
    {
        get => ElementType;
        init => ElementType = value;
    }

    public override bool HasRank => false;

    public override void PrintBody(AsmWriter w) => w.Write("tensor<*x").Write(ElementType).Write('>');
}

/// <summary><c>memref&lt;2x?xf32, layout, memorySpace&gt;</c>; a null layout is the identity.</summary>
public sealed record MemRefType(EquatableArray<long> Dims, MlirType Element, MlirAttribute? Layout = null, MlirAttribute? MemorySpace = null) : ShapedType(Element)
{
    /// <summary>The element type; one storage with <see cref="ShapedType.ElementType"/>, so <c>with { Element = t }</c> changes both.</summary>
    public MlirType Element
    {
        get => ElementType;
        init => ElementType = value;
    }

    public override bool HasRank => true;

    public override EquatableArray<long> Shape => Dims;

    public override void PrintBody(AsmWriter w)
    {
        w.Write("memref<");
        PrintDims(w, Dims);
        w.Write(ElementType);
        if (Layout is not null)
        {
            w.Write(", ").Write(Layout);
        }

        if (MemorySpace is not null)
        {
            w.Write(", ").WriteMayElideType(MemorySpace);
        }

        w.Write('>');
    }
}

/// <summary><c>memref&lt;*xf32, memorySpace&gt;</c>.</summary>
public sealed record UnrankedMemRefType(MlirType Element, MlirAttribute? MemorySpace = null) : ShapedType(Element)
{
    /// <summary>The element type; one storage with <see cref="ShapedType.ElementType"/>, so <c>with { Element = t }</c> changes both.</summary>
    public MlirType Element
    {
        get => ElementType;
        init => ElementType = value;
    }

    public override bool HasRank => false;

    public override void PrintBody(AsmWriter w)
    {
        w.Write("memref<*x").Write(ElementType);
        if (MemorySpace is not null)
        {
            w.Write(", ").WriteMayElideType(MemorySpace);
        }

        w.Write('>');
    }
}

/// <summary><c>vector&lt;[4]x4xf32&gt;</c>; <see cref="ScalableDims"/> flags the bracketed dimensions.</summary>
public sealed record VectorType(EquatableArray<long> Dims, MlirType Element, EquatableArray<bool> ScalableDims = default) : ShapedType(Element)
{
    /// <summary>The element type; one storage with <see cref="ShapedType.ElementType"/>, so <c>with { Element = t }</c> changes both.</summary>
    public MlirType Element
    {
        get => ElementType;
        init => ElementType = value;
    }

    public override bool HasRank => true;

    public override EquatableArray<long> Shape => Dims;

    public override void PrintBody(AsmWriter w)
    {
        w.Write("vector<");
        PrintDims(w, Dims, ScalableDims);
        w.Write(ElementType).Write('>');
    }
}
