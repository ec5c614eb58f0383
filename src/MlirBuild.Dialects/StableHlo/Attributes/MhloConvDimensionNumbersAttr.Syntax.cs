using MlirBuild.Ir;

namespace MlirBuild.Dialects.Mhlo;

/// <summary>
/// The custom assembly of <c>#mhlo.conv&lt;[b, 0, 1, f]x[0, 1, i, o]-&gt;[b, 0, 1, f]&gt;</c> (also the
/// <c>raw key = value</c> form), through the ConvolutionDimensions syntax of the op-level directive.
/// </summary>
public sealed partial record ConvDimensionNumbersAttr
{
    static partial void ParseCustom(DialectAsmParser parser, ref ConvDimensionNumbersAttr? result, ref CustomDirectiveStatus status)
    {
        status = CustomDirectiveStatus.Failure;
        if (!parser.ParsePunct("<"))
        {
            return;
        }

        var d = StableHlo.ConvDimensions.Parse(StableHlo.DirectiveReader.Of(parser));
        if (d is null || !parser.ParsePunct(">"))
        {
            return;
        }

        result = new ConvDimensionNumbersAttr(
            d.InputBatchDimension, d.InputFeatureDimension, d.InputSpatialDimensions,
            d.KernelInputFeatureDimension, d.KernelOutputFeatureDimension, d.KernelSpatialDimensions,
            d.OutputBatchDimension, d.OutputFeatureDimension, d.OutputSpatialDimensions);
        status = CustomDirectiveStatus.Success;
    }

    partial void PrintCustom(AsmWriter writer, ref CustomDirectiveStatus status)
    {
        var d = new StableHlo.ConvDimensions(
            InputBatchDimension, InputFeatureDimension, InputSpatialDimensions,
            KernelInputFeatureDimension, KernelOutputFeatureDimension, KernelSpatialDimensions,
            OutputBatchDimension, OutputFeatureDimension, OutputSpatialDimensions);
        writer.Write('<').Write(d.Format()).Write('>');
        status = CustomDirectiveStatus.Success;
    }
}
