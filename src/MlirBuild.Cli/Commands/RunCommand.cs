using System.CommandLine;

namespace MlirBuild.Cli.Commands;

/// <summary><c>mlirbuild run</c>. Placeholder until its issue lands: it only reports that it is not available.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mlirbuild run: not available in this build yet");
            return 2;
        });
        return command;
    }
}
