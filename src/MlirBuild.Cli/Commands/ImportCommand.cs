using System.CommandLine;

namespace MlirBuild.Cli.Commands;

/// <summary><c>mlirbuild import</c>. Placeholder until its issue lands: it only reports that it is not available.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mlirbuild import: not available in this build yet");
            return 2;
        });
        return command;
    }
}
