using MlirBuild.Ir;
using MlirBuild.Tests.Common;

namespace MlirBuild.Generators.Tests.Generator;

/// <summary>
/// src/MlirBuild.Dialects is built with the generator: each dialect class registers one op per op definition in
/// its spec. The expected counts come from mlir-tblgen reading the same specs (they are ODS-compatible).
/// </summary>
public sealed class OurDialectsTests
{
    public static TheoryData<string, string> Dialects => new()
    {
        { "StableHlo/StablehloOps.td", "stablehlo" },
        { "Mhlo/MhloOps.td", "mhlo" },
        { "Chlo/ChloOps.td", "chlo" },
        { "Check/CheckOps.td", "check" },
        { "Interpreter/InterpreterOps.td", "interpreter" },
        { "Onnx/OnnxOps.td", "onnx" },
        { "Tf/TfOps.td", "tf" },
    };

    private static readonly Dictionary<string, Dialect> Registered = new()
    {
        ["stablehlo"] = MlirBuild.Dialects.StableHlo.StablehloDialect.Instance,
        ["mhlo"] = MlirBuild.Dialects.Mhlo.MhloDialect.Instance,
        ["chlo"] = MlirBuild.Dialects.Chlo.ChloDialect.Instance,
        ["check"] = MlirBuild.Dialects.Check.CheckDialect.Instance,
        ["interpreter"] = MlirBuild.Dialects.Interpreter.InterpreterDialect.Instance,
        ["onnx"] = MlirBuild.Dialects.Onnx.OnnxDialect.Instance,
        ["tf"] = MlirBuild.Dialects.Tf.TfDialect.Instance,
    };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void DialectRegistersEveryOpOfItsSpec(string spec, string dialectName)
    {
        var td = Path.Combine(RepoPaths.Root, "src", "MlirBuild.Dialects", "Td");
        var doc = ExternalTool.Run(RepoPaths.MlirTblgen, ["--gen-op-doc", "-I", td, Path.Combine(td, spec)]);
        Assert.Equal(0, doc.ExitCode);
        var expected = doc.StdOut.Split('\n')
            .Where(l => l.StartsWith("### `" + dialectName + ".", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(expected);

        var dialect = Registered[dialectName];
        Assert.Equal(dialectName, dialect.Namespace);
        Assert.Equal(expected, dialect.Operations.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal).ToList());

        // Registered ops verify through the generated ODS verifier.
        Assert.All(dialect.Operations, o => Assert.NotNull(o.Verify));
    }
}
