using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Graph;

/// <summary>
/// The type of one graph tensor before it becomes an MLIR type: element type and shape (null = unknown rank,
/// -1 = unknown dimension). <see cref="DataType.DtInvalid"/> marks an element type the importer cannot determine.
/// </summary>
public sealed record TfValueType(DataType Dtype, long[]? Shape)
{
    public bool IsRanked => Shape is not null;

    public static TfValueType Unranked(DataType dtype) => new(dtype, null);

    public static TfValueType Scalar(DataType dtype) => new(dtype, []);

    public bool Equals(TfValueType? other) =>
        other is not null && Dtype == other.Dtype &&
        (Shape is null ? other.Shape is null : other.Shape is not null && Shape.AsSpan().SequenceEqual(other.Shape));

    public override int GetHashCode() => HashCode.Combine(Dtype, Shape?.Length ?? -1);

    public override string ToString() =>
        Shape is null ? $"{Dtype}[*]" : $"{Dtype}[{string.Join(",", Shape.Select(d => d < 0 ? "?" : d.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]";
}
