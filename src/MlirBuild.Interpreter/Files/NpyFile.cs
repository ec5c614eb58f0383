using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Files;

/// <summary>NumPy .npy files (format versions 1-3), little-endian, C or Fortran order on read; C order on write.</summary>
public static partial class NpyFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    public static Tensor Read(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length < 10 || !bytes[..6].SequenceEqual(Magic))
        {
            throw new TensorFileException($"{name}: not a .npy file");
        }

        int major = bytes[6];
        int headerLength;
        int offset;
        if (major == 1)
        {
            headerLength = bytes[8] | (bytes[9] << 8);
            offset = 10;
        }
        else
        {
            headerLength = (int)BitConverter.ToUInt32(bytes[8..12]);
            offset = 12;
        }

        if (offset + headerLength > bytes.Length)
        {
            throw new TensorFileException($"{name}: truncated header");
        }

        string header = Encoding.UTF8.GetString(bytes.Slice(offset, headerLength));
        var descr = DescrPattern().Match(header);
        var fortran = FortranPattern().Match(header);
        var shapeMatch = ShapePattern().Match(header);
        if (!descr.Success || !shapeMatch.Success)
        {
            throw new TensorFileException($"{name}: cannot read the header {header.Trim()}");
        }

        var type = TypeOf(descr.Groups[1].Value) ?? throw new TensorFileException($"{name}: dtype {descr.Groups[1].Value} is not supported");
        var shape = shapeMatch.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        var data = bytes[(offset + headerLength)..];
        long expected = (long)ShapeMath.Count(shape) * type.ByteSize;
        if (data.Length < expected)
        {
            throw new TensorFileException($"{name}: {data.Length} data bytes, {expected} expected for {ShapeMath.Format(shape)}");
        }

        var tensor = new Tensor(type, shape, data[..(int)expected].ToArray());
        if (fortran.Success && fortran.Groups[1].Value == "True" && shape.Length > 1)
        {
            // Fortran order is the row-major layout of the reversed shape, transposed back.
            var reversed = shape.Reverse().ToArray();
            var perm = Enumerable.Range(0, shape.Length).Select(i => (long)(shape.Length - 1 - i)).ToArray();
            tensor = Kernels.ShapeKernels.Transpose(new Tensor(type, reversed, tensor.Data), perm);
        }

        return tensor;
    }

    public static byte[] Write(Tensor tensor)
    {
        string descr = DescrOf(tensor.ElementType) ?? throw new TensorFileException($"{tensor.ElementType} has no NumPy dtype");
        string shape = tensor.Rank == 1 ? $"({tensor.Shape[0]},)" : "(" + string.Join(", ", tensor.Shape) + ")";
        string dict = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}";
        int total = 10 + dict.Length + 1;
        int padding = (64 - (total % 64)) % 64;
        string header = dict + new string(' ', padding) + "\n";
        var output = new byte[10 + header.Length + tensor.Bytes.Length];
        Magic.CopyTo(output, 0);
        output[6] = 1;
        output[7] = 0;
        output[8] = (byte)(header.Length & 0xFF);
        output[9] = (byte)(header.Length >> 8);
        Encoding.ASCII.GetBytes(header).CopyTo(output, 10);
        tensor.Bytes.CopyTo(output.AsSpan(10 + header.Length));
        return output;
    }

    private static ElementType? TypeOf(string descr) => descr.TrimStart('<', '|', '=') switch
    {
        "f2" => ElementType.F16,
        "f4" => ElementType.F32,
        "f8" => ElementType.F64,
        "i1" => ElementType.I8,
        "i2" => ElementType.I16,
        "i4" => ElementType.I32,
        "i8" => ElementType.I64,
        "u1" => ElementType.U8,
        "u2" => ElementType.U16,
        "u4" => ElementType.U32,
        "u8" => ElementType.U64,
        "b1" or "?" => ElementType.I1,
        "c8" => ElementType.C64,
        "c16" => ElementType.C128,
        _ => null,
    };

    private static string? DescrOf(ElementType type) => type switch
    {
        { Kind: ElementKind.Bool } => "|b1",
        { Kind: ElementKind.SignedInt, Bits: 8 } => "|i1",
        { Kind: ElementKind.SignedInt, Bits: 16 } => "<i2",
        { Kind: ElementKind.SignedInt, Bits: 32 } => "<i4",
        { Kind: ElementKind.SignedInt, Bits: 64 } => "<i8",
        { Kind: ElementKind.UnsignedInt, Bits: 8 } => "|u1",
        { Kind: ElementKind.UnsignedInt, Bits: 16 } => "<u2",
        { Kind: ElementKind.UnsignedInt, Bits: 32 } => "<u4",
        { Kind: ElementKind.UnsignedInt, Bits: 64 } => "<u8",
        { Kind: ElementKind.Complex, Bits: 64 } => "<c8",
        { Kind: ElementKind.Complex, Bits: 128 } => "<c16",
        _ when type == ElementType.F16 => "<f2",
        _ when type == ElementType.F32 => "<f4",
        _ when type == ElementType.F64 => "<f8",
        _ => null,
    };

    [GeneratedRegex(@"'descr'\s*:\s*'([^']+)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex FortranPattern();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
