using MlirBuild.Tests.Common;

namespace MlirBuild.Dialects.Tests;

/// <summary>Locates our dialect specs and runs mlir-tblgen over them.</summary>
internal static class TdFiles
{
    /// <summary>src/MlirBuild.Dialects/Td: the include root of every spec.</summary>
    public static string Root => Path.Combine(RepoPaths.Root, "src", "MlirBuild.Dialects", "Td");

    /// <summary>Every .td file of ours, relative to <see cref="Root"/>, with '/' separators.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(Root, "*.td", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Folders holding libraries (classes, multiclasses) rather than dialects.</summary>
    private static readonly string[] LibraryFolders = ["Base/", "Hlo/"];

    /// <summary>Dialect root files: one dialect each, named *Ops.td by convention, outside the library folders.</summary>
    public static IReadOnlyList<string> OpRoots() =>
        All().Where(f => f.EndsWith("Ops.td", StringComparison.Ordinal)
                && !LibraryFolders.Any(l => f.StartsWith(l, StringComparison.Ordinal)))
            .ToList();

    public static ExternalTool.Result Tblgen(string generator, string relativeFile, params string[] extra)
    {
        var args = new List<string> { generator, "-I", Root };
        args.AddRange(extra);
        args.Add(Path.Combine(Root, relativeFile));
        return ExternalTool.Run(RepoPaths.MlirTblgen, args);
    }

    /// <summary>Parses the records of a file (mlir-tblgen --print-records).</summary>
    public static IReadOnlyDictionary<string, TdRecord> Records(string relativeFile)
    {
        var result = Tblgen("--print-records", relativeFile);
        Assert.True(result.ExitCode == 0, $"{relativeFile}: {result.StdErr}");
        return TdRecord.ParseAll(result.StdOut);
    }

    public static TheoryData<string> AllData() => ToData(All());

    public static TheoryData<string> OpRootData() => ToData(OpRoots());

    private static TheoryData<string> ToData(IEnumerable<string> items)
    {
        var data = new TheoryData<string>();
        foreach (var i in items)
        {
            data.Add(i);
        }

        return data;
    }
}
