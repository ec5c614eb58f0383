using Google.Protobuf;
using MlirBuild.Importers.Tensorflow.Readers;

namespace MlirBuild.Importers.Tensorflow;

/// <summary>
/// Converts between TensorFlow graph forms: text GraphDef → binary GraphDef, and TF.js graph model → frozen
/// binary GraphDef (weights written into the Const nodes). Output goes to a temporary file that is then moved.
/// </summary>
public static class TfGraphConverter
{
    public static IReadOnlyList<ImportIssue> TextToBinary(string pbtxtPath, string pbPath)
    {
        var issues = new List<ImportIssue>();
        var model = GraphDefReader.ReadText(pbtxtPath, issues);
        if (model is not null)
        {
            WriteAtomically(pbPath, model.Graph);
        }

        return issues;
    }

    public static IReadOnlyList<ImportIssue> TfjsToFrozenGraph(string modelJsonPath, string pbPath)
    {
        var issues = new List<ImportIssue>();
        var model = TfjsModelReader.Read(modelJsonPath, issues);
        if (model is not null && !issues.Any(i => !i.IsWarning))
        {
            WriteAtomically(pbPath, model.Graph);
        }

        return issues;
    }

    private static void WriteAtomically(string path, IMessage message)
    {
        string temp = path + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var stream = File.Create(temp))
        {
            message.WriteTo(stream);
        }

        File.Move(temp, path, overwrite: true);
    }
}
