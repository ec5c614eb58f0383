using MlirBuild.Ir;
using Xunit;

namespace MlirBuild.Ir.Tests.Types;

/// <summary>
/// <c>with { Element = t }</c> on a shaped type must change the element type everywhere (printing, equality,
/// <see cref="ShapedType.ElementType"/>): the positional <c>Element</c> and the base property share one storage.
/// </summary>
public sealed class ShapedTypeWithTests
{
    public static TheoryData<ShapedType> Shaped() => new()
    {
        RankedTensorType.Get([2, 3], FloatType.F32),
        new UnrankedTensorType(FloatType.F32),
        new MemRefType(new long[] { 4 }, FloatType.F32),
        new UnrankedMemRefType(FloatType.F32),
        new VectorType(new long[] { 4 }, FloatType.F32),
    };

    [Theory]
    [MemberData(nameof(Shaped))]
    public void WithElementChangesTheElementType(ShapedType type)
    {
        ShapedType changed = type switch
        {
            RankedTensorType t => t with { Element = IntegerType.I32 },
            UnrankedTensorType t => t with { Element = IntegerType.I32 },
            MemRefType t => t with { Element = IntegerType.I32 },
            UnrankedMemRefType t => t with { Element = IntegerType.I32 },
            VectorType t => t with { Element = IntegerType.I32 },
            _ => throw new InvalidOperationException(),
        };

        Assert.Equal(IntegerType.I32, changed.ElementType);
        Assert.Contains("i32", changed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("f32", changed.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(type, changed);
    }
}
