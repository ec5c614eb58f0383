using MlirBuild.Dialects.StableHlo;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.Chlo;

/// <summary>
/// <c>chlo.scan</c> (custom assembly): <c>(inputs) inits(inits) dimension=N (attributes {...})? region : functional-type</c>.
/// The results split into one output per input and one carry per init (<c>resultSegmentSizes</c>).
/// </summary>
public sealed partial class ScanOp
{
    private static readonly string[] Elided = ["dimension", "operandSegmentSizes", "resultSegmentSizes"];

    static partial void ParseCustomAssembly(OpAsmParser parser, OperationState result, ref CustomDirectiveStatus status) =>
        status = Parse(parser, result) ? CustomDirectiveStatus.Success : CustomDirectiveStatus.Failure;

    static partial void PrintCustomAssembly(Operation op, OpAsmPrinter printer, ref CustomDirectiveStatus status)
    {
        Print(op, printer);
        status = CustomDirectiveStatus.Success;
    }

    internal static bool Parse(OpAsmParser p, OperationState result)
    {
        var inputs = new List<UnresolvedOperand>();
        var inits = new List<UnresolvedOperand>();
        if (!p.ParsePunct("(") || !p.ParseOperandList(inputs) || !p.ParsePunct(")")
            || !p.ParseKeyword("inits") || !p.ParsePunct("(") || !p.ParseOperandList(inits) || !p.ParsePunct(")")
            || !p.ParseKeyword("dimension") || !p.ParsePunct("="))
        {
            return false;
        }

        var dimension = p.TryParseInteger();
        if (dimension is null)
        {
            p.EmitError("expected the scan dimension");
            return false;
        }

        result.AddAttribute("dimension", IntegerAttr.I64(dimension.Value));
        if (!p.ParseOptionalAttrDictWithKeyword(result.Attributes) || !p.ParseRegion(result.AddRegion()) || !p.ParsePunct(":"))
        {
            return false;
        }

        var location = p.CurrentLocation;
        if (!HloSyntax.ParseFunctionalType(p, [.. inputs, .. inits], result))
        {
            return false;
        }

        var outputs = result.ResultTypes.Count - inits.Count;
        if (outputs < 0)
        {
            p.EmitError(location, $"expected at least {inits.Count} results (one carry per init)");
            return false;
        }

        result.AddAttribute("operandSegmentSizes", DenseArrayAttr.FromInt32([inputs.Count, inits.Count]));
        result.AddAttribute("resultSegmentSizes", DenseArrayAttr.FromInt32([outputs, inits.Count]));
        return true;
    }

    internal static void Print(Operation op, OpAsmPrinter p)
    {
        var sizes = op.GetAttr("operandSegmentSizes") is DenseArrayAttr { ElementType: IntegerType { Width: 32 }, Count: 2 } array
            ? System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(array.Raw.Span)
            : op.NumOperands;
        var operands = op.Operands;
        p.Write("(");
        p.PrintOperands(operands.Take(sizes));
        p.Write(") inits(");
        p.PrintOperands(operands.Skip(sizes));
        p.Write(") dimension=");
        HloSyntax.PrintInteger(p, op.GetAttr("dimension"));
        var all = new List<NamedAttribute>();
        if (op.Properties is { } props)
        {
            all.AddRange(props.Entries);
        }

        all.AddRange(op.Attributes.Entries);
        p.PrintOptionalAttrDict(all, Elided, withKeyword: true);
        p.Write(" ");
        if (op.Regions.Count > 0)
        {
            p.PrintRegion(op.Regions[0]);
        }

        HloSyntax.PrintFunctionalType(op, p);
    }
}
