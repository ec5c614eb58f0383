using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;
using MlirBuild.Ir.Quant;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>A uniform quantized element type: storage integers standing for (q - zero_point) * scale.</summary>
public sealed record QuantizedType(
    ElementType Storage, long StorageMin, long StorageMax, ElementType Expressed, int? Axis, double[] Scales, long[] ZeroPoints);

/// <summary>Maps the IR's typed quant types (<see cref="UniformQuantizedType"/>, <see cref="UniformQuantizedPerAxisType"/>) to <see cref="QuantizedType"/>.</summary>
public static class QuantizedTypes
{
    /// <summary>The uniform quantization of a per-layer or per-axis <c>!quant.uniform</c> element type; null for other types.</summary>
    public static QuantizedType? From(MlirType type) => type switch
    {
        UniformQuantizedType u => Make(u, null, [u.Scale], [u.ZeroPoint]),
        UniformQuantizedPerAxisType p => Make(p, p.QuantizedDimension, p.Scales.ToArray(), p.ZeroPoints.ToArray()),
        _ => null,
    };

    private static QuantizedType? Make(Ir.Quant.QuantizedType q, int? axis, double[] scales, long[] zeroPoints)
    {
        if (q.StorageWidth is not (2 or 4 or 8 or 16 or 32) || q.ExpressedType is null || IrTypes.TryElementTypeOf(q.ExpressedType) is not { } expressed)
        {
            return null;
        }

        var storage = q.IsSigned ? ElementType.SignedInt(q.StorageWidth) : ElementType.UnsignedInt(q.StorageWidth);
        return new QuantizedType(storage, q.StorageMin, q.StorageMax, expressed, axis, scales, zeroPoints);
    }

    /// <summary>Expressed-type values to storage integers: round half to even, clamp to the storage range.</summary>
    public static Tensor Quantize(Tensor x, QuantizedType q)
    {
        var values = ElementCodec.ToDoubles(x);
        int inner = AxisInner(x.Shape, q);
        var result = new long[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            int c = q.Axis is null ? 0 : (i / inner) % x.Shape[q.Axis.Value];
            // f32 expressed values divide in f32, as the reference does; others in double
            double scaled = q.Expressed.Bits == 32 ? (float)values[i] / (float)q.Scales[c] : values[i] / q.Scales[c];
            double v = Math.Round(scaled, MidpointRounding.ToEven) + q.ZeroPoints[c];
            result[i] = (long)Math.Clamp(v, q.StorageMin, q.StorageMax);
        }

        return ElementCodec.FromLongs(q.Storage, x.Shape, result);
    }

    public static Tensor Dequantize(Tensor x, QuantizedType q)
    {
        var values = ElementCodec.ToLongs(x);
        int inner = AxisInner(x.Shape, q);
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            int c = q.Axis is null ? 0 : (i / inner) % x.Shape[q.Axis.Value];
            long v = q.Storage.IsUnsigned ? values[i] : values[i];
            result[i] = q.Expressed.Bits == 32 ? (float)(v - q.ZeroPoints[c]) * (float)q.Scales[c] : (v - q.ZeroPoints[c]) * q.Scales[c];
        }

        return ElementCodec.FromDoubles(q.Expressed, x.Shape, result);
    }

    private static int AxisInner(int[] shape, QuantizedType q) =>
        q.Axis is { } axis ? ShapeMath.Count(shape.AsSpan(axis + 1)) : 1;
}
