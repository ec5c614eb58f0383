using MlirBuild.Tests.Common;

namespace MlirBuild.Ir.Tests;

/// <summary>Runs mlir-opt 22 as the reference printer.</summary>
internal static class Oracle
{
    public static string Generic(string text, bool debugInfo = false)
    {
        var args = new List<string> { "--allow-unregistered-dialect", "--mlir-print-op-generic" };
        if (debugInfo)
        {
            args.Add("--mlir-print-debuginfo");
        }

        args.Add("-");
        var r = ExternalTool.Run(RepoPaths.MlirOpt, args, text);
        Assert.True(r.ExitCode == 0, "mlir-opt failed: " + r.StdErr + "\ninput:\n" + text);
        return r.StdOut;
    }

    public static string Pretty(string text)
    {
        var r = ExternalTool.Run(RepoPaths.MlirOpt, new[] { "--allow-unregistered-dialect", "-" }, text);
        Assert.True(r.ExitCode == 0, "mlir-opt failed: " + r.StdErr + "\ninput:\n" + text);
        return r.StdOut;
    }
}
