using System.Globalization;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>A uniform quantized element type: storage integers standing for (q - zero_point) * scale.</summary>
public sealed record QuantizedType(
    ElementType Storage, long StorageMin, long StorageMax, ElementType Expressed, int? Axis, double[] Scales, long[] ZeroPoints);

/// <summary>Parses <c>!quant.uniform&lt;i8:f32, 0.5:-3&gt;</c> and the per-axis form <c>!quant.uniform&lt;i8&lt;-127:127&gt;:f32:1, {0.1:2, 0.2:3}&gt;</c>.</summary>
public static class QuantizedTypes
{
    public static QuantizedType? TryParse(string text)
    {
        text = text.Trim();
        int start = text.IndexOf("quant.uniform<", StringComparison.Ordinal);
        if (start < 0 || !text.EndsWith('>'))
        {
            return null;
        }

        string body = text[(start + "quant.uniform<".Length)..^1];
        int comma = TopLevelComma(body);
        if (comma < 0)
        {
            return null;
        }

        string typesPart = body[..comma].Trim();
        string paramsPart = body[(comma + 1)..].Trim();

        // storage[<min:max>]:expressed[:axis]
        string storageText = typesPart;
        long? min = null;
        long? max = null;
        int angle = typesPart.IndexOf('<');
        string rest;
        if (angle >= 0)
        {
            int close = typesPart.IndexOf('>', angle);
            storageText = typesPart[..angle];
            var range = typesPart[(angle + 1)..close].Split(':');
            min = long.Parse(range[0], CultureInfo.InvariantCulture);
            max = long.Parse(range[1], CultureInfo.InvariantCulture);
            rest = typesPart[(close + 1)..].TrimStart(':');
        }
        else
        {
            int colon = typesPart.IndexOf(':');
            storageText = typesPart[..colon];
            rest = typesPart[(colon + 1)..];
        }

        var parts = rest.Split(':');
        if (storageText.StartsWith('u') && !storageText.StartsWith("ui", StringComparison.Ordinal))
        {
            storageText = "ui" + storageText[1..];
        }

        var storage = ElementType.TryParse(storageText);
        var expressed = ElementType.TryParse(parts[0]);
        if (storage is null || expressed is null)
        {
            return null;
        }

        int? axis = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        var scales = new List<double>();
        var zeroPoints = new List<long>();
        foreach (var item in paramsPart.Trim('{', '}').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var sz = item.Split(':');
            scales.Add(double.Parse(sz[0], CultureInfo.InvariantCulture));
            zeroPoints.Add(sz.Length > 1 ? long.Parse(sz[1], CultureInfo.InvariantCulture) : 0);
        }

        var s = storage.Value;
        return new QuantizedType(s, min ?? s.IntMin, max ?? s.IntMax, expressed.Value, axis, [.. scales], [.. zeroPoints]);
    }

    private static int TopLevelComma(string text)
    {
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<' or '{' or '[' or '(': depth++; break;
                case '>' or '}' or ']' or ')': depth--; break;
                case ',' when depth == 0: return i;
            }
        }

        return -1;
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
