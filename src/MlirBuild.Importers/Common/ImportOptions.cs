using System.Globalization;

namespace MlirBuild.Importers.Common;

/// <summary>Options every model importer understands (an importer ignores the ones its format has no use for).</summary>
public sealed record ImportOptions
{
    /// <summary>Shape overrides per input name; -1 keeps a dimension dynamic.</summary>
    public IReadOnlyDictionary<string, long[]> InputShapes { get; init; } = new Dictionary<string, long[]>();

    /// <summary>SavedModel: import only this signature (default: every float-tensor signature).</summary>
    public string? Signature { get; init; }

    /// <summary>Frozen graphs: the input tensors, in order (default: the graph's placeholders).</summary>
    public IReadOnlyList<string>? Inputs { get; init; }

    /// <summary>Frozen graphs: the output tensors, in order (default: outputs nothing consumes).</summary>
    public IReadOnlyList<string>? Outputs { get; init; }

    /// <summary>Parses <c>1x224x224x3</c>; <c>?</c> or <c>-1</c> is a dynamic dimension, an empty string a scalar.</summary>
    public static long[]? ParseShape(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var parts = text.Split('x', ',');
        var dims = new long[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] is "?" or "-1")
            {
                dims[i] = -1;
            }
            else if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out dims[i]) || dims[i] > (1L << 40))
            {
                return null;
            }
        }

        return dims;
    }
}
