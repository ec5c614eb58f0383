using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// Whole-op hand-written syntax (docs/stablehlo-assembly.md). The declarative formats are compiled by the generator,
/// whose <c>custom&lt;Name&gt;</c> directives call <see cref="StablehloCustomDirectives"/>; only the ops with custom
/// assembly (<c>constant</c>, <c>reduce</c>, <c>while</c>) and <c>after_all</c> (see <see cref="AfterAllSyntax"/>) are
/// attached here, replacing the generated hooks.
/// </summary>
public sealed partial class StablehloDialect
{
    partial void OnCreated()
    {
        Attach("constant", ConstantSyntax.Parse, ConstantSyntax.Print);
        Attach("reduce", ReduceSyntax.Parse, ReduceSyntax.Print);
        Attach("while", WhileSyntax.Parse, WhileSyntax.Print);
        Attach("after_all", AfterAllSyntax.ParseAfterAll, AfterAllSyntax.PrintAfterAll);
    }

    private void Attach(string mnemonic, OpParseHook parse, OpPrintHook print) =>
        SyntaxHooks.Attach(this, DialectNamespace + "." + mnemonic, parse, print);
}
