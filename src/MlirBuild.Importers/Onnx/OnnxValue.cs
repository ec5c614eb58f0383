namespace MlirBuild.Importers.Onnx;

/// <summary>A value of an ONNX graph input or output: a tensor, a sequence, an optional or a map.</summary>
public abstract record OnnxValue(string Name);

public sealed record OnnxTensorValue(OnnxTensor Tensor) : OnnxValue(Tensor.Name);

public sealed record OnnxSequenceValue(string Name, IReadOnlyList<OnnxValue> Elements) : OnnxValue(Name);

/// <summary>An optional value; <see cref="Element"/> is null when the optional is empty.</summary>
public sealed record OnnxOptionalValue(string Name, OnnxValue? Element) : OnnxValue(Name);

/// <summary>A map: keys as a 1-D tensor (int64 or string keys), values as a sequence of the same length.</summary>
public sealed record OnnxMapValue(string Name, OnnxTensor Keys, OnnxSequenceValue Values) : OnnxValue(Name);
