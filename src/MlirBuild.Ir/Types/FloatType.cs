namespace MlirBuild.Ir;

/// <summary>A builtin float type (<c>f32</c>, <c>bf16</c>, <c>f8E4M3FN</c>, ...).</summary>
public sealed record FloatType(FloatKind Kind) : MlirType
{
    public static readonly FloatType F16 = new(FloatKind.F16);
    public static readonly FloatType BF16 = new(FloatKind.BF16);
    public static readonly FloatType F32 = new(FloatKind.F32);
    public static readonly FloatType F64 = new(FloatKind.F64);
    public static readonly FloatType TF32 = new(FloatKind.TF32);

    private static readonly (FloatKind Kind, string Name)[] Names =
    {
        (FloatKind.F16, "f16"), (FloatKind.BF16, "bf16"), (FloatKind.F32, "f32"), (FloatKind.F64, "f64"),
        (FloatKind.F80, "f80"), (FloatKind.F128, "f128"), (FloatKind.TF32, "tf32"),
        (FloatKind.F8E5M2, "f8E5M2"), (FloatKind.F8E4M3, "f8E4M3"), (FloatKind.F8E4M3FN, "f8E4M3FN"),
        (FloatKind.F8E5M2FNUZ, "f8E5M2FNUZ"), (FloatKind.F8E4M3FNUZ, "f8E4M3FNUZ"),
        (FloatKind.F8E4M3B11FNUZ, "f8E4M3B11FNUZ"), (FloatKind.F8E3M4, "f8E3M4"), (FloatKind.F8E8M0FNU, "f8E8M0FNU"),
        (FloatKind.F6E2M3FN, "f6E2M3FN"), (FloatKind.F6E3M2FN, "f6E3M2FN"), (FloatKind.F4E2M1FN, "f4E2M1FN"),
    };

    /// <summary>The keyword that spells this type.</summary>
    public string Name => Names[(int)Kind].Name;

    public FloatSemantics Semantics => FloatSemantics.Of(Kind);

    /// <summary>Total width in bits.</summary>
    public int Width => Semantics.TotalBits;

    /// <summary>Bytes one element takes in raw dense storage.</summary>
    public int StorageBytes => (Width + 7) / 8;

    /// <summary>Looks a float type up by its keyword; null when the word is not one.</summary>
    public static FloatType? FromName(ReadOnlySpan<char> name)
    {
        foreach (var (kind, n) in Names)
        {
            if (name.SequenceEqual(n))
            {
                return new FloatType(kind);
            }
        }

        return null;
    }

    public override void PrintBody(AsmWriter w) => w.Write(Name);
}
