namespace MlirBuild.Interpreter;

/// <summary>
/// A failure of the program being interpreted (bad operands, unsupported op or type). The evaluator turns it into a
/// located diagnostic; it never escapes the public run API.
/// </summary>
public sealed class InterpreterException(string message) : Exception(message);
