using MlirBuild.Ir;

namespace MlirBuild.Dialects.Chlo;

/// <summary>The DimSizes hooks of the generated Chlo attributes (see <see cref="StableHlo.DimSizesSyntax"/>).</summary>
public sealed partial class ChloDialect
{
    static partial void ParseDimSizes(DialectAsmParser parser, ref EquatableArray<long> value0, ref CustomDirectiveStatus status) =>
        status = StableHlo.DimSizesSyntax.Parse(parser, out value0) ? CustomDirectiveStatus.Success : CustomDirectiveStatus.Failure;

    static partial void PrintDimSizes(AsmWriter writer, EquatableArray<long> value0, ref CustomDirectiveStatus status)
    {
        StableHlo.DimSizesSyntax.Print(writer, value0);
        status = CustomDirectiveStatus.Success;
    }
}
