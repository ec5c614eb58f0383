using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tensorflow.Emit;

/// <summary>
/// TensorFlow attribute values → MLIR attributes, following the tf dialect's spelling: strings, i64 integers, f32
/// floats, bools, element types as type attributes, shapes as <c>#tf_type.shape</c>, tensors as dense elements,
/// lists as arrays, function references as symbol references.
/// </summary>
internal static class TfAttrConverter
{
    public static MlirAttribute Convert(AttrValue value, Action<string> referenceFunction, out string? error)
    {
        error = null;
        switch (value.ValueCase)
        {
            case AttrValue.ValueOneofCase.S: return new StringAttr(value.S.ToByteArray());
            case AttrValue.ValueOneofCase.I: return IntegerAttr.I64(value.I);
            case AttrValue.ValueOneofCase.F: return FloatAttr.Get(FloatType.F32, value.F);
            case AttrValue.ValueOneofCase.B: return value.B ? BoolAttr.True : BoolAttr.False;
            case AttrValue.ValueOneofCase.Type: return new TypeAttr(TfMlirTypes.Element(value.Type));
            case AttrValue.ValueOneofCase.Shape: return TfMlirTypes.ShapeAttr(value.Shape);
            case AttrValue.ValueOneofCase.Tensor: return TfTensorConverter.Convert(value.Tensor, out error);
            case AttrValue.ValueOneofCase.Func: return Func(value.Func, referenceFunction, out error);
            case AttrValue.ValueOneofCase.Placeholder: return new StringAttr("$" + value.Placeholder);
            case AttrValue.ValueOneofCase.List: return List(value.List, referenceFunction, out error);
            default: return UnitAttr.Instance;
        }
    }

    private static MlirAttribute Func(NameAttrList func, Action<string> referenceFunction, out string? error)
    {
        error = null;
        referenceFunction(func.Name);
        if (func.Attr.Count == 0)
        {
            return new SymbolRefAttr(func.Name);
        }

        // A function with bound attributes: the symbol plus its attributes, as one dictionary.
        var entries = new List<NamedAttribute> { new("f", new SymbolRefAttr(func.Name)) };
        foreach (var (k, v) in func.Attr.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            entries.Add(new NamedAttribute(k, Convert(v, referenceFunction, out error)));
            if (error is not null)
            {
                return UnitAttr.Instance;
            }
        }

        return new DictionaryAttr(entries);
    }

    private static MlirAttribute List(AttrValue.Types.ListValue list, Action<string> referenceFunction, out string? error)
    {
        error = null;
        var items = new List<MlirAttribute>();
        items.AddRange(list.S.Select(s => (MlirAttribute)new StringAttr(s.ToByteArray())));
        items.AddRange(list.I.Select(i => (MlirAttribute)IntegerAttr.I64(i)));
        items.AddRange(list.F.Select(f => (MlirAttribute)FloatAttr.Get(FloatType.F32, f)));
        items.AddRange(list.B.Select(b => (MlirAttribute)(b ? BoolAttr.True : BoolAttr.False)));
        items.AddRange(list.Type.Select(t => (MlirAttribute)new TypeAttr(TfMlirTypes.Element(t))));
        items.AddRange(list.Shape.Select(TfMlirTypes.ShapeAttr));
        foreach (var t in list.Tensor)
        {
            items.Add(TfTensorConverter.Convert(t, out error));
            if (error is not null)
            {
                return UnitAttr.Instance;
            }
        }

        foreach (var f in list.Func)
        {
            items.Add(Func(f, referenceFunction, out error));
            if (error is not null)
            {
                return UnitAttr.Instance;
            }
        }

        return new ArrayAttr(items.ToArray());
    }
}
