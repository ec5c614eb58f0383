using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// The <c>DimSizes</c> parameter syntax of the generated HLO attributes (<c>[16, ?]</c>, <c>[]</c>): the
/// hand-written <see cref="DimSizes"/> directive over the attribute's <see cref="DialectAsmParser"/>.
/// </summary>
public static class DimSizesSyntax
{
    public static bool Parse(DialectAsmParser parser, out EquatableArray<long> value)
    {
        var sizes = DimSizes.Parse(DirectiveReader.Of(parser));
        value = sizes ?? EquatableArray<long>.Empty;
        return sizes is not null;
    }

    public static void Print(AsmWriter writer, EquatableArray<long> value) => writer.Write(DimSizes.Format(value));
}
