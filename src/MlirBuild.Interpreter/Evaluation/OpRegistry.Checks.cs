using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

internal static partial class OpRegistry
{
    /// <summary>Default tolerance of check.expect_almost_eq(_const), as the StableHLO check dialect defines it.</summary>
    private const double DefaultTolerance = 1e-4;

    private static void AddChecks(Dictionary<string, Func<OpContext, object[]>> h)
    {
        h["check.expect_eq"] = c => Check(c, CheckComparisons.Exact(c.T(0), c.T(1)));
        h["check.expect_eq_const"] = c => Check(c, CheckComparisons.Exact(c.T(0), ConstValue(c)));
        h["check.expect_almost_eq"] = c => Check(c, CheckComparisons.AlmostEqual(c.T(0), c.T(1), Tolerance(c)));
        h["check.expect_almost_eq_const"] = c => Check(c, CheckComparisons.AlmostEqual(c.T(0), ConstValue(c), Tolerance(c)));
        h["check.expect_close"] = c => Check(c, CheckComparisons.Ulp(c.T(0), c.T(1), c.Long("min_ulp_difference", 0), c.Long("max_ulp_difference", 3)));
        h["custom_call"] = CustomCall;
    }

    private static double Tolerance(OpContext c) => c.Op.GetAttr("tolerance") is FloatAttr f ? f.Value : DefaultTolerance;

    private static Tensor ConstValue(OpContext c) =>
        c.Op.GetAttr("value") is DenseElementsAttr dense ? IrTypes.FromDense(dense) : throw new InterpreterException($"{c.Name} without a dense value");

    private static object[] Check(OpContext c, string? failure)
    {
        c.Evaluator.ChecksRun++;
        if (failure is not null)
        {
            c.Evaluator.Fail(c.Op, $"{c.Name} failed: {failure}");
        }

        return [];
    }

    /// <summary>
    /// <c>stablehlo.custom_call @check.expect_close / expect_eq / expect_almost_eq / eq</c> as the JAX-generated tests
    /// use them; @check.eq also returns the result as an i1 scalar.
    /// </summary>
    private static object[] CustomCall(OpContext c)
    {
        string target = CallTarget(c.Op);
        switch (target)
        {
            case "check.expect_eq":
                return Check(c, CheckComparisons.Exact(c.T(0), c.T(1)));
            case "check.expect_close":
                // within 3 ULP, or 1e-4 relative + absolute; a failure names an element outside both
                return Check(c, CheckComparisons.Ulp(c.T(0), c.T(1), 0, 3) is null ? null : CheckComparisons.Close(c.T(0), c.T(1), 1e-4, 1e-4));
            case "check.expect_almost_eq":
                return Check(c, CheckComparisons.AlmostEqual(c.T(0), c.T(1), DefaultTolerance));
            case "check.eq":
            {
                var failure = CheckComparisons.Exact(c.T(0), c.T(1));
                Check(c, failure);
                return [ElementCodec.FromLongs(ElementType.I1, [], [failure is null ? 1 : 0])];
            }

            default:
                throw new InterpreterException($"custom_call @{target} is not supported");
        }
    }

    private static string CallTarget(Operation op) => op.GetAttr("call_target_name") switch
    {
        StringAttr s => s.Value,
        SymbolRefAttr r => r.Leaf,
        { } other => other.ToString().Trim('"', '@'),
        null => throw new InterpreterException("custom_call without call_target_name"),
    };
}
