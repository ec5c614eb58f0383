using MlirBuild.TableGen;

namespace MlirBuild.TableGen.Tests;

/// <summary>
/// Oracle comparison on a fixed representative set of upstream MLIR .td files: our --print-records Defs section
/// must equal mlir-tblgen's (anonymous numbers normalized). The full sweep is build/tblgen-conformance.sh.
/// </summary>
public class UpstreamConformanceTests
{
    public static TheoryData<string> Files => new()
    {
        "mlir/Dialect/Tosa/IR/TosaOps.td",
        "mlir/Dialect/Arith/IR/ArithOps.td",
        "mlir/Dialect/Linalg/IR/LinalgStructuredOps.td",
        "mlir/IR/BuiltinAttributes.td",
        "mlir/IR/BuiltinTypes.td",
        "mlir/IR/OpBase.td",
        "mlir/Dialect/Math/IR/MathOps.td",
        "mlir/Dialect/Tensor/IR/TensorOps.td",
        "mlir/Dialect/SCF/IR/SCFOps.td",
        "mlir/Dialect/ControlFlow/IR/ControlFlowOps.td",
        "mlir/Dialect/Func/IR/FuncOps.td",
        "mlir/Dialect/MemRef/IR/MemRefOps.td",
        "mlir/Dialect/Shape/IR/ShapeOps.td",
        "mlir/Dialect/Complex/IR/ComplexOps.td",
        "mlir/Dialect/Index/IR/IndexOps.td",
        "mlir/Dialect/LLVMIR/LLVMOps.td",
        "mlir/Dialect/SPIRV/IR/SPIRVBase.td",
        "mlir/Dialect/Vector/IR/VectorOps.td",
        "mlir/Dialect/GPU/IR/GPUOps.td",
        "mlir/Dialect/Affine/IR/AffineOps.td",
        "mlir/Interfaces/SideEffectInterfaces.td",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void DefsSectionMatchesMlirTblgen(string relativePath)
    {
        var expected = TestSupport.OracleUpstream(relativePath);
        Assert.NotNull(expected);
        var result = TestSupport.EvaluateUpstream(relativePath);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var actual = RecordPrinter.PrintRecords(result.Records!);
        var e = TestSupport.NormalizedDefs(expected!);
        var a = TestSupport.NormalizedDefs(actual);
        if (e != a)
        {
            var el = e.Split('\n');
            var al = a.Split('\n');
            int k = 0;
            while (k < el.Length && k < al.Length && el[k] == al[k])
            {
                k++;
            }

            Assert.Fail($"first difference at normalized line {k}:\nexpected: {(k < el.Length ? el[k] : "<eof>")}\nactual:   {(k < al.Length ? al[k] : "<eof>")}");
        }
    }

    [Fact]
    public void WholeOutputOfArithOpsIsByteIdentical()
    {
        var expected = TestSupport.OracleUpstream("mlir/Dialect/Arith/IR/ArithOps.td");
        var result = TestSupport.EvaluateUpstream("mlir/Dialect/Arith/IR/ArithOps.td");
        Assert.True(result.Success);
        Assert.Equal(expected, RecordPrinter.PrintRecords(result.Records!));
    }
}
