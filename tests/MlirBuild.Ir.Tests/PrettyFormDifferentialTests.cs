namespace MlirBuild.Ir.Tests;

/// <summary>Our default (custom) form against mlir-opt's default form, and re-parsing of our output by mlir-opt.</summary>
public class PrettyFormDifferentialTests
{
    private const string Module = """
        module @m attributes {my.attr = 1 : i32} {
          func.func private @decl(i32, f32 {my.arg}) -> (i32 {my.res})
          func.func nested @multi() -> (i32, f32)
          func.func private @fnres() -> ((i32) -> i32)
          func.func @f(%arg0: tensor<2xf32>, %b: i1 {my.flag}) -> tensor<2xf32> attributes {x = 1.0 : f64} {
            %0 = "foo.op"(%arg0) {a = 1 : i64} : (tensor<2xf32>) -> tensor<2xf32>
            %1 = call @f(%0, %b) : (tensor<2xf32>, i1) -> tensor<2xf32>
            %f = constant @f : (tensor<2xf32>, i1) -> tensor<2xf32>
            %2 = call_indirect %f(%1, %b) : (tensor<2xf32>, i1) -> tensor<2xf32>
            "foo.region"() ({
              %in = "foo.inner"(%2) : (tensor<2xf32>) -> i32
              "foo.yield"(%in) : (i32) -> ()
            }) : () -> ()
            "foo.br"(%2)[^bb1] : (tensor<2xf32>) -> ()
          ^bb1(%x: tensor<2xf32>):
            return %x : tensor<2xf32>
          }
          func.func @g() {
            return
          }
          module @inner {
          }
        }
        """;

    [Fact]
    public void DefaultFormMatchesMlirOpt()
    {
        string expected = Oracle.Pretty(Module);
        Assert.Equal(expected, Differential.OursPretty(Module));
    }

    [Fact]
    public void OurDefaultFormReparsesToTheSameGenericForm()
    {
        string ours = Differential.OursPretty(Module);
        Assert.Equal(Oracle.Generic(Module), Oracle.Generic(ours));
    }

    [Fact]
    public void ImplicitModuleWrapsTopLevelOps()
    {
        const string text = "func.func @a() {\n  return\n}\n\"foo.x\"() : () -> ()\n";
        Assert.Equal(Oracle.Pretty(text), Differential.OursPretty(text));
    }
}
