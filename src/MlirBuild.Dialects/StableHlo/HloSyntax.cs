using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>Pieces shared by the hand-written StableHLO op syntaxes (attr-dict, functional types, operand lists).</summary>
internal static class HloSyntax
{
    /// <summary>The attributes an <c>attr-dict</c> directive prints: properties then discardable ones, minus <paramref name="elided"/>.</summary>
    public static void PrintAttrDict(Operation op, OpAsmPrinter p, params string[] elided)
    {
        var all = new List<NamedAttribute>();
        if (op.Properties is { } props)
        {
            all.AddRange(props.Entries);
        }

        all.AddRange(op.Attributes.Entries);
        p.PrintOptionalAttrDict(all, elided);
    }

    /// <summary>Writes <c> : (operand types) -&gt; result types</c>.</summary>
    public static void PrintFunctionalType(Operation op, OpAsmPrinter p)
    {
        p.Write(" : ");
        p.PrintFunctionalType(op);
    }

    /// <summary>Parses a function type and resolves <paramref name="operands"/> against its inputs; results get its results.</summary>
    public static bool ParseFunctionalType(OpAsmParser p, List<UnresolvedOperand> operands, OperationState result)
    {
        var location = p.CurrentLocation;
        var type = p.ParseType();
        if (type is null)
        {
            return false;
        }

        if (type is not FunctionType function)
        {
            p.EmitError(location, "expected a function type");
            return false;
        }

        if (function.Inputs.Count != operands.Count)
        {
            p.EmitError(location, $"expected {operands.Count} operand types but the function type has {function.Inputs.Count}");
            return false;
        }

        result.ResultTypes.AddRange(function.Results);
        return p.ResolveOperands(operands, function.Inputs, result.Operands);
    }

    /// <summary>Writes <c> %a, %b</c> (nothing for no operands).</summary>
    public static void PrintOperandsWithSpace(Operation op, OpAsmPrinter p)
    {
        if (op.NumOperands > 0)
        {
            p.Write(" ");
            p.PrintOperands(op.Operands);
        }
    }

    /// <summary>Writes <c>[1, 2]</c> for a dimension list of either flavor, else the attribute as is.</summary>
    public static void PrintDims(OpAsmPrinter p, MlirAttribute? attr)
    {
        if (HloFlavor.Longs(attr) is { } values)
        {
            p.Write(HloFlavor.FormatList(values));
        }
        else if (attr is not null)
        {
            p.PrintAttribute(attr);
        }
    }

    /// <summary>Writes an integer attribute without its type when it is the i64 default, else in full.</summary>
    public static void PrintInteger(OpAsmPrinter p, MlirAttribute? attr)
    {
        if (attr is IntegerAttr { Type: IntegerType { Width: 64, Signedness: Signedness.Signless } } integer)
        {
            p.Write(integer.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (attr is not null)
        {
            p.PrintAttribute(attr);
        }
    }

    /// <summary>The types of values.</summary>
    public static MlirType[] TypesOf(IEnumerable<Value> values) => values.Select(v => v.Type).ToArray();
}
