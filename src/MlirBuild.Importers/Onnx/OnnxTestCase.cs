using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// One ONNX backend test case directory: model.onnx plus test_data_set_N/input_M.pb and output_M.pb. Inputs and
/// outputs are read with the message kind the model declares for them (tensor, sequence, optional or map), in
/// the order of the graph's inputs (those without an initializer) and outputs.
/// </summary>
public sealed record OnnxTestCase(
    string ModelPath,
    IReadOnlyList<(string Name, OnnxValue Value)> Inputs,
    IReadOnlyList<(string Name, OnnxValue Value)> ExpectedOutputs)
{
    /// <summary>Loads <paramref name="directory"/>/model.onnx and the files of test_data_set_<paramref name="dataSet"/>.</summary>
    public static (OnnxTestCase? Case, IReadOnlyList<OnnxProblem> Problems) Load(string directory, int dataSet = 0)
    {
        var modelPath = Path.Combine(directory, "model.onnx");
        var report = new OnnxReport(modelPath);
        var model = OnnxProtoReader.ParseFile(modelPath, ModelProto.Parser, report);
        if (model?.Graph is null)
        {
            if (model is not null)
            {
                report.Error("", "model has no graph");
            }

            return (null, report.Problems);
        }

        var initialized = new HashSet<string>(model.Graph.Initializer.Select(i => i.Name), StringComparer.Ordinal);
        var dataDir = Path.Combine(directory, "test_data_set_" + dataSet.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var problems = new List<OnnxProblem>(report.Problems);
        var inputs = ReadAll(model.Graph.Input.Where(i => !initialized.Contains(i.Name)).ToList(), dataDir, "input", problems);
        var outputs = ReadAll([.. model.Graph.Output], dataDir, "output", problems);
        return inputs is null || outputs is null ? (null, problems) : (new OnnxTestCase(modelPath, inputs, outputs), problems);
    }

    /// <summary>Reads one value file as the kind <paramref name="type"/> declares (a tensor when the type is absent).</summary>
    public static (OnnxValue? Value, IReadOnlyList<OnnxProblem> Problems) ReadValue(string path, TypeProto? type)
    {
        var report = new OnnxReport(path);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path));
        OnnxValue? value = null;
        switch (type?.ValueCase ?? TypeProto.ValueOneofCase.TensorType)
        {
            case TypeProto.ValueOneofCase.SequenceType:
                var seq = OnnxProtoReader.ParseFile(path, SequenceProto.Parser, report);
                value = seq is null ? null : OnnxValueDecoder.Sequence(seq, baseDirectory, report, "sequence");
                break;
            case TypeProto.ValueOneofCase.OptionalType:
                var opt = OnnxProtoReader.ParseFile(path, OptionalProto.Parser, report);
                value = opt is null ? null : OnnxValueDecoder.Optional(opt, baseDirectory, report, "optional");
                break;
            case TypeProto.ValueOneofCase.MapType:
                var map = OnnxProtoReader.ParseFile(path, MapProto.Parser, report);
                value = map is null ? null : OnnxValueDecoder.Map(map, baseDirectory, report, "map");
                break;
            case TypeProto.ValueOneofCase.TensorType:
                var tensor = OnnxTensorFile.Read(path);
                return (tensor.Tensor is null ? null : new OnnxTensorValue(tensor.Tensor), tensor.Problems);
            default:
                report.Error("", $"values of type {type!.ValueCase} cannot be read");
                break;
        }

        return (report.HasErrors ? null : value, report.Problems);
    }

    private static List<(string, OnnxValue)>? ReadAll(List<ValueInfoProto> values, string dataDir, string kind, List<OnnxProblem> problems)
    {
        var result = new List<(string, OnnxValue)>();
        for (var i = 0; i < values.Count; i++)
        {
            var path = Path.Combine(dataDir, $"{kind}_{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}.pb");
            var (value, found) = ReadValue(path, values[i].Type);
            problems.AddRange(found);
            if (value is null)
            {
                return null;
            }

            result.Add((values[i].Name, value));
        }

        return result;
    }
}
