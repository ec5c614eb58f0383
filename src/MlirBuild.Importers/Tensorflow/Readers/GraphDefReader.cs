using Google.Protobuf;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.TextFormat;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>Reads frozen or plain GraphDefs in binary (<c>.pb</c>) or text (<c>.pbtxt</c>) form.</summary>
public static class GraphDefReader
{
    public static TfModel? ReadBinary(string path, List<ImportIssue> issues)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            issues.Add(new ImportIssue(path, null, "cannot read file: " + e.Message));
            return null;
        }

        var graph = ParseBinary<GraphDef>(bytes, path, GraphDef.Parser, issues);
        return graph is null ? null : new TfModel { SourcePath = path, Graph = graph };
    }

    public static TfModel? ReadText(string path, List<ImportIssue> issues)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            issues.Add(new ImportIssue(path, null, "cannot read file: " + e.Message));
            return null;
        }

        var graph = TextFormatParser.Parse<GraphDef>(text, path, out var issue);
        if (graph is null)
        {
            issues.Add(issue!);
            return null;
        }

        return new TfModel { SourcePath = path, Graph = graph };
    }

    /// <summary>
    /// Parses a binary message; corrupt or truncated input becomes an issue. Google.Protobuf bounds nesting
    /// (depth 100) and checks every length prefix against the remaining input before allocating.
    /// </summary>
    internal static T? ParseBinary<T>(ReadOnlySpan<byte> bytes, string path, MessageParser<T> parser, List<ImportIssue> issues)
        where T : class, IMessage<T>
    {
        try
        {
            return parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException e)
        {
            issues.Add(new ImportIssue(path, null, $"not a valid {typeof(T).Name}: {e.Message}"));
            return null;
        }
    }
}
