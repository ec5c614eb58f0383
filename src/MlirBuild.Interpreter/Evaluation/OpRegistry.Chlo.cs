using System.Numerics;
using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>chlo ops evaluated directly (numerically equivalent to their stablehlo decompositions, and more accurate).</summary>
internal static partial class OpRegistry
{
    private static void AddChlo(Dictionary<string, Func<OpContext, object[]>> h)
    {
        void Unary(string name, Func<double, double> f, Func<Complex, Complex>? complex = null) =>
            h["chlo." + name] = c => [complex is not null && c.T(0).ElementType.IsComplex ? MapComplex(c.T(0), complex) : MapDoubles(c.T(0), f)];
        Unary("lgamma", SpecialFunctions.LogGamma);
        Unary("digamma", SpecialFunctions.Digamma);
        Unary("erf", SpecialFunctions.Erf);
        Unary("erfc", SpecialFunctions.Erfc);
        Unary("erf_inv", SpecialFunctions.ErfInv);
        Unary("bessel_i1e", SpecialFunctions.BesselI1e);
        Unary("acosh", Math.Acosh, z => Complex.Log(z + (Complex.Sqrt(z + 1) * Complex.Sqrt(z - 1))));
        Unary("asinh", Math.Asinh, z => Complex.Log(z + Complex.Sqrt((z * z) + 1)));
        Unary("atanh", Math.Atanh, z => 0.5 * Complex.Log((1 + z) / (1 - z)));
        Unary("asin", Math.Asin, Complex.Asin);
        Unary("acos", Math.Acos, Complex.Acos);
        Unary("atan", Math.Atan, Complex.Atan);
        Unary("sinh", Math.Sinh, Complex.Sinh);
        Unary("cosh", Math.Cosh, Complex.Cosh);
        Unary("tan", Math.Tan, Complex.Tan);
        h["chlo.is_inf"] = c => [Predicate(c.T(0), double.IsInfinity)];
        h["chlo.is_pos_inf"] = c => [Predicate(c.T(0), double.IsPositiveInfinity)];
        h["chlo.is_neg_inf"] = c => [Predicate(c.T(0), double.IsNegativeInfinity)];
        h["chlo.next_after"] = c => [NextAfter(c.T(0), c.T(1))];
        h["chlo.ragged_dot"] = c =>
        {
            var f = AttributeReader.StructFields(c.Op.GetAttr("ragged_dot_dimension_numbers") ?? throw new InterpreterException("ragged_dot without ragged_dot_dimension_numbers"));
            long[] ragged = Field(f, "lhs_ragged_dimensions");
            long[] group = Field(f, "rhs_group_dimensions");
            if (ragged.Length != 1 || group.Length != 1)
            {
                throw new InterpreterException("ragged_dot: expected one lhs ragged and one rhs group dimension");
            }

            return
            [
                RaggedDotKernel.RaggedDot(
                    c.T(0), c.T(1), ElementCodec.ToLongs(c.T(2)), Field(f, "lhs_batching_dimensions"), Field(f, "rhs_batching_dimensions"),
                    Field(f, "lhs_contracting_dimensions"), Field(f, "rhs_contracting_dimensions"), ragged[0], group[0], c.ResultElement()),
            ];
        };
        h["chlo.scan"] = Scan;
        h["chlo.top_k"] = c => TopK(c.T(0), (int)c.Long("k"));
        h["chlo.mulhi"] = c =>
        {
            var a = c.T(0);
            var x = ElementCodec.ToLongs(a);
            var y = ElementCodec.ToLongs(c.T(1));
            int bits = a.ElementType.Bits;
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = bits == 64
                    ? (a.ElementType.IsUnsigned ? (long)Math.BigMul((ulong)x[i], (ulong)y[i], out _) : Math.BigMul(x[i], y[i], out _))
                    : (x[i] * y[i]) >> bits;
            }

            return [ElementCodec.FromLongs(a.ElementType, a.Shape, x)];
        };
    }

    /// <summary>
    /// chlo.scan: walks the inputs' <c>dimension</c> (backwards with <c>is_reverse</c>); the body takes the input
    /// slices and the carries and returns the output slices and the new carries. Results: the outputs stacked along
    /// the dimension, then the final carries.
    /// </summary>
    private static object[] Scan(OpContext c)
    {
        int carryCount = CarryOperands(c);
        var inputs = c.Tensors(0, c.Operands.Length - carryCount);
        var carries = c.Operands.Skip(inputs.Count).ToArray();
        int dim = (int)c.Long("dimension");
        bool reverse = c.Bool("is_reverse");
        int length = inputs.Count > 0 ? inputs[0].Shape[dim] : 0;
        int outputCount = c.Op.NumResults - carryCount;
        var slices = new Tensor[outputCount][];
        for (int j = 0; j < outputCount; j++)
        {
            slices[j] = new Tensor[length];
        }

        for (int step = 0; step < length; step++)
        {
            int k = reverse ? length - 1 - step : step;
            var args = inputs.Select(t => (object)SliceAt(t, dim, k, keepDim: false)).Concat(carries).ToList();
            var results = c.RunRegion(0, args);
            for (int j = 0; j < outputCount; j++)
            {
                var slice = (Tensor)results[j];
                var shape = slice.Shape.ToList();
                shape.Insert(dim, 1);
                slices[j][k] = slice.Reshape([.. shape]);
            }

            carries = results.Skip(outputCount).ToArray();
        }

        var outputs = new object[outputCount];
        for (int j = 0; j < outputCount; j++)
        {
            outputs[j] = length > 0 ? ShapeKernels.Concatenate(slices[j], dim) : Tensor.Zeros(c.ResultElement(j), c.ResultShape(j));
        }

        return [.. outputs, .. carries];
    }

    /// <summary>chlo.scan's operands are inputs then inits (operandSegmentSizes); returns the number of inits.</summary>
    private static int CarryOperands(OpContext c) =>
        AttributeReader.TryLongs(c.Op.GetAttr("operandSegmentSizes")) is { Length: 2 } sizes
            ? (int)sizes[1]
            : throw new InterpreterException("chlo.scan without operandSegmentSizes");

    private static Tensor SliceAt(Tensor t, int dim, int k, bool keepDim)
    {
        var start = new long[t.Rank];
        var limit = t.Shape.Select(d => (long)d).ToArray();
        start[dim] = k;
        limit[dim] = k + 1;
        var slice = ShapeKernels.Slice(t, start, limit, Enumerable.Repeat(1L, t.Rank).ToArray());
        return keepDim ? slice : slice.Reshape(t.Shape.Where((_, i) => i != dim).ToArray());
    }

    private static Tensor MapDoubles(Tensor x, Func<double, double> f)
    {
        if (x.ElementType.IsComplex || x.ElementType.IsIntegerOrBool)
        {
            throw new InterpreterException($"this chlo op is implemented for real floats, not {x.ElementType}");
        }

        var values = ElementCodec.ToDoubles(x);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = f(values[i]);
        }

        return ElementCodec.FromDoubles(x.ElementType, x.Shape, values);
    }

    private static Tensor MapComplex(Tensor x, Func<Complex, Complex> f)
    {
        var values = ElementCodec.ToComplex(x);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = f(values[i]);
        }

        return ElementCodec.FromComplex(x.ElementType, x.Shape, values);
    }

    private static Tensor Predicate(Tensor x, Func<double, bool> f)
    {
        var values = ElementCodec.ToDoubles(x);
        var result = Tensor.Create(ElementType.I1, x.Shape, out var buffer);
        for (int i = 0; i < values.Length; i++)
        {
            buffer[i] = f(values[i]) ? (byte)1 : (byte)0;
        }

        return result;
    }

    /// <summary>The neighbour of x in the direction of y, stepping the bit pattern of the element format.</summary>
    private static Tensor NextAfter(Tensor x, Tensor y)
    {
        var type = x.ElementType;
        var result = Tensor.Create(type, x.Shape, out var buffer);
        var format = type.Format ?? throw new InterpreterException("next_after needs floats");
        ulong signBit = 1UL << (format.TotalBits - 1);
        for (int i = 0; i < x.ElementCount; i++)
        {
            ulong bits = ElementCodec.ReadBits(type, x.Bytes, i);
            double a = format.Decode(bits);
            double b = ElementCodec.ReadDouble(type, y.Bytes, i);
            double value;
            if (double.IsNaN(a) || double.IsNaN(b))
            {
                value = double.NaN;
            }
            else if (a == b)
            {
                value = b;
            }
            else if (a == 0)
            {
                // smallest subnormal with the sign of the direction
                ulong tiny = b > 0 ? 1UL : signBit | 1UL;
                WriteBits(type, buffer, i, tiny);
                continue;
            }
            else
            {
                bool awayFromZero = (a < b) == (a > 0);
                WriteBits(type, buffer, i, awayFromZero ? bits + 1 : bits - 1);
                continue;
            }

            ElementCodec.WriteDouble(type, buffer, i, value);
        }

        return result;
    }

    private static void WriteBits(ElementType type, Span<byte> buffer, int index, ulong bits)
    {
        for (int b = 0; b < type.ByteSize; b++)
        {
            buffer[(index * type.ByteSize) + b] = (byte)(bits >> (8 * b));
        }
    }

    /// <summary>chlo.top_k: the k largest along the last dimension, descending, earlier index first on ties.</summary>
    private static object[] TopK(Tensor x, int k)
    {
        int n = x.Shape[^1];
        int rows = x.ElementCount / Math.Max(n, 1);
        var shape = x.Shape.ToArray();
        shape[^1] = k;
        var values = Tensor.Create(x.ElementType, shape, out var valueBuffer);
        var indices = Tensor.Create(ElementType.I32, shape, out var indexBuffer);
        int size = x.ElementType.ByteSize;
        var keys = x.ElementType.IsFloat ? null : ElementCodec.ToLongs(x);
        var order = new int[n];
        var scratch = new int[n];
        for (int r = 0; r < rows; r++)
        {
            for (int i = 0; i < n; i++)
            {
                order[i] = i;
            }

            int row = r * n;
            bool Greater(int a, int b)
            {
                if (keys is not null)
                {
                    return x.ElementType.IsUnsigned ? (ulong)keys[row + a] > (ulong)keys[row + b] : keys[row + a] > keys[row + b];
                }

                return CompareKernels.TotalOrderKey(x.ElementType, ElementCodec.ReadBits(x.ElementType, x.Bytes, row + a))
                    > CompareKernels.TotalOrderKey(x.ElementType, ElementCodec.ReadBits(x.ElementType, x.Bytes, row + b));
            }

            SortKernel.MergeSort(order, scratch, 0, n, Greater);
            for (int j = 0; j < k; j++)
            {
                x.Bytes.Slice((row + order[j]) * size, size).CopyTo(valueBuffer.AsSpan(((r * k) + j) * size));
                ElementCodec.WriteLong(ElementType.I32, indexBuffer, (r * k) + j, order[j]);
            }
        }

        return [values, indices];
    }
}
