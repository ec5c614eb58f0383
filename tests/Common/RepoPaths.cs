namespace MlirBuild.Tests.Common;

/// <summary>Finds the repository root, the shared corpus beside it, and the oracle tools.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The directory that holds MlirBuild.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>../shared/corpus</c> from the repository root (present locally and in CI).</summary>
    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>Directory of the MLIR 22 tools installed by build/install-test-deps.sh.</summary>
    public const string LlvmBin = "/usr/lib/llvm-22/bin";

    public static string MlirOpt => Path.Combine(LlvmBin, "mlir-opt");

    public static string MlirTblgen => Path.Combine(LlvmBin, "mlir-tblgen");

    /// <summary>Upstream MLIR .td files (libmlir-22-dev).</summary>
    public const string LlvmInclude = "/usr/lib/llvm-22/include";

    /// <summary>ONNX backend test data (libonnx-testdata).</summary>
    public const string OnnxTestData = "/usr/share/libonnx-testdata/data";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlirBuild.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MlirBuild.sln not found above " + AppContext.BaseDirectory);
    }
}
