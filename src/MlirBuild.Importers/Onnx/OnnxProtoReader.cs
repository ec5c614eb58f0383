using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// Reads one protobuf message from a file: size-checked, with corrupt or truncated data reported as a problem
/// rather than an exception, and fields this schema does not know reported as warnings (they are ignored).
/// </summary>
internal static class OnnxProtoReader
{
    /// <summary>Protobuf messages cannot exceed 2 GiB; bigger models must keep weights in external data.</summary>
    public const long MaxMessageBytes = int.MaxValue;

    private static readonly ConcurrentDictionary<Type, FieldInfo?> UnknownFieldsFields = new();

    public static T? ParseFile<T>(string path, MessageParser<T> parser, OnnxReport report)
        where T : IMessage<T>
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                report.Error("", "file does not exist");
                return default;
            }

            if (info.Length > MaxMessageBytes)
            {
                report.Error("", $"file is {info.Length} bytes; a protobuf message is limited to 2 GiB (use external data for weights)");
                return default;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            report.Error("", "cannot read file: " + e.Message);
            return default;
        }
        catch (UnauthorizedAccessException e)
        {
            report.Error("", "cannot read file: " + e.Message);
            return default;
        }

        return ParseBytes(bytes, parser, report);
    }

    public static T? ParseBytes<T>(byte[] bytes, MessageParser<T> parser, OnnxReport report)
        where T : IMessage<T>
    {
        T message;
        try
        {
            message = parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            report.Error("", $"not a valid {typeof(T).Name} (truncated or corrupt protobuf): {e.Message}");
            return default;
        }
        catch (DecoderFallbackException e)
        {
            report.Error("", $"not a valid {typeof(T).Name}: a string field is not UTF-8 ({e.Message})");
            return default;
        }

        ReportUnknownFields(message, typeof(T).Name, report);
        return message;
    }

    /// <summary>Walks every nested message and warns about fields the schema does not define.</summary>
    public static void ReportUnknownFields(IMessage message, string path, OnnxReport report)
    {
        var unknown = UnknownFieldNumbers(message);
        if (unknown.Count > 0)
        {
            report.Warning(path, $"unknown field{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown)} in {message.Descriptor.Name} ignored");
        }

        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.FieldType != FieldType.Message)
            {
                continue;
            }

            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated && value is IList list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is IMessage item)
                    {
                        ReportUnknownFields(item, $"{path}.{field.Name}[{i}]{Describe(item)}", report);
                    }
                }
            }
            else if (value is IMessage child)
            {
                ReportUnknownFields(child, $"{path}.{field.Name}{Describe(child)}", report);
            }
        }
    }

    private static string Describe(IMessage message) => message switch
    {
        Proto.NodeProto n => $"(node '{n.Name}' {n.OpType})",
        Proto.AttributeProto a => $"(attribute '{a.Name}')",
        Proto.TensorProto t when t.Name.Length > 0 => $"(tensor '{t.Name}')",
        Proto.ValueInfoProto v => $"(value '{v.Name}')",
        _ => "",
    };

    /// <summary>Field numbers kept in the message's unknown-field set (Google.Protobuf keeps them privately).</summary>
    private static List<int> UnknownFieldNumbers(IMessage message)
    {
        var fieldInfo = UnknownFieldsFields.GetOrAdd(
            message.GetType(),
            t => t.GetField("_unknownFields", BindingFlags.Instance | BindingFlags.NonPublic));
        if (fieldInfo?.GetValue(message) is not UnknownFieldSet set)
        {
            return [];
        }

        var buffer = new byte[set.CalculateSize()];
        var output = new CodedOutputStream(buffer);
        set.WriteTo(output);
        output.Flush();
        var numbers = new SortedSet<int>();
        var input = new CodedInputStream(buffer);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            numbers.Add(WireFormat.GetTagFieldNumber(tag));
            input.SkipLastField();
        }

        return [.. numbers];
    }
}
