using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Files;

/// <summary>Picks the tensor format from the file name: .npy, .pb (ONNX TensorProto).</summary>
public static class TensorFiles
{
    public static NamedTensor Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new TensorFileException($"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new TensorFileException($"{path}: {e.Message}");
        }

        if (path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase))
        {
            return new NamedTensor(Path.GetFileNameWithoutExtension(path), NpyFile.Read(bytes, path));
        }

        if (path.EndsWith(".pb", StringComparison.OrdinalIgnoreCase))
        {
            return TensorProtoFile.Read(bytes, path);
        }

        throw new TensorFileException($"{path}: unknown tensor file type (expected .npy or .pb)");
    }

    /// <summary>Writes through a temporary file and a move, so a failed write leaves no partial file.</summary>
    public static void Write(string path, NamedTensor tensor)
    {
        byte[] bytes = path.EndsWith(".pb", StringComparison.OrdinalIgnoreCase) ? TensorProtoFile.Write(tensor) : NpyFile.Write(tensor.Tensor);
        WriteAtomically(path, bytes);
    }

    public static void WriteAtomically(string path, byte[] bytes)
    {
        string temp = path + ".tmp" + Environment.ProcessId;
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
