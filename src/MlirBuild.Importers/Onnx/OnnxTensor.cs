namespace MlirBuild.Importers.Onnx;

/// <summary>
/// A decoded ONNX tensor: element type, shape and the element bytes, never one object per element.
/// Numeric data is little-endian and densely packed in <see cref="RawData"/> (bool is one byte per element,
/// complex is (real, imag) pairs, the 4-bit types keep ONNX's two-per-byte packing, low nibble first).
/// String tensors carry their elements in <see cref="Strings"/> as raw bytes (ONNX strings need not be UTF-8).
/// </summary>
public sealed class OnnxTensor
{
    public OnnxTensor(string name, OnnxDataType dataType, long[] dims, ReadOnlyMemory<byte> rawData,
        IReadOnlyList<ReadOnlyMemory<byte>>? strings = null)
    {
        Name = name;
        DataType = dataType;
        Dims = dims;
        RawData = rawData;
        Strings = strings ?? [];
        ElementCount = OnnxShapes.TryElementCount(dims, out var count) ? count : -1;
    }

    /// <summary>TensorProto.name (may be empty).</summary>
    public string Name { get; }

    public OnnxDataType DataType { get; }

    /// <summary>The shape; empty for a scalar. Every entry is non-negative (checked when decoding).</summary>
    public IReadOnlyList<long> Dims { get; }

    public long ElementCount { get; }

    /// <summary>Element bytes for every type except <see cref="OnnxDataType.String"/>.</summary>
    public ReadOnlyMemory<byte> RawData { get; }

    /// <summary>Elements of a string tensor, in row-major order; empty for other types.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Strings { get; }
}
