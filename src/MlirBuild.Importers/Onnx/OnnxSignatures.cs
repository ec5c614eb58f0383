using MlirBuild.Ir;

namespace MlirBuild.Importers.Onnx;

/// <summary>One operator's formal parameters as type keys: a type variable ("T"), a concrete type ("tensor(int64)") or "*".</summary>
internal sealed record OnnxSignature(string[] Inputs, bool LastInputVariadic, string[] Outputs, bool LastOutputVariadic);

/// <summary>
/// Best-effort result types for values the model does not declare, from the operator schemas (generated table):
/// an output whose type variable is shared with a tensor input gets that input's element type, a concrete
/// output type is used as is, Constant/Cast/CastLike/ConstantOfShape/Identity are handled exactly. Shapes are
/// not inferred (outputs are unranked) except for Constant and Identity. Anything else stays !onnx.unknown.
/// </summary>
internal static partial class OnnxSignatures
{
    public static MlirType Infer(string opName, int outputIndex, IReadOnlyList<MlirType?> operands, Func<string, MlirAttribute?> attribute)
    {
        switch (opName)
        {
            case "Identity" when operands.Count == 1 && operands[0] is { } t:
                return t;
            case "Constant" when outputIndex == 0:
                return ConstantType(attribute) ?? OnnxTypeMapper.Unknown;
            case "Cast" when attribute("to") is IntegerAttr to:
                return Unranked(ElementOf((int)to.Value));
            case "CastLike" when operands.Count == 2:
                return Unranked((operands[1] as ShapedType)?.ElementType);
            case "ConstantOfShape":
                return Unranked(attribute("value") is DenseElementsAttr v ? v.Type.ElementType : FloatType.F32);
        }

        if (!Table.TryGetValue(opName, out var signature) || signature.Outputs.Length == 0 || (outputIndex >= signature.Outputs.Length && !signature.LastOutputVariadic))
        {
            return OnnxTypeMapper.Unknown;
        }

        var key = signature.Outputs[Math.Min(outputIndex, signature.Outputs.Length - 1)];
        if (key == "*")
        {
            return OnnxTypeMapper.Unknown;
        }

        if (key.StartsWith("tensor(", StringComparison.Ordinal))
        {
            return Unranked(ElementOf(key));
        }

        for (var i = 0; i < operands.Count; i++)
        {
            var formal = i < signature.Inputs.Length ? signature.Inputs[i] : signature.LastInputVariadic ? signature.Inputs[^1] : null;
            if (formal == key && operands[i] is ShapedType { ElementType: var element } && element != OnnxTypeMapper.Unknown)
            {
                return new UnrankedTensorType(element);
            }
        }

        return OnnxTypeMapper.Unknown;
    }

    private static MlirType? ConstantType(Func<string, MlirAttribute?> attribute) => attribute switch
    {
        _ when attribute("value") is DenseElementsAttr d => d.Type,
        _ when attribute("value") is DenseStringElementsAttr s => s.Type,
        _ when attribute("value_float") is not null => new RankedTensorType(Array.Empty<long>(), FloatType.F32),
        _ when attribute("value_int") is not null => new RankedTensorType(Array.Empty<long>(), IntegerType.I64),
        _ when attribute("value_string") is not null => new RankedTensorType(Array.Empty<long>(), OnnxTypeMapper.StringElement),
        _ when attribute("value_floats") is ArrayAttr a => new RankedTensorType(new long[] { a.Elements.Count }, FloatType.F32),
        _ when attribute("value_ints") is ArrayAttr a => new RankedTensorType(new long[] { a.Elements.Count }, IntegerType.I64),
        _ when attribute("value_strings") is ArrayAttr a => new RankedTensorType(new long[] { a.Elements.Count }, OnnxTypeMapper.StringElement),
        _ => null,
    };

    private static MlirType Unranked(MlirType? element) => element is null ? OnnxTypeMapper.Unknown : new UnrankedTensorType(element);

    private static MlirType? ElementOf(int dataType) =>
        OnnxDataTypes.IsKnown(dataType) ? OnnxTypeMapper.ElementType((OnnxDataType)dataType) : null;

    /// <summary>"tensor(float)" to f32.</summary>
    private static MlirType? ElementOf(string typeString)
    {
        var name = typeString["tensor(".Length..^1];
        foreach (var type in Enum.GetValues<OnnxDataType>())
        {
            if (OnnxDataTypes.Name(type) == name)
            {
                return OnnxTypeMapper.ElementType(type);
            }
        }

        return null;
    }
}
