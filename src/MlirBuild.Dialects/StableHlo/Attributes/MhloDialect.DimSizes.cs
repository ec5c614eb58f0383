using MlirBuild.Ir;

namespace MlirBuild.Dialects.Mhlo;

/// <summary>The DimSizes hooks of the generated Mhlo attributes (see <see cref="StableHlo.DimSizesSyntax"/>).</summary>
public sealed partial class MhloDialect
{
    static partial void ParseDimSizes(DialectAsmParser parser, ref EquatableArray<long> value0, ref bool? result) =>
        result = StableHlo.DimSizesSyntax.Parse(parser, out value0);

    static partial void PrintDimSizes(AsmWriter writer, EquatableArray<long> value0, ref bool printed)
    {
        StableHlo.DimSizesSyntax.Print(writer, value0);
        printed = true;
    }
}
