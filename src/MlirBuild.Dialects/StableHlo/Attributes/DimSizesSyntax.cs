using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// The <c>DimSizes</c> parameter syntax of the HLO attributes: a bracketed list of integers where <c>?</c> is a
/// dynamic size (<c>[16, ?]</c>, <c>[]</c>), as StableHLO's parseDimSizes/printDimSizes.
/// </summary>
public static class DimSizesSyntax
{
    public static bool Parse(DialectAsmParser parser, out EquatableArray<long> value)
    {
        value = EquatableArray<long>.Empty;
        if (!parser.ParsePunct("["))
        {
            return false;
        }

        var items = new List<long>();
        if (!parser.TryParsePunct("]"))
        {
            do
            {
                if (parser.TryParsePunct("?"))
                {
                    items.Add(ShapedType.DynamicSize);
                }
                else if (parser.ParseInteger(out var v))
                {
                    items.Add(v);
                }
                else
                {
                    return false;
                }
            }
            while (parser.TryParsePunct(","));

            if (!parser.ParsePunct("]"))
            {
                return false;
            }
        }

        value = items.ToArray();
        return true;
    }

    public static void Print(AsmWriter writer, EquatableArray<long> value)
    {
        writer.Write('[');
        writer.WriteList(value, (w, v) =>
        {
            if (v == ShapedType.DynamicSize)
            {
                w.Write('?');
            }
            else
            {
                w.Write(v);
            }
        });
        writer.Write(']');
    }
}
