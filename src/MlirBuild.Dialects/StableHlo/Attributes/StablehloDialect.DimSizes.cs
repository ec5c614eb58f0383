using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>The DimSizes hooks of the generated StableHlo attributes (see <see cref="DimSizesSyntax"/>).</summary>
public sealed partial class StablehloDialect
{
    static partial void ParseDimSizes(DialectAsmParser parser, ref EquatableArray<long> value0, ref bool? result) =>
        result = DimSizesSyntax.Parse(parser, out value0);

    static partial void PrintDimSizes(AsmWriter writer, EquatableArray<long> value0, ref bool printed)
    {
        DimSizesSyntax.Print(writer, value0);
        printed = true;
    }
}
