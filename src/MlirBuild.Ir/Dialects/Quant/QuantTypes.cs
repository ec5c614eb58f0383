using System.Globalization;
using System.Numerics;

namespace MlirBuild.Ir.Quant;

/// <summary>
/// Base of the <c>quant</c> dialect's storage-based types (<c>!quant.any</c>, <c>!quant.uniform</c> per-layer, per-axis and
/// sub-channel). The storage integer is kept as a signless <see cref="IntegerType"/> of <see cref="StorageWidth"/> bits plus
/// <see cref="IsSigned"/>, as MLIR does (so <c>si8</c>/<c>i8</c> and <c>ui8</c>/<c>u8</c> mean the same type and print <c>i8</c>/<c>u8</c>).
/// </summary>
public abstract record QuantizedType : MlirType
{
    /// <summary>Widest storage integer MLIR's quant dialect accepts.</summary>
    public const int MaxStorageBits = 32;

    private protected QuantizedType(bool isSigned, int storageWidth, long storageMin, long storageMax, FloatType? expressedType)
    {
        IsSigned = isSigned;
        StorageWidth = storageWidth;
        StorageMin = storageMin;
        StorageMax = storageMax;
        ExpressedType = expressedType;
    }

    public bool IsSigned { get; }

    public int StorageWidth { get; }

    /// <summary>The storage integer type (signless <c>iN</c>, MLIR's getStorageType()).</summary>
    public IntegerType StorageType => new(StorageWidth);

    /// <summary>Smallest storage value in use (the full range of the storage type unless narrowed by <c>&lt;min:max&gt;</c>).</summary>
    public long StorageMin { get; }

    public long StorageMax { get; }

    /// <summary>The float type the stored values stand for; null only for <c>!quant.any</c> without one.</summary>
    public FloatType? ExpressedType { get; }

    /// <summary>True when <see cref="StorageMin"/>/<see cref="StorageMax"/> differ from the storage type's full range (then printed).</summary>
    public bool HasStorageTypeBounds =>
        StorageMin != DefaultMinimum(IsSigned, StorageWidth) || StorageMax != DefaultMaximum(IsSigned, StorageWidth);

    public static long DefaultMinimum(bool isSigned, int width) => isSigned ? -(1L << (width - 1)) : 0;

    public static long DefaultMaximum(bool isSigned, int width) => isSigned ? (1L << (width - 1)) - 1 : (long)((1UL << width) - 1);

    /// <summary><c>i8</c>/<c>u8</c> plus <c>&lt;min:max&gt;</c> when narrowed.</summary>
    private protected void PrintStorage(AsmWriter w)
    {
        w.Write(IsSigned ? 'i' : 'u').Write(StorageWidth);
        if (HasStorageTypeBounds)
        {
            w.Write('<').Write(StorageMin).Write(':').Write(StorageMax).Write('>');
        }
    }

    /// <summary>A double printed as MLIR prints a scale or calibrated bound (its float-attribute spelling for f64).</summary>
    internal static string FormatDouble(double value) =>
        FloatFormat.Format(FloatSemantics.Of(FloatKind.F64), new BigInteger(unchecked((ulong)BitConverter.DoubleToInt64Bits(value))));

    /// <summary>A scale and its zero point (omitted when 0), as <c>scale[:zeroPoint]</c>.</summary>
    private protected static void PrintParams(AsmWriter w, string scale, long zeroPoint)
    {
        w.Write(scale);
        if (zeroPoint != 0)
        {
            w.Write(':').Write(zeroPoint);
        }
    }

    /// <summary>
    /// The element type of a shaped type (or the type itself) when it is a quantized type; null otherwise.
    /// </summary>
    public static QuantizedType? ElementOf(MlirType type) => (type is ShapedType s ? s.ElementType : type) as QuantizedType;
}

/// <summary><c>!quant.any&lt;i8&lt;-8:7&gt;:f32&gt;</c>: storage (and optionally expressed) type without quantization parameters.</summary>
public sealed record AnyQuantizedType : QuantizedType
{
    public AnyQuantizedType(bool isSigned, int storageWidth, long storageMin, long storageMax, FloatType? expressedType)
        : base(isSigned, storageWidth, storageMin, storageMax, expressedType)
    {
    }

    public override void PrintBody(AsmWriter w)
    {
        w.Write("!quant.any<");
        PrintStorage(w);
        if (ExpressedType is not null)
        {
            w.Write(':').Write(ExpressedType);
        }

        w.Write('>');
    }
}

/// <summary>
/// Per-layer <c>!quant.uniform&lt;i8:f32, 0.5:-3&gt;</c>: <c>expressed = (stored - ZeroPoint) * Scale</c> for the whole tensor.
/// </summary>
public sealed record UniformQuantizedType : QuantizedType
{
    public UniformQuantizedType(bool isSigned, int storageWidth, long storageMin, long storageMax, FloatType expressedType, double scale, long zeroPoint)
        : base(isSigned, storageWidth, storageMin, storageMax, expressedType)
    {
        Scale = scale;
        ZeroPoint = zeroPoint;
    }

    /// <summary>Creates a type with the full storage range (<c>i8</c> → [-128, 127], <c>u8</c> → [0, 255]).</summary>
    public static UniformQuantizedType Get(bool isSigned, int storageWidth, FloatType expressedType, double scale, long zeroPoint = 0) =>
        new(isSigned, storageWidth, DefaultMinimum(isSigned, storageWidth), DefaultMaximum(isSigned, storageWidth), expressedType, scale, zeroPoint);

    public new FloatType ExpressedType => base.ExpressedType!;

