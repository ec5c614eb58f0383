using System.Runtime.InteropServices;

namespace MlirBuild.Interpreter.Tensors;

/// <summary>
/// An immutable dense tensor: element type, shape and a contiguous row-major little-endian buffer laid out as MLIR's
/// DenseElementsAttr raw data (i1 and sub-byte integers one byte per element). Kernels return new tensors; the
/// buffer may alias constant data from the IR, so nobody writes into <see cref="Data"/> after construction.
/// </summary>
public sealed class Tensor
{
    public Tensor(ElementType elementType, int[] shape, ReadOnlyMemory<byte> data)
    {
        ElementType = elementType;
        Shape = shape;
        ElementCount = ShapeMath.Count(shape);
        if (data.Length != (long)ElementCount * elementType.ByteSize)
        {
            throw new ArgumentException($"buffer of {data.Length} bytes does not hold {ElementCount} x {elementType}", nameof(data));
        }

        Data = data;
    }

    public ElementType ElementType { get; }

    public int[] Shape { get; }

    public int Rank => Shape.Length;

    public int ElementCount { get; }

    public ReadOnlyMemory<byte> Data { get; }

    public ReadOnlySpan<byte> Bytes => Data.Span;

    /// <summary>A typed read-only view (T must match the storage size of the element type).</summary>
    public ReadOnlySpan<T> Span<T>()
        where T : unmanaged => MemoryMarshal.Cast<byte, T>(Data.Span);

    public static Tensor Zeros(ElementType type, int[] shape) => new(type, shape, new byte[ShapeMath.Count(shape) * type.ByteSize]);

    /// <summary>A tensor over a new buffer that the caller fills before sharing the tensor.</summary>
    public static Tensor Create(ElementType type, int[] shape, out byte[] buffer)
    {
        buffer = new byte[ShapeMath.Count(shape) * type.ByteSize];
        return new Tensor(type, shape, buffer);
    }

    public static Tensor FromArray<T>(ElementType type, int[] shape, T[] values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        return new Tensor(type, shape, bytes);
    }

    /// <summary>A splat: one element's bytes repeated over the shape.</summary>
    public static Tensor Splat(ElementType type, int[] shape, ReadOnlySpan<byte> element)
    {
        var result = Create(type, shape, out var buffer);
        int size = type.ByteSize;
        for (int i = 0; i < buffer.Length; i += size)
        {
            element[..size].CopyTo(buffer.AsSpan(i));
        }

        return result;
    }

    public Tensor Reshape(int[] shape) => new(ElementType, shape, Data);

    public string TypeString => "tensor<" + string.Concat(Shape.Select(d => d + "x")) + ElementType + ">";

    public override string ToString() => TypeString;
}
