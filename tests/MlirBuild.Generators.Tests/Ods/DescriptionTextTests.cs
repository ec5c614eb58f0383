using MlirBuild.TableGen.Ods.Docs;

namespace MlirBuild.Generators.Tests.Ods;

public sealed class DescriptionTextTests
{
    [Fact]
    public void DropsLeadingBlankLinesAndCommonIndentation()
    {
        var text = "\n  \n    First line.\n      indented\n\n    Last.\n  ";
        Assert.Equal("First line.\n  indented\n\nLast.\n", DescriptionText.Reindent(text));
    }

    [Fact]
    public void KeepsTrailingTextWithoutNewline()
    {
        Assert.Equal("a\nb", DescriptionText.Reindent("  a\n  b"));
    }

    [Fact]
    public void EmptyOrBlankGivesNothing()
    {
        Assert.Equal(string.Empty, DescriptionText.Reindent(string.Empty));
        Assert.Equal(string.Empty, DescriptionText.Reindent("\n   \n\t"));
    }
}
