using MlirBuild.Ir;

namespace MlirBuild.Dialects;

/// <summary>Registers the dialects StableHLO programs use (stablehlo, chlo, check, interpreter) with a context.</summary>
public static class HloDialects
{
    public static void Register(MlirContext context)
    {
        StableHlo.StablehloDialect.Register(context);
        Chlo.ChloDialect.Register(context);
        Check.CheckDialect.Register(context);
        Interpreter.InterpreterDialect.Register(context);
    }
}