    public double Scale { get; }

    public long ZeroPoint { get; }

    public override void PrintBody(AsmWriter w)
    {
        w.Write("!quant.uniform<");
        PrintStorage(w);
        w.Write(':').Write(ExpressedType).Write(", ");
        PrintParams(w, FormatDouble(Scale), ZeroPoint);
        w.Write('>');
    }
}

/// <summary>
/// Per-axis <c>!quant.uniform&lt;i8:f32:0, {0.1:-30,0.5:-20}&gt;</c>: one scale/zero point per index along
/// <see cref="QuantizedDimension"/> of the enclosing tensor.
/// </summary>
public sealed record UniformQuantizedPerAxisType : QuantizedType
{
    public UniformQuantizedPerAxisType(
        bool isSigned, int storageWidth, long storageMin, long storageMax, FloatType expressedType,
        EquatableArray<double> scales, EquatableArray<long> zeroPoints, int quantizedDimension)
        : base(isSigned, storageWidth, storageMin, storageMax, expressedType)
    {
        Scales = scales;
        ZeroPoints = zeroPoints;
        QuantizedDimension = quantizedDimension;
    }

    public new FloatType ExpressedType => base.ExpressedType!;

    public EquatableArray<double> Scales { get; }

    public EquatableArray<long> ZeroPoints { get; }

    /// <summary>The channel axis of the enclosing tensor.</summary>
    public int QuantizedDimension { get; }

    public override void PrintBody(AsmWriter w)
    {
        w.Write("!quant.uniform<");
        PrintStorage(w);
        w.Write(':').Write(ExpressedType).Write(':').Write(QuantizedDimension).Write(", {");
        for (int i = 0; i < Scales.Count; i++)
        {
            if (i > 0)
            {
                w.Write(',');
            }

            PrintParams(w, FormatDouble(Scales[i]), ZeroPoints[i]);
        }

        w.Write("}>");
    }
}

/// <summary>
/// Sub-channel (block-wise) <c>!quant.uniform&lt;i8:f32:{0:1, 1:2}, {{s00:z00, s01:z01}, ...}&gt;</c>. As in MLIR, the scales
/// are held rounded to the expressed type and the zero points wrapped to the storage width (two's complement), in
/// row-major order over <see cref="ParamShape"/>.
/// </summary>
public sealed record UniformQuantizedSubChannelType : QuantizedType
{
    public UniformQuantizedSubChannelType(
        bool isSigned, int storageWidth, long storageMin, long storageMax, FloatType expressedType,
        EquatableArray<int> quantizedDimensions, EquatableArray<long> blockSizes,
        EquatableArray<long> paramShape, EquatableArray<double> scales, EquatableArray<long> zeroPoints)
        : base(isSigned, storageWidth, storageMin, storageMax, expressedType)
    {
        QuantizedDimensions = quantizedDimensions;
        BlockSizes = blockSizes;
        ParamShape = paramShape;
        Scales = scales;
        ZeroPoints = zeroPoints;
    }

    public new FloatType ExpressedType => base.ExpressedType!;

    /// <summary>Axes given a block size, in written order (pairs with <see cref="BlockSizes"/>).</summary>
    public EquatableArray<int> QuantizedDimensions { get; }

    public EquatableArray<long> BlockSizes { get; }

    /// <summary>Shape of the scale/zero-point tensor (the nesting of the written list).</summary>
    public EquatableArray<long> ParamShape { get; }

    public EquatableArray<double> Scales { get; }

    public EquatableArray<long> ZeroPoints { get; }

    public override void PrintBody(AsmWriter w)
    {
        w.Write("!quant.uniform<");
        PrintStorage(w);
        w.Write(':').Write(ExpressedType).Write(":{");
        for (int i = 0; i < QuantizedDimensions.Count; i++)
        {
            if (i > 0)
            {
                w.Write(", ");
            }

            w.Write(QuantizedDimensions[i]).Write(':').Write(BlockSizes[i]);
        }

        w.Write("}, ");
        int next = 0;
        PrintNested(w, 0, ref next);
        w.Write('>');
    }

    private void PrintNested(AsmWriter w, int dim, ref int next)
    {
        w.Write('{');
        for (long i = 0; i < ParamShape[dim]; i++)
        {
            if (i > 0)
            {
                w.Write(", ");
            }

            if (dim + 1 < ParamShape.Count)
            {
                PrintNested(w, dim + 1, ref next);
                continue;
            }

            var sem = ExpressedType.Semantics;
            PrintParams(w, FloatFormat.Format(sem, sem.FromDouble(Scales[next])), ZeroPoints[next]);
            next++;
        }

        w.Write('}');
    }
}

/// <summary><c>!quant.calibrated&lt;f32&lt;-0.998:1.2321&gt;&gt;</c>: an expressed type with a calibrated [Min, Max] range.</summary>
public sealed record CalibratedQuantizedType(FloatType ExpressedType, double Min, double Max) : MlirType
{
    public override void PrintBody(AsmWriter w) =>
        w.Write("!quant.calibrated<").Write(ExpressedType).Write('<')
            .Write(QuantizedType.FormatDouble(Min)).Write(':').Write(QuantizedType.FormatDouble(Max)).Write(">>");
}

/// <summary>Number spelling of MLIR diagnostics (C's <c>%e</c>, LLVM's INF/NAN).</summary>
internal static class DiagnosticNumber
{
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "INF",
        double.NegativeInfinity => "-INF",
        double.NaN => "nan",
        _ => value.ToString("0.000000e+00", CultureInfo.InvariantCulture),
    };
}
