using MlirBuild.TableGen.Ods.Docs;

namespace MlirBuild.Generators.Emit;

/// <summary>XML doc comments from ODS summaries and descriptions.</summary>
internal static class XmlDoc
{
    public static void Write(SourceWriter writer, string summary, string description, string? origin = null)
    {
        var text = summary.Trim();
        writer.Line("/// <summary>" + Escape(text.Length == 0 ? "(no summary)" : text) + "</summary>");
        var body = DescriptionText.Reindent(description).TrimEnd();
        if (body.Length == 0 && origin is null)
        {
            return;
        }

        writer.Line("/// <remarks>");
        if (origin is not null)
        {
            writer.Line("/// <para>" + Escape(origin) + "</para>");
        }

        if (body.Length != 0)
        {
            writer.Line("/// <code>");
            foreach (var line in body.Split('\n'))
            {
                writer.Line(("/// " + Escape(line)).TrimEnd());
            }

            writer.Line("/// </code>");
        }

        writer.Line("/// </remarks>");
    }

    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty).Replace("\n", " ");
}
