using System.CommandLine;
using MlirBuild.Cli.Commands;

namespace MlirBuild.Cli;

/// <summary>Entry point of the <c>mlirbuild</c> tool: a thin shell over the library APIs, one file per command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("MlirBuild: import ML models into MLIR, lower them to one dialect, and check them.");
        root.Subcommands.Add(FormatCommand.Create());
        root.Subcommands.Add(TblgenCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        return root.Parse(args).Invoke();
    }
}
