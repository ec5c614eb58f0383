using MlirBuild.Dialects.StableHlo;
using MlirBuild.Ir;

namespace MlirBuild.Dialects.Mhlo;

/// <summary>The whole-op syntax mhlo shares with stablehlo (custom assembly: constant, reduce, while; after_all).</summary>
public sealed partial class MhloDialect
{
    partial void OnCreated()
    {
        SyntaxHooks.Attach(this, "mhlo.constant", ConstantSyntax.Parse, ConstantSyntax.Print);
        SyntaxHooks.Attach(this, "mhlo.reduce", ReduceSyntax.Parse, ReduceSyntax.Print);
        SyntaxHooks.Attach(this, "mhlo.while", WhileSyntax.Parse, WhileSyntax.Print);
        SyntaxHooks.Attach(this, "mhlo.after_all", AfterAllSyntax.ParseAfterAll, AfterAllSyntax.PrintAfterAll);
    }
}
