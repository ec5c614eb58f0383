namespace MlirBuild.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public void HelpListsEveryCommand()
    {
        var output = new StringWriter();
        var previous = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, Program.Main(["--help"]));
        }
        finally
        {
            Console.SetOut(previous);
        }

        foreach (var name in new[] { "format", "tblgen", "import", "run" })
        {
            Assert.Contains(name, output.ToString());
        }
    }
}
