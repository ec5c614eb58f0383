using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>The outcome of reading a tensor file: the tensor, or null with at least one error problem.</summary>
public sealed record OnnxTensorFileResult(OnnxTensor? Tensor, IReadOnlyList<OnnxProblem> Problems)
{
    public bool Succeeded => Tensor is not null && !Problems.Any(p => p.IsError);
}

/// <summary>
/// Reads serialized ONNX TensorProto files, such as the backend test data's test_data_set_0/input_0.pb and
/// output_0.pb, into raw-bytes tensors. External data is resolved against the file's own directory.
/// </summary>
public static class OnnxTensorFile
{
    public static OnnxTensorFileResult Read(string path)
    {
        var report = new OnnxReport(path);
        var proto = OnnxProtoReader.ParseFile(path, TensorProto.Parser, report);
        if (proto is null)
        {
            return new OnnxTensorFileResult(null, report.Problems);
        }

        var where = proto.Name.Length > 0 ? $"tensor '{proto.Name}'" : "tensor";
        var tensor = OnnxTensorDecoder.Decode(proto, Path.GetDirectoryName(Path.GetFullPath(path)), report, where);
        return new OnnxTensorFileResult(report.HasErrors ? null : tensor, report.Problems);
    }

    /// <summary>Decodes a TensorProto held in memory (no external data).</summary>
    public static OnnxTensorFileResult Parse(byte[] bytes, string fileNameForMessages)
    {
        var report = new OnnxReport(fileNameForMessages);
        var proto = OnnxProtoReader.ParseBytes(bytes, TensorProto.Parser, report);
        if (proto is null)
        {
            return new OnnxTensorFileResult(null, report.Problems);
        }

        var tensor = OnnxTensorDecoder.Decode(proto, null, report, proto.Name.Length > 0 ? $"tensor '{proto.Name}'" : "tensor");
        return new OnnxTensorFileResult(report.HasErrors ? null : tensor, report.Problems);
    }
}
