using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;
using AttrType = MlirBuild.Importers.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// ONNX node attributes as MLIR attributes: ints as i64, floats as f32, strings as (byte) strings, tensors as dense
/// elements, lists as arrays, type protos as type attributes, sparse tensors as {dims, indices, values}
/// dictionaries. Graph attributes are not handled here: they become regions.
/// </summary>
internal sealed class OnnxAttributeMapper
{
    private readonly string? baseDirectory;
    private readonly OnnxReport report;

    public OnnxAttributeMapper(string? baseDirectory, OnnxReport report)
    {
        this.baseDirectory = baseDirectory;
        this.report = report;
    }

    public static bool IsGraph(AttributeProto a) => KindOf(a) is AttrType.Graph or AttrType.Graphs;

    /// <summary>The declared kind, or the kind implied by the one populated field when the type is unset (old models).</summary>
    public static AttrType KindOf(AttributeProto a)
    {
        if (a.HasType && a.Type != AttrType.Undefined)
        {
            return a.Type;
        }

        return a switch
        {
            { HasF: true } => AttrType.Float,
            { HasI: true } => AttrType.Int,
            { HasS: true } => AttrType.String,
            { T: not null } => AttrType.Tensor,
            { G: not null } => AttrType.Graph,
            { SparseTensor: not null } => AttrType.SparseTensor,
            { Tp: not null } => AttrType.TypeProto,
            { Floats.Count: > 0 } => AttrType.Floats,
            { Ints.Count: > 0 } => AttrType.Ints,
            { Strings.Count: > 0 } => AttrType.Strings,
            { Tensors.Count: > 0 } => AttrType.Tensors,
            { Graphs.Count: > 0 } => AttrType.Graphs,
            { SparseTensors.Count: > 0 } => AttrType.SparseTensors,
            { TypeProtos.Count: > 0 } => AttrType.TypeProtos,
            _ => AttrType.Undefined,
        };
    }

    /// <summary>Maps one non-graph attribute; null (reported) when it cannot be represented.</summary>
    public MlirAttribute? Map(AttributeProto a, string where)
    {
        where = $"{where}: attribute '{a.Name}'";
        if (a.RefAttrName.Length > 0)
        {
            report.Error(where, $"refers to function attribute '{a.RefAttrName}', which is only valid inside a function body");
            return null;
        }

        switch (KindOf(a))
        {
            case AttrType.Float:
                return F32(a.F);
            case AttrType.Int:
                return IntegerAttr.I64(a.I);
            case AttrType.String:
                return new StringAttr(a.S.ToByteArray());
            case AttrType.Tensor:
                return a.T is null ? Missing(where, "t") : Tensor(a.T, where);
            case AttrType.SparseTensor:
                return a.SparseTensor is null ? Missing(where, "sparse_tensor") : Sparse(a.SparseTensor, where);
            case AttrType.TypeProto:
                return a.Tp is null ? Missing(where, "tp") : TypeAttribute(a.Tp, where);
            case AttrType.Floats:
                return new ArrayAttr(a.Floats.Select(f => (MlirAttribute)F32(f)).ToArray());
            case AttrType.Ints:
                return new ArrayAttr(a.Ints.Select(i => (MlirAttribute)IntegerAttr.I64(i)).ToArray());
            case AttrType.Strings:
                return new ArrayAttr(a.Strings.Select(s => (MlirAttribute)new StringAttr(s.ToByteArray())).ToArray());
            case AttrType.Tensors:
                return List(a.Tensors, (t, i) => Tensor(t, $"{where}[{i}]"));
            case AttrType.SparseTensors:
                return List(a.SparseTensors, (t, i) => Sparse(t, $"{where}[{i}]"));
            case AttrType.TypeProtos:
                return List(a.TypeProtos, (t, i) => TypeAttribute(t, $"{where}[{i}]"));
            default:
                report.Error(where, $"has unknown or missing attribute type {(int)a.Type}");
                return null;
        }
    }

    public MlirAttribute? Tensor(TensorProto proto, string where)
    {
        var tensor = OnnxTensorDecoder.Decode(proto, baseDirectory, report, where);
        if (tensor is null)
        {
            return null;
        }

        var attr = OnnxElementsConverter.ToAttribute(tensor);
        if (attr is null)
        {
            report.Error(where, $"element type {OnnxDataTypes.Name(tensor.DataType)} cannot be represented in MLIR");
        }

        return attr;
    }

    /// <summary>A sparse tensor as {dims = array&lt;i64&gt;, indices = dense, values = dense}.</summary>
    public MlirAttribute? Sparse(SparseTensorProto proto, string where)
    {
        if (proto.Values is null || proto.Indices is null)
        {
            report.Error(where, "sparse tensor needs both values and indices");
            return null;
        }

        if (proto.Dims.Any(d => d < 0) || !OnnxShapes.TryElementCount(proto.Dims, out _))
        {
            report.Error(where, $"sparse tensor dims [{string.Join(", ", proto.Dims)}] are negative or overflow");
            return null;
        }

        var values = Tensor(proto.Values, where + " values");
        var indices = Tensor(proto.Indices, where + " indices");
        if (values is null || indices is null)
        {
            return null;
        }

        return new DictionaryAttr([
            new NamedAttribute("dims", DenseArrayAttr.FromInt64(proto.Dims)),
            new NamedAttribute("indices", indices),
            new NamedAttribute("values", values),
        ]);
    }

    private MlirAttribute? TypeAttribute(TypeProto proto, string where) =>
        OnnxTypeMapper.Map(proto, report, where) is { } t ? new TypeAttr(t) : null;

    private static FloatAttr F32(float value) => FloatAttr.Get(FloatType.F32, value);

    private MlirAttribute? Missing(string where, string field)
    {
        report.Error(where, $"declares its type but field '{field}' is not set");
        return null;
    }

    private static ArrayAttr? List<T>(IReadOnlyList<T> items, Func<T, int, MlirAttribute?> map)
    {
        var result = new MlirAttribute[items.Count];
        var ok = true;
        for (var i = 0; i < result.Length; i++)
        {
            var mapped = map(items[i], i);
            ok &= mapped is not null;
            result[i] = mapped!;
        }

        return ok ? new ArrayAttr(result) : null;
    }
}
