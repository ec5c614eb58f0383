namespace MlirBuild.Ir.Quant;

/// <summary>
/// The <c>quant</c> dialect's types (<see cref="UniformQuantizedType"/>, <see cref="UniformQuantizedPerAxisType"/>,
/// <see cref="UniformQuantizedSubChannelType"/>, <see cref="AnyQuantizedType"/>, <see cref="CalibratedQuantizedType"/>),
/// parsed, verified and printed as mlir-opt 22 does, and its cast ops (<see cref="QuantOps"/>). Registered in every <see cref="MlirContext"/>, as mlir-opt knows it.
/// </summary>
public sealed class QuantDialect : Dialect
{
    public static readonly QuantDialect Instance = new();

    private QuantDialect()
        : base("quant")
    {
        QuantOps.Register(this);
    }

    public override MlirType? ParseType(string body, MlirContext context, Action<string> error) =>
        QuantTypeParser.Parse(body, (_, message) => error(message));

    public override MlirType? ParseType(string body, MlirContext context, Action<int, string> errorAt) =>
        QuantTypeParser.Parse(body, errorAt);
}
