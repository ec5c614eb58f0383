using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>Maps IR types to interpreter element types and static shapes.</summary>
public static class IrTypes
{
    public static ElementType ElementTypeOf(MlirType type) => TryElementTypeOf(type)
        ?? throw new InterpreterException($"element type {type} is not supported");

    public static ElementType? TryElementTypeOf(MlirType type) => type switch
    {
        IntegerType { Width: 1 } => ElementType.I1,
        IntegerType { IsUnsigned: true } it => Supported(it.Width) ? ElementType.UnsignedInt(it.Width) : null,
        IntegerType it => Supported(it.Width) ? ElementType.SignedInt(it.Width) : null,
        IndexType => ElementType.I64,
        FloatType ft => Tensors.FloatFormat.TryGet(ft.Name) is { } f ? ElementType.Float(f) : null,
        ComplexType { ElementType: FloatType { Kind: FloatKind.F32 } } => ElementType.C64,
        ComplexType { ElementType: FloatType { Kind: FloatKind.F64 } } => ElementType.C128,
        _ => QuantizedTypes.From(type) is { } q ? q.Storage : null,
    };

    private static bool Supported(int width) => width is 2 or 4 or 8 or 16 or 32 or 64;

    /// <summary>Element type and static shape of a ranked tensor type (a scalar type counts as rank 0).</summary>
    public static (ElementType Element, int[] Shape) TensorOf(MlirType type)
    {
        if (type is RankedTensorType ranked)
        {
            if (!ranked.HasStaticShape)
            {
                throw new InterpreterException($"dynamic shape {type} must be resolved from operands");
            }

            return (ElementTypeOf(ranked.ElementType), ranked.Shape.Select(d => checked((int)d)).ToArray());
        }

        if (type is ShapedType)
        {
            throw new InterpreterException($"{type} is not a ranked tensor type");
        }

        return (ElementTypeOf(type), []);
    }

    public static MlirType ElementOf(MlirType type) => type is ShapedType s ? s.ElementType : type;

    /// <summary>Dense elements of a constant as a tensor: the raw bytes are shared, splats expanded.</summary>
    public static Tensor FromDense(DenseElementsAttr dense)
    {
        var (element, shape) = TensorOf(dense.Type);
        if (dense.IsSplat)
        {
            return Tensor.Splat(element, shape, dense.Raw.Span);
        }

        if (dense.ElementStorageBytes != element.ByteSize)
        {
            throw new InterpreterException($"dense data of {dense.Type} has {dense.ElementStorageBytes}-byte elements");
        }

        return new Tensor(element, shape, dense.Raw);
    }
}
