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

    /// <summary><c>operands attr-dict : functional-type(operands, results)</c>.</summary>
    public static bool ParseOperandsFunctional(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        return p.ParseOperandList(operands)
            && p.ParseOptionalAttrDict(result.Attributes)
            && p.ParsePunct(":")
            && ParseFunctionalType(p, operands, result);
    }

    public static void PrintOperandsFunctional(Operation op, OpAsmPrinter p)
    {
        PrintOperandsWithSpace(op, p);
        PrintAttrDict(op, p);
        PrintFunctionalType(op, p);
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

    /// <summary>Reads the i64 values of a dense i64 array attribute (little-endian raw bytes).</summary>
    public static long[]? Int64Values(MlirAttribute? attr)
    {
        if (attr is not DenseArrayAttr { ElementType: IntegerType { Width: 64 } } array)
        {
            return null;
        }

        var values = new long[array.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(array.Raw.Span[(i * 8)..]);
        }

        return values;
    }

    /// <summary>Parses <c>[1, 2]</c> (possibly empty) into a dense i64 array.</summary>
    public static DenseArrayAttr? ParseInt64List(OpAsmParser p)
    {
        var location = p.CurrentLocation;
        var attr = p.ParseAttribute();
        if (attr is not ArrayAttr array)
        {
            if (attr is not null)
            {
                p.EmitError(location, "expected a list of integers like [0, 1]");
            }

            return null;
        }

        var values = new List<long>();
        foreach (var element in array.Elements)
        {
            if (element is not IntegerAttr integer || integer.Value < long.MinValue || integer.Value > long.MaxValue)
            {
                p.EmitError(location, "expected a list of 64-bit integers like [0, 1]");
                return null;
            }

            values.Add((long)integer.Value);
        }

        return DenseArrayAttr.FromInt64(values);
    }

    /// <summary>Writes <c>[1, 2]</c> for a dense i64 array, else the attribute as is.</summary>
    public static void PrintInt64List(OpAsmPrinter p, MlirAttribute? attr)
    {
        if (Int64Values(attr) is { } values)
        {
            p.Write("[" + string.Join(", ", values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]");
        }
        else if (attr is not null)
        {
            p.PrintAttribute(attr);
        }
    }

    /// <summary>Parses <c>keyword = [1, 2]</c> into a dimension list of <paramref name="flavor"/>.</summary>
    public static MlirAttribute? ParseNamedDims(OpAsmParser p, string keyword, HloFlavor flavor)
    {
        if (!p.ParseKeyword(keyword) || !p.ParsePunct("="))
        {
            return null;
        }

        var values = DirectiveReader.Of(p).IntegerList();
        return values is null ? null : flavor.Dims(values);
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

    /// <summary>A bare enum case (<c>FFT</c>) as <c>#dialect&lt;mnemonic FFT&gt;</c>, or a full attribute.</summary>
    public static MlirAttribute? ParseEnum(OpAsmParser p, HloFlavor flavor, string mnemonic)
    {
        if (p.TryParseAnyKeyword() is { } keyword)
        {
            return flavor.Enum(mnemonic, keyword);
        }

        return p.ParseAttribute();
    }

    /// <summary>Writes the bare case of an enum attribute (stablehlo-opt puts a space before it), else the attribute.</summary>
    public static void PrintEnum(OpAsmPrinter p, MlirAttribute? attr, string mnemonic)
    {
        p.Write(" ");
        if (HloFlavor.EnumCase(attr, mnemonic) is { } value)
        {
            p.Write(value);
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

    /// <summary>The result types of an op.</summary>
    public static MlirType[] ResultTypes(Operation op) => Enumerable.Range(0, op.NumResults).Select(i => op.GetResult(i).Type).ToArray();
}
