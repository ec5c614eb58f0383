using MlirBuild.TableGen.Ods;
using MlirBuild.TableGen.Ods.Docs;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Ods;

/// <summary>
/// Our op docs must equal <c>mlir-tblgen --gen-op-doc</c>'s byte for byte: the check that the ODS model reads each
/// op (names, traits, inferred interfaces, attributes, operands, results, successors) as MLIR does. The full sweep
/// over ~90 dialect files is build/opdoc-conformance.sh; this is a fixed sample.
/// </summary>
public sealed class OpDocConformanceTests
{
    public static TheoryData<string> Files => new()
    {
        "mlir/Dialect/Arith/IR/ArithOps.td",
        "mlir/Dialect/ControlFlow/IR/ControlFlowOps.td",
        "mlir/Dialect/Func/IR/FuncOps.td",
        "mlir/Dialect/Index/IR/IndexOps.td",
        "mlir/Dialect/Complex/IR/ComplexOps.td",
        "mlir/Dialect/SCF/IR/SCFOps.td",
        "mlir/Dialect/Tensor/IR/TensorOps.td",
        "mlir/Dialect/Math/IR/MathOps.td",
        "mlir/Dialect/Shape/IR/ShapeOps.td",
        "mlir/Dialect/MemRef/IR/MemRefOps.td",
        "mlir/Dialect/Tosa/IR/TosaOps.td",
        "mlir/Dialect/Linalg/IR/LinalgStructuredOps.td",
        "mlir/Dialect/Vector/IR/VectorOps.td",
        "mlir/Dialect/OpenMP/OpenMPOps.td",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void MatchesMlirTblgen(string file)
    {
        var expected = ExternalTool.Run(RepoPaths.MlirTblgen, ["--gen-op-doc", "-I", RepoPaths.LlvmInclude, Path.Combine(RepoPaths.LlvmInclude, file)]);
        Assert.Equal(0, expected.ExitCode);

        var model = OdsReader.Read(FileSystemResolver.EvaluateUpstream(file));
        Assert.Empty(model.Diagnostics);
        var actual = OpDocEmitter.Emit(model.Operations);

        // Compare op section by op section so a failure names the op.
        var expectedSections = Sections(expected.StdOut);
        var actualSections = Sections(actual);
        Assert.Equal(expectedSections.Keys, actualSections.Keys);
        foreach (var (name, text) in expectedSections)
        {
            Assert.True(text == actualSections[name], name + "\n--- expected\n" + text + "\n--- actual\n" + actualSections[name]);
        }

        Assert.Equal(expected.StdOut, actual);
    }

    private static Dictionary<string, string> Sections(string text)
    {
        var sections = new Dictionary<string, string>();
        string? key = null;
        var buffer = new System.Text.StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("### `", StringComparison.Ordinal))
            {
                if (key is not null)
                {
                    sections[key] = buffer.ToString();
                }

                key = line;
                buffer.Clear();
            }

            buffer.Append(line).Append('\n');
        }

        if (key is not null)
        {
            sections[key] = buffer.ToString();
        }

        return sections;
    }
}
