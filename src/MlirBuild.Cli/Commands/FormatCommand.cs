using System.CommandLine;

namespace MlirBuild.Cli.Commands;

/// <summary><c>mlirbuild format</c>. Placeholder until its issue lands: it only reports that it is not available.</summary>
internal static class FormatCommand
{
    public static Command Create()
    {
        var command = new Command("format", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mlirbuild format: not available in this build yet");
            return 2;
        });
        return command;
    }
}
