using MlirBuild.Ir.Tests.Support;
using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Tests.Verification;

/// <summary>Verifier cases that text cannot express (the parser's scoping already rejects them).</summary>
public class VerifierApiTests
{
    [Fact]
    public void ValueFromAnotherFunctionViolatesIsolation()
    {
        var ir = new IrFactory();
        var (_, first) = ir.Func("first", [IntegerType.I32], []);
        ir.Return();
        var (second, _) = ir.Func("second", [], []);
        var user = ir.Op("test.use", [first.Arguments[0]]);
        ir.Return();

        var diagnostics = Verifier.Verify(ir.Module);
        var error = Assert.Single(diagnostics);
        Assert.Equal("using value defined outside the region", error.Message);
        Assert.Equal(user.Location, error.Location);
        Assert.Equal(second.Location, Assert.Single(error.Notes).Location);
    }

    [Fact]
    public void ValueOfUnregisteredParentIsVisibleInNestedRegion()
    {
        var ir = new IrFactory();
        ir.Func("f", [], []);
        var v = ir.Op("test.def", results: [IntegerType.I32]).GetResult(0);
        var outer = ir.Op("test.outer");
        var body = outer.AddRegion().AddBlock();
        ir.Builder.SetInsertionPointToEnd(body);
        ir.Op("test.use", [v]);
        ir.Builder.SetInsertionPointAfter(outer);
        ir.Return();
        Assert.Empty(Verifier.Verify(ir.Module));
    }

    [Fact]
    public void DetachedOperandIsReported()
    {
        var ir = new IrFactory();
        var detached = Operation.Create(new OperationState("test.def", UnknownLoc.Instance, ir.Context) { ResultTypes = { IntegerType.I32 } });
        ir.Func("f", [], []);
        ir.Op("test.use", [detached.GetResult(0)]);
        ir.Return();
        Assert.Contains(Verifier.Verify(ir.Module), d => d.Message == "operand #0 is not defined in this IR");
    }

    [Fact]
    public void StopsAfterMaxErrors()
    {
        var ir = new IrFactory();
        ir.Func("f", [], []);
        for (var i = 0; i < 50; i++)
        {
            var later = ir.Op("test.placeholder", results: [IntegerType.I32]);
            ir.Builder.SetInsertionPoint(later);
            ir.Op("test.use", [later.GetResult(0)]);
            ir.Builder.SetInsertionPointAfter(later);
        }

        ir.Return();
        Assert.Equal(5, Verifier.Verify(ir.Module, new VerifierOptions { MaxErrors = 5 }).Count);
        Assert.Equal(50, Verifier.Verify(ir.Module).Count);
    }
}
