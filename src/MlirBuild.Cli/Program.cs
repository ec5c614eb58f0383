using System.CommandLine;

namespace MlirBuild.Cli;

/// <summary>Entry point of the <c>mlirbuild</c> tool: a thin shell over the library APIs.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("MlirBuild: import ML models into MLIR, lower them to one dialect, and check them.");
        return root.Parse(args).Invoke();
    }
}
