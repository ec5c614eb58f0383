namespace MlirBuild.Interpreter.Files;

/// <summary>A tensor file that cannot be read or a tensor that the format cannot hold; callers report it as a diagnostic.</summary>
public sealed class TensorFileException(string message) : Exception(message);
