using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>Attaches hand-written parse/print hooks to generated op definitions (definitions are immutable).</summary>
internal static class SyntaxHooks
{
    public static void Attach(Dialect dialect, string opName, OpParseHook parse, OpPrintHook print)
    {
        var old = dialect.LookupOp(opName);
        if (old is null)
        {
            return;
        }

        dialect.Register(new OpDefinition(old.Name, old.Traits, old.InherentAttributes)
        {
            Verify = old.Verify,
            Fold = old.Fold,
            SuggestResultName = old.SuggestResultName,
            DefaultDialect = old.DefaultDialect,
            Parse = parse,
            Print = print,
        });
    }
}
