using System.Buffers.Binary;
using System.Text.Json;
using Google.Protobuf;
using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>
/// Reads a TensorFlow.js graph model: <c>model.json</c> holds the GraphDef in protobuf JSON (<c>modelTopology</c>)
/// and a <c>weightsManifest</c> of shard groups; each group's shards concatenate into one stream from which the
/// weights are taken in order and written into their Const nodes. Shard paths must stay inside the model's
/// directory, and every declared size is checked against the bytes actually present.
/// </summary>
public static class TfjsModelReader
{
    private const long MaxModelJsonBytes = 1L << 30;

    public static TfModel? Read(string path, List<ImportIssue> issues)
    {
        try
        {
            return ReadCore(path, issues);
        }
        catch (ModelFormatException e)
        {
            issues.Add(e.Issue);
            return null;
        }
        catch (IOException e)
        {
            issues.Add(new ImportIssue(path, null, "cannot read model: " + e.Message));
            return null;
        }
    }

    private static TfModel? ReadCore(string path, List<ImportIssue> issues)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxModelJsonBytes)
        {
            throw ModelFormatException.At(path, $"model.json is {info.Length} bytes, over the 1 GiB limit");
        }

        var bytes = File.ReadAllBytes(path);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw ModelFormatException.At(path, "model.json is not valid UTF-8");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            throw ModelFormatException.At(path, "not valid JSON: " + e.Message);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("modelTopology", out var topology) || topology.ValueKind != JsonValueKind.Object)
            {
                throw ModelFormatException.At(path, "not a TF.js graph model: no modelTopology object");
            }

            if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String && format.GetString() != "graph-model")
            {
                throw ModelFormatException.At(path, $"TF.js format '{format.GetString()}' is not supported (only graph-model)");
            }

            GraphDef graph;
            try
            {
                var parser = new JsonParser(JsonParser.Settings.Default.WithIgnoreUnknownFields(true).WithRecursionLimit(100));
                graph = parser.Parse<GraphDef>(topology.GetRawText());
            }
            catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException or FormatException or OverflowException)
            {
                throw ModelFormatException.At(path, "modelTopology is not a valid GraphDef: " + e.Message);
            }

            if (root.TryGetProperty("weightsManifest", out var manifest))
            {
                LoadWeights(path, graph, manifest, issues);
            }

            var entries = ReadSignature(root, graph);
            return new TfModel { SourcePath = path, Graph = graph, EntryPoints = entries };
        }
    }

    private static List<TfEntryPoint> ReadSignature(JsonElement root, GraphDef graph)
    {
        JsonElement signature = default;
        bool found = root.TryGetProperty("signature", out signature) ||
            (root.TryGetProperty("userDefinedMetadata", out var meta) && meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("signature", out signature));
        if (!found || signature.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var nodes = graph.Node.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        List<TfTensorRef> Refs(string property)
        {
            var list = new List<TfTensorRef>();
            if (signature.TryGetProperty(property, out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in map.EnumerateObject())
                {
                    string tensor = p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                        ? n.GetString()! : p.Name;
                    var (node, index, _) = TfTensorNames.Split(tensor);
                    list.Add(new TfTensorRef(node, index == 0 ? node : tensor));
                }
            }

            return list;
        }

        var inputs = Refs("inputs");
        var outputs = Refs("outputs");

        // Signatures of some converted models name tensors the graph does not have; fall back to graph inference.
        if (inputs.Count == 0 || outputs.Count == 0 || !inputs.Concat(outputs).All(r => nodes.Contains(r.NodeName)))
        {
            return [];
        }

        return [new TfEntryPoint("main", inputs, outputs)];
    }

    private static void LoadWeights(string path, GraphDef graph, JsonElement manifest, List<ImportIssue> issues)
    {
        if (manifest.ValueKind != JsonValueKind.Array)
        {
            throw ModelFormatException.At(path, "weightsManifest is not an array");
        }

        string dir = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var constNodes = new Dictionary<string, NodeDef>(StringComparer.Ordinal);
        foreach (var node in graph.Node)
        {
            constNodes.TryAdd(node.Name, node);
        }

        foreach (var group in manifest.EnumerateArray())
        {
            var data = ReadShards(path, dir, group);
            long offset = 0;
            if (!group.TryGetProperty("weights", out var weights) || weights.ValueKind != JsonValueKind.Array)
            {
                throw ModelFormatException.At(path, "weightsManifest group has no weights array");
            }

            foreach (var weight in weights.EnumerateArray())
            {
                offset = LoadWeight(path, data, offset, weight, constNodes, issues);
            }
        }
    }

    private static ReadOnlyMemory<byte> ReadShards(string path, string dir, JsonElement group)
    {
        if (!group.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Array)
        {
            throw ModelFormatException.At(path, "weightsManifest group has no paths array");
        }

        var files = new List<string>();
        long total = 0;
        foreach (var p in paths.EnumerateArray())
        {
            string rel = p.ValueKind == JsonValueKind.String ? p.GetString()! : throw ModelFormatException.At(path, "weight shard path is not a string");
            string full = Path.GetFullPath(Path.Combine(dir, rel));
            if (Path.IsPathRooted(rel) || !full.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw ModelFormatException.At(path, $"weight shard path '{rel}' escapes the model directory");
            }

            if (!File.Exists(full))
            {
                throw ModelFormatException.At(path, $"weight shard '{rel}' not found");
            }

            total += new FileInfo(full).Length;
            files.Add(full);
        }

        if (total > int.MaxValue)
        {
            throw ModelFormatException.At(path, $"weight shards of one group total {total} bytes, over the 2 GiB limit");
        }

        if (files.Count == 1)
        {
            return File.ReadAllBytes(files[0]);
        }

        var buffer = new byte[total];
        int at = 0;
        foreach (var f in files)
        {
            using var s = File.OpenRead(f);
            s.ReadExactly(buffer.AsSpan(at, (int)s.Length));
            at += (int)s.Length;
        }

        return buffer;
    }

    private static long LoadWeight(string path, ReadOnlyMemory<byte> data, long offset, JsonElement weight, Dictionary<string, NodeDef> nodes, List<ImportIssue> issues)
    {
        string name = weight.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : throw ModelFormatException.At(path, "weight without a name");
        string dtypeName = weight.TryGetProperty("dtype", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "float32";
        var dtype = TfjsWeightDecoder.DataTypeOf(dtypeName) ?? throw ModelFormatException.At(path, $"weight dtype '{dtypeName}' is not supported", name);
        var shape = new List<long>();
        if (weight.TryGetProperty("shape", out var s) && s.ValueKind == JsonValueKind.Array)
        {
            foreach (var dim in s.EnumerateArray())
            {
                if (!dim.TryGetInt64(out long v) || v < 0)
                {
                    throw ModelFormatException.At(path, "weight shape has a negative or non-integer dimension", name);
                }

                shape.Add(v);
            }
        }

        long count = TfDataTypes.ElementCount(shape);
        if (count < 0 || count > long.MaxValue / 16)
        {
            throw ModelFormatException.At(path, "weight shape overflows", name);
        }

        if (dtype == DataType.DtString)
        {
            return LoadStrings(path, data, offset, name, count, nodes);
        }

        string? quant = null;
        double scale = 1, min = 0;
        if (weight.TryGetProperty("quantization", out var q) && q.ValueKind == JsonValueKind.Object)
        {
            quant = q.TryGetProperty("dtype", out var qd) && qd.ValueKind == JsonValueKind.String ? qd.GetString() : null;
            if (quant is null || TfjsWeightDecoder.QuantizedSize(quant) == 0)
            {
                throw ModelFormatException.At(path, $"quantization dtype '{quant}' is not supported", name);
            }

            if (quant != "float16")
            {
                scale = q.TryGetProperty("scale", out var sc) && sc.TryGetDouble(out double sv) ? sv : throw ModelFormatException.At(path, "quantized weight has no scale", name);
                min = q.TryGetProperty("min", out var mn) && mn.TryGetDouble(out double mv) ? mv : throw ModelFormatException.At(path, "quantized weight has no min", name);
            }

            if (dtype is not (DataType.DtFloat or DataType.DtInt32))
            {
                throw ModelFormatException.At(path, $"quantized weights of dtype {dtypeName} are not supported", name);
            }
        }

        long storedSize = count * (quant is null ? TfDataTypes.ByteSize(dtype) : TfjsWeightDecoder.QuantizedSize(quant));
        if (storedSize > data.Length - offset)
        {
            throw ModelFormatException.At(path, $"weight needs {storedSize} bytes at offset {offset} but its shards hold {data.Length}", name);
        }

        var stored = data.Slice((int)offset, (int)storedSize);
        ReadOnlyMemory<byte> bytes = quant is null ? stored : TfjsWeightDecoder.Dequantize(stored.Span, quant, scale, min, dtype, count);
        if (!nodes.TryGetValue(name, out var node) || node.Op != "Const")
        {
            issues.Add(new ImportIssue(path, name, "weight has no Const node in the graph; ignored", IsWarning: true));
            return offset + storedSize;
        }

        var tensor = Tensor(node);
        if (tensor.Dtype != dtype)
        {
            throw ModelFormatException.At(path, $"weight dtype {dtypeName} differs from the node's {tensor.Dtype}", name);
        }

        if (TfDataTypes.ElementCount(TfDataTypes.Dims(tensor.TensorShape)) != count)
        {
            throw ModelFormatException.At(path, "weight shape differs from the node's tensor shape", name);
        }

        // Wrap, not copy: the constant keeps a slice of the shard buffer (or the dequantized buffer).
        tensor.TensorContent = UnsafeByteOperations.UnsafeWrap(bytes);
        return offset + storedSize;
    }

    private static long LoadStrings(string path, ReadOnlyMemory<byte> data, long offset, string name, long count, Dictionary<string, NodeDef> nodes)
    {
        var values = new List<ByteString>();
        for (long i = 0; i < count; i++)
        {
            if (data.Length - offset < 4)
            {
                throw ModelFormatException.At(path, "string weight runs past its shards", name);
            }

            uint length = BinaryPrimitives.ReadUInt32LittleEndian(data.Span[(int)offset..]);
            offset += 4;
            if (length > data.Length - offset)
            {
                throw ModelFormatException.At(path, $"string of {length} bytes runs past its shards", name);
            }

            values.Add(UnsafeByteOperations.UnsafeWrap(data.Slice((int)offset, (int)length)));
            offset += length;
        }

        if (nodes.TryGetValue(name, out var node) && node.Op == "Const")
        {
            var tensor = Tensor(node);
            tensor.StringVal.Clear();
            tensor.StringVal.AddRange(values);
        }

        return offset;
    }

    private static TensorProto Tensor(NodeDef node)
    {
        if (!node.Attr.TryGetValue("value", out var value) || value.ValueCase != AttrValue.ValueOneofCase.Tensor)
        {
            value = new AttrValue { Tensor = new TensorProto() };
            node.Attr["value"] = value;
        }

        return value.Tensor;
    }
}
