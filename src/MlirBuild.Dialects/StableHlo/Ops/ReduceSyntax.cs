using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>reduce</c> (custom assembly): <c>(%in init: %init), ... (applies op-name)? across dimensions = [..] attr-dict :
/// functional-type (reducer (%acc: T, %elem: T) ... region)?</c>. The compact <c>applies</c> form stands for a body
/// made of one binary op of the dialect on the two block arguments, returned as is.
/// </summary>
internal static class ReduceSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        var flavor = HloFlavor.OfOp(result.Name);
        var inputs = new List<UnresolvedOperand>();
        var inits = new List<UnresolvedOperand>();
        do
        {
            if (!p.ParsePunct("("))
            {
                return false;
            }

            var input = p.ParseOperand();
            if (input is null || !p.ParseKeyword("init") || !p.ParsePunct(":"))
            {
                return false;
            }

            var init = p.ParseOperand();
            if (init is null || !p.ParsePunct(")"))
            {
                return false;
            }

            inputs.Add(input.Value);
            inits.Add(init.Value);
        }
        while (p.TryParsePunct(","));

        var appliesLocation = p.CurrentLocation;
        string? applied = null;
        if (p.TryParseKeyword("applies"))
        {
            applied = p.TryParseAnyKeyword();
            if (applied is null || !applied.Contains('.'))
            {
                p.EmitError("expected the name of the reduction op, e.g. stablehlo.add");
                return false;
            }
        }

        if (!p.ParseKeyword("across") || !p.ParseKeyword("dimensions") || !p.ParsePunct("="))
        {
            return false;
        }

        var dims = DirectiveReader.Of(p).IntegerList();
        if (dims is null)
        {
            return false;
        }

        result.AddAttribute("dimensions", flavor.Dims(dims));
        if (!p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        if (!HloSyntax.ParseFunctionalType(p, [.. inputs, .. inits], result))
        {
            return false;
        }

        if (applied is not null)
        {
            return BuildCompactBody(p, result, applied, appliesLocation, inputs.Count);
        }

        if (!p.ParseKeyword("reducer"))
        {
            return false;
        }

        // reducer(%acc0: T, %elem0: T) (%acc1: T, %elem1: T) ...: block arguments are all accumulators, then all elements.
        var accumulators = new List<RegionArgument>();
        var elements = new List<RegionArgument>();
        while (p.TryParsePunct("("))
        {
            var accumulator = p.TryParseArgument();
            if (accumulator is null)
            {
                p.EmitError("expected a block argument like %arg0: tensor<f32>");
                return false;
            }

            if (!p.ParsePunct(","))
            {
                return false;
            }

            var element = p.TryParseArgument();
            if (element is null)
            {
                p.EmitError("expected a block argument like %arg1: tensor<f32>");
                return false;
            }

            if (!p.ParsePunct(")"))
            {
                return false;
            }

            accumulators.Add(accumulator);
            elements.Add(element);
        }

        return p.ParseRegion(result.AddRegion(), [.. accumulators, .. elements]);
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        var operands = op.Operands;
        var half = operands.Count / 2;
        p.Write("(");
        for (var i = 0; i < half; i++)
        {
            p.Write(i > 0 ? ", (" : string.Empty);
            p.PrintOperand(operands[i]);
            p.Write(" init: ");
            p.PrintOperand(operands[half + i]);
            p.Write(")");
        }

        if (CompactOpName(op) is { } name)
        {
            p.Write(" applies " + name);
        }

        p.Write(" across dimensions = ");
        HloSyntax.PrintDims(p, op.GetAttr("dimensions"));
        HloSyntax.PrintAttrDict(op, p, "dimensions");
        HloSyntax.PrintFunctionalType(op, p);
        if (CompactOpName(op) is not null || op.Regions.Count == 0 || op.Regions[0].EntryBlock is not { } entry)
        {
            return;
        }

        // As stablehlo-opt: the reducer goes on the next line, and two spaces precede the region.
        p.PrintNewline();
        p.Write(" reducer");
        var args = entry.Arguments;
        var pairs = args.Count / 2;
        for (var i = 0; i < pairs; i++)
        {
            p.Write(i > 0 ? " (" : "(");
            p.PrintRegionArgument(args[i]);
            p.Write(", ");
            p.PrintRegionArgument(args[pairs + i]);
            p.Write(")");
        }

        p.Write("  ");
        p.PrintRegion(op.Regions[0], printEntryBlockArgs: false);
    }

    /// <summary>
    /// The op name of a body the compact form can stand for: one input; the block's two scalar arguments of the
    /// input's element type feed one attribute-free, region-free op of the reduce's dialect with one result of that
    /// type, which the dialect's return gives back. Null otherwise.
    /// </summary>
    private static string? CompactOpName(Operation op)
    {
        if (op.NumOperands != 2 || op.Regions.Count != 1 || op.Regions[0].Blocks.Count != 1)
        {
            return null;
        }

        var block = op.Regions[0].Blocks[0];
        if (ScalarOf(op.Operands[0].Type) is not { } scalar || block.Arguments.Count != 2 || block.OperationCount != 2)
        {
            return null;
        }

        var inner = block.FirstOp!;
        var ret = block.LastOp!;
        var dialect = op.Name[..(op.Name.IndexOf('.') + 1)];
        if (!inner.Name.StartsWith(dialect, StringComparison.Ordinal) || ret.Name != dialect + "return"
            || inner.NumOperands != 2 || inner.NumResults != 1 || inner.Regions.Count != 0
            || inner.Attributes.Count != 0 || (inner.Properties is { } props && props.Count != 0)
            || inner.Definition?.Parse is null)
        {
            return null;
        }

        if (!ReferenceEquals(inner.Operands[0], block.Arguments[0]) || !ReferenceEquals(inner.Operands[1], block.Arguments[1])
            || !block.Arguments[0].Type.Equals(scalar) || !block.Arguments[1].Type.Equals(scalar)
            || !inner.GetResult(0).Type.Equals(scalar)
            || ret.NumOperands != 1 || !ReferenceEquals(ret.Operands[0], inner.GetResult(0)) || ret.Attributes.Count != 0)
        {
            return null;
        }

        return inner.Name;
    }

    private static MlirType? ScalarOf(MlirType type) =>
        type is ShapedType { ElementType: var element } ? RankedTensorType.Get([], element) : null;

    private static bool BuildCompactBody(OpAsmParser p, OperationState result, string opName, LocationAttr location, int inputCount)
    {
        if (inputCount != 1 || result.Operands.Count != 2 || ScalarOf(result.Operands[0].Type) is not { } scalar)
        {
            p.EmitError(location, "the 'applies' form needs exactly one input tensor");
            return false;
        }

        if (p.Context.LookupOp(opName) is null)
        {
            p.EmitError(location, $"unknown reduction op '{opName}'");
            return false;
        }

        var block = result.AddRegion().AddBlock();
        var lhs = block.AddArgument(scalar, result.Location);
        var rhs = block.AddArgument(scalar, result.Location);
        var inner = Operation.Create(new OperationState(opName, result.Location, p.Context).AddOperands(lhs, rhs).AddTypes(scalar));
        block.Append(inner);
        var dialect = result.Name[..(result.Name.IndexOf('.') + 1)];
        block.Append(Operation.Create(new OperationState(dialect + "return", result.Location, p.Context).AddOperands(inner.GetResult(0))));
        return true;
    }
}
