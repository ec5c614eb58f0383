using System.Text.Json;
using System.Text.Json.Nodes;
using MlirBuild.Interpreter.Tensors;

namespace MlirBuild.Interpreter.Files;

/// <summary>A named tensor as the .io.json and TensorProto formats carry it.</summary>
public sealed record NamedTensor(string Name, Tensor Tensor);

/// <summary>The contents of a tfjs .io.json file: model name, producer, inputs and expected outputs.</summary>
public sealed record IoJson(string? Model, string? Producer, IReadOnlyList<NamedTensor> Inputs, IReadOnlyList<NamedTensor> Outputs);

/// <summary>Reads and writes the .io.json format of shared/corpus/tfjs (base64 of raw little-endian values).</summary>
public static class IoJsonFile
{
    public static IoJson Read(string json, string name)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new TensorFileException($"{name}: {e.Message}");
        }

        if (root is not JsonObject obj)
        {
            throw new TensorFileException($"{name}: expected a JSON object");
        }

        return new IoJson(
            (string?)obj["model"], (string?)obj["producer"],
            ReadList(obj["inputs"], name, "inputs"), ReadList(obj["outputs"], name, "outputs"));
    }

    private static List<NamedTensor> ReadList(JsonNode? node, string file, string key)
    {
        var list = new List<NamedTensor>();
        if (node is null)
        {
            return list;
        }

        if (node is not JsonArray array)
        {
            throw new TensorFileException($"{file}: '{key}' is not an array");
        }

        foreach (var item in array)
        {
            if (item is not JsonObject t)
            {
                throw new TensorFileException($"{file}: an entry of '{key}' is not an object");
            }

            string name = (string?)t["name"] ?? throw new TensorFileException($"{file}: an entry of '{key}' has no name");
            string dtype = (string?)t["dtype"] ?? "float32";
            var type = TypeOf(dtype) ?? throw new TensorFileException($"{file}: {name}: dtype {dtype} is not supported");
            var shape = (t["shape"] as JsonArray)?.Select(d => (int)d!).ToArray() ?? [];
            byte[] data;
            try
            {
                data = Convert.FromBase64String((string?)t["data"] ?? string.Empty);
            }
            catch (FormatException)
            {
                throw new TensorFileException($"{file}: {name}: data is not base64");
            }

            if (data.Length != (long)ShapeMath.Count(shape) * type.ByteSize)
            {
                throw new TensorFileException($"{file}: {name}: {data.Length} bytes do not hold {dtype} {ShapeMath.Format(shape)}");
            }

            list.Add(new NamedTensor(name, new Tensor(type, shape, data)));
        }

        return list;
    }

    public static string Write(IoJson io)
    {
        var root = new JsonObject();
        if (io.Model is not null)
        {
            root["model"] = io.Model;
        }

        if (io.Producer is not null)
        {
            root["producer"] = io.Producer;
        }

        root["inputs"] = WriteList(io.Inputs);
        root["outputs"] = WriteList(io.Outputs);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonArray WriteList(IReadOnlyList<NamedTensor> tensors)
    {
        var array = new JsonArray();
        foreach (var (name, tensor) in tensors)
        {
            var dtype = DtypeOf(tensor.ElementType) ?? throw new TensorFileException($"{name}: {tensor.ElementType} has no .io.json dtype");
            array.Add(new JsonObject
            {
                ["name"] = name,
                ["dtype"] = dtype,
                ["shape"] = new JsonArray(tensor.Shape.Select(d => (JsonNode)d).ToArray()),
                ["data"] = Convert.ToBase64String(tensor.Bytes),
            });
        }

        return array;
    }

    private static ElementType? TypeOf(string dtype) => dtype switch
    {
        "float32" => ElementType.F32,
        "int32" => ElementType.I32,
        "uint8" => ElementType.U8,
        "bool" => ElementType.I1,
        "float16" => ElementType.F16,
        "float64" => ElementType.F64,
        "int64" => ElementType.I64,
        "int8" => ElementType.I8,
        "int16" => ElementType.I16,
        "uint16" => ElementType.U16,
        "complex64" => ElementType.C64,
        _ => null,
    };

    private static string? DtypeOf(ElementType type) => type switch
    {
        { Kind: ElementKind.Bool } => "bool",
        { Kind: ElementKind.SignedInt, Bits: 8 } => "int8",
        { Kind: ElementKind.SignedInt, Bits: 16 } => "int16",
        { Kind: ElementKind.SignedInt, Bits: 32 } => "int32",
        { Kind: ElementKind.SignedInt, Bits: 64 } => "int64",
        { Kind: ElementKind.UnsignedInt, Bits: 8 } => "uint8",
        { Kind: ElementKind.UnsignedInt, Bits: 16 } => "uint16",
        { Kind: ElementKind.Complex, Bits: 64 } => "complex64",
        _ when type == ElementType.F16 => "float16",
        _ when type == ElementType.F32 => "float32",
        _ when type == ElementType.F64 => "float64",
        _ => null,
    };
}
