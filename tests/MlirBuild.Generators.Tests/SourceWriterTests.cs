using System.Globalization;
using MlirBuild.Generators.Emit;

namespace MlirBuild.Generators.Tests;

public sealed class SourceWriterTests
{
    [Fact]
    public void IndentsBlocksAndUsesInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // Globalization-invariant mode only has the invariant culture: make one with a comma decimal separator.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = comma;
            var writer = new SourceWriter();
            using (writer.Block("class A"))
            {
                writer.LineFormat("double X = {0};", 1.5);
                writer.Line();
                writer.Lines("a\n  b");
            }

            Assert.Equal("class A\n{\n    double X = 1.5;\n\n    a\n      b\n}\n", writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("comparison_direction", "ComparisonDirection")]
    [InlineData("lhs", "Lhs")]
    [InlineData("destOperands", "DestOperands")]
    [InlineData("1x", "_1x")]
    public void PascalCases(string input, string expected) => Assert.Equal(expected, CSharpLiteral.Pascal(input));

    [Fact]
    public void EscapesStringsAndKeywords()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\"", CSharpLiteral.String("a\"b\\c\n"));
        Assert.Equal("@operator", CSharpLiteral.Camel("operator"));
        Assert.Equal("@base", CSharpLiteral.Identifier("base"));
    }
}
