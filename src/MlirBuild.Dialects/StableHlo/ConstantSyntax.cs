using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary><c>stablehlo.constant attr-dict? dense&lt;...&gt; : tensor&lt;...&gt;</c>: the result type is the value's type.</summary>
internal static class ConstantSyntax
{
    public static bool Parse(OpAsmParser p, OperationState result)
    {
        if (!p.ParseOptionalAttrDict(result.Attributes))
        {
            return false;
        }

        var location = p.CurrentLocation;
        var value = p.ParseAttribute();
        if (value is null)
        {
            return false;
        }

        var type = TypeOf(value);
        if (type is null)
        {
            p.EmitError(location, "expected an elements attribute with a tensor type (dense<...> : tensor<...>)");
            return false;
        }

        result.AddAttribute("value", value);
        result.ResultTypes.Add(type);
        return true;
    }

    public static void Print(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintAttrDict(op, p, "value");
        p.Write(" ");
        if (op.GetAttr("value") is { } value)
        {
            p.PrintAttribute(value);
        }
    }

    private static MlirType? TypeOf(MlirAttribute value) => value switch
    {
        DenseElementsAttr dense => dense.Type,
        DenseStringElementsAttr strings => strings.Type,
        DenseResourceElementsAttr resource => resource.Type,
        _ => null,
    };
}
