using System.CommandLine;

namespace MlirBuild.Cli.Commands;

/// <summary><c>mlirbuild tblgen</c>. Placeholder until its issue lands: it only reports that it is not available.</summary>
internal static class TblgenCommand
{
    public static Command Create()
    {
        var command = new Command("tblgen", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mlirbuild tblgen: not available in this build yet");
            return 2;
        });
        return command;
    }
}
