using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>The DimSizes hooks of the generated StableHlo attributes (see <see cref="DimSizesSyntax"/>).</summary>
public sealed partial class StablehloDialect
{
    static partial void ParseDimSizes(DialectAsmParser parser, ref EquatableArray<long> value0, ref CustomDirectiveStatus status) =>
        status = DimSizesSyntax.Parse(parser, out value0) ? CustomDirectiveStatus.Success : CustomDirectiveStatus.Failure;

    static partial void PrintDimSizes(AsmWriter writer, EquatableArray<long> value0, ref CustomDirectiveStatus status)
    {
        DimSizesSyntax.Print(writer, value0);
        status = CustomDirectiveStatus.Success;
    }
}
