namespace MlirBuild.Interpreter.Evaluation;

/// <summary>A tuple value (stablehlo.tuple); elements are tensors, tuples or tokens.</summary>
public sealed record TupleValue(IReadOnlyList<object> Elements);

/// <summary>The one value of !stablehlo.token.</summary>
public sealed record TokenValue
{
    public static readonly TokenValue Instance = new();
}

/// <summary>A failed check op, with the location the IR gave it.</summary>
public sealed record CheckFailure(string Location, string Message)
{
    public override string ToString() => $"{Location}: error: {Message}";
}
