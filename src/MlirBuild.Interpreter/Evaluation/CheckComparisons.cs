using System.Globalization;
using System.Numerics;
using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>
/// The comparisons behind the check ops and <c>mlirbuild run --expect</c>: exact, tolerance and ULP distance.
/// Each returns null when the tensors agree, or a message naming the first mismatch.
/// </summary>
public static class CheckComparisons
{
    public static string? Exact(Tensor actual, Tensor expected)
    {
        if (ShapeMismatch(actual, expected) is { } shape)
        {
            return shape;
        }

        var type = actual.ElementType;
        for (int i = 0; i < actual.ElementCount; i++)
        {
            bool same = type.IsIntegerOrBool
                ? ElementCodec.ReadLong(type, actual.Bytes, i) == ElementCodec.ReadLong(type, expected.Bytes, i)
                : type.IsComplex
                    ? Same(ElementCodec.ReadComplex(type, actual.Bytes, i), ElementCodec.ReadComplex(type, expected.Bytes, i))
                    : Same(ElementCodec.ReadDouble(type, actual.Bytes, i), ElementCodec.ReadDouble(type, expected.Bytes, i));
            if (!same)
            {
                return Mismatch(actual, expected, i);
            }
        }

        return null;
    }

    private static bool Same(double a, double b) => a.Equals(b) || (double.IsNaN(a) && double.IsNaN(b));

    private static bool Same(Complex a, Complex b) => Same(a.Real, b.Real) && Same(a.Imaginary, b.Imaginary);

    /// <summary>|a - b| &lt;= atol + rtol * |b| elementwise (NaN matches NaN, infinities must be equal).</summary>
    public static string? Close(Tensor actual, Tensor expected, double rtol, double atol)
    {
        if (ShapeMismatch(actual, expected) is { } shape)
        {
            return shape;
        }

        if (actual.ElementType.IsIntegerOrBool)
        {
            return Exact(actual, expected);
        }

        var a = ElementCodec.ToComplex(actual);
        var b = ElementCodec.ToComplex(expected);
        for (int i = 0; i < a.Length; i++)
        {
            if (!Near(a[i].Real, b[i].Real, rtol, atol) || !Near(a[i].Imaginary, b[i].Imaginary, rtol, atol))
            {
                return Mismatch(actual, expected, i);
            }
        }

        return null;
    }

    private static bool Near(double a, double b, double rtol, double atol)
    {
        if (Same(a, b))
        {
            return true;
        }

        if (double.IsNaN(a) || double.IsNaN(b) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            return false;
        }

        return Math.Abs(a - b) <= atol + (rtol * Math.Abs(b));
    }

    /// <summary>
    /// check.expect_almost_eq: within <paramref name="tolerance"/> absolutely or relatively (large magnitudes in
    /// low precision, e.g. complex64 results near 1e4, cannot meet an absolute 1e-4).
    /// </summary>
    /// Each element (each part of a complex one) passes on its own, absolutely or relatively.
    public static string? AlmostEqual(Tensor actual, Tensor expected, double tolerance)
    {
        if (ShapeMismatch(actual, expected) is { } shape)
        {
            return shape;
        }

        if (actual.ElementType.IsIntegerOrBool)
        {
            return Exact(actual, expected);
        }

        var a = ElementCodec.ToComplex(actual);
        var b = ElementCodec.ToComplex(expected);
        static bool Either(double x, double y, double tolerance) => Near(x, y, 0, tolerance) || Near(x, y, tolerance, 0);
        for (int i = 0; i < a.Length; i++)
        {
            if (!Either(a[i].Real, b[i].Real, tolerance) || !Either(a[i].Imaginary, b[i].Imaginary, tolerance))
            {
                return Mismatch(actual, expected, i);
            }
        }

        return null;
    }

    /// <summary>Distance in units in the last place of the element type, within [min, max].</summary>
    public static string? Ulp(Tensor actual, Tensor expected, long minUlp, long maxUlp)
    {
        if (ShapeMismatch(actual, expected) is { } shape)
        {
            return shape;
        }

        var type = actual.ElementType;
        if (type.IsIntegerOrBool)
        {
            return Exact(actual, expected);
        }

        var part = type.IsComplex ? type.ComplexPart : type;
        int parts = type.IsComplex ? 2 : 1;
        for (int i = 0; i < actual.ElementCount * parts; i++)
        {
            ulong x = ElementCodec.ReadBits(part, actual.Bytes, i);
            ulong y = ElementCodec.ReadBits(part, expected.Bytes, i);
            double dx = part.Format!.Decode(x);
            double dy = part.Format.Decode(y);
            if (Same(dx, dy))
            {
                continue;
            }

            if (double.IsNaN(dx) || double.IsNaN(dy))
            {
                return Mismatch(actual, expected, i / parts);
            }

            long distance = Math.Abs(CompareKernels.TotalOrderKey(part, x) - CompareKernels.TotalOrderKey(part, y));
            if (dx == 0 && dy == 0)
            {
                distance = 0;
            }

            if (distance > maxUlp || distance < minUlp)
            {
                return Mismatch(actual, expected, i / parts) + $" ({distance} ULP)";
            }
        }

        return null;
    }

    private static string? ShapeMismatch(Tensor actual, Tensor expected) =>
        ShapeMath.SameShape(actual.Shape, expected.Shape) && actual.ElementType == expected.ElementType
            ? null
            : $"expected {expected.TypeString}, got {actual.TypeString}";

    private static string Mismatch(Tensor actual, Tensor expected, int index)
    {
        var position = new int[actual.Rank];
        int rem = index;
        for (int d = actual.Rank - 1; d >= 0; d--)
        {
            position[d] = actual.Shape[d] == 0 ? 0 : rem % actual.Shape[d];
            rem = actual.Shape[d] == 0 ? 0 : rem / actual.Shape[d];
        }

        return $"element [{string.Join(", ", position)}]: expected {Format(expected, index)}, got {Format(actual, index)}";
    }

    public static string Format(Tensor t, int index)
    {
        var type = t.ElementType;
        if (type.IsIntegerOrBool)
        {
            long v = ElementCodec.ReadLong(type, t.Bytes, index);
            return type.IsUnsigned ? ((ulong)v).ToString(CultureInfo.InvariantCulture) : v.ToString(CultureInfo.InvariantCulture);
        }

        if (type.IsComplex)
        {
            var c = ElementCodec.ReadComplex(type, t.Bytes, index);
            return string.Create(CultureInfo.InvariantCulture, $"({c.Real:R}, {c.Imaginary:R})");
        }

        return ElementCodec.ReadDouble(type, t.Bytes, index).ToString("R", CultureInfo.InvariantCulture);
    }
}
