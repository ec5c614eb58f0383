using MlirBuild.Generators.Format;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Tests;

public sealed class FormatParserTests
{
    private static AssemblyFormat ParseOk(string text)
    {
        var result = FormatParser.Parse(text);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        return result.Format!;
    }

    [Fact]
    public void ParsesLiteralsVariablesAndTypeDirective()
    {
        var format = ParseOk("$lhs `,` $rhs attr-dict `:` type($result)");
        Assert.Equal(
            new FormatElement[]
            {
                new VariableElement("lhs"),
                new LiteralElement(","),
                new VariableElement("rhs"),
                new KeywordDirective(KeywordDirectiveKind.AttrDict),
                new LiteralElement(":"),
                new WrapperDirective(WrapperDirectiveKind.Type, new VariableElement("result")),
            },
            format.Elements);
    }

    [Fact]
    public void ParsesOptionalGroupWithAnchorAndElse()
    {
        var format = ParseOk("$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict");
        var group = Assert.IsType<OptionalGroup>(format.Elements[1]);
        Assert.Equal(1, group.AnchorIndex);
        Assert.Equal(new VariableElement("destOperands"), group.Anchor);
        Assert.Empty(group.Else);

        var withElse = ParseOk("(`nsw` $a^) : (`none`)? attr-dict");
        var elseGroup = Assert.IsType<OptionalGroup>(withElse.Elements[0]);
        Assert.Equal(new LiteralElement("none"), Assert.Single(elseGroup.Else));
    }

    [Fact]
    public void ParsesFunctionalTypeCustomQualifiedAndRef()
    {
        var format = ParseOk("custom<DynamicIndexList>($offsets, $static_offsets, ref(type($x))) `:` functional-type(operands, results) qualified(type($y))");
        var custom = Assert.IsType<CustomDirective>(format.Elements[0]);
        Assert.Equal("DynamicIndexList", custom.Name);
        Assert.Equal(3, custom.Arguments.Count);
        Assert.Equal(
            new WrapperDirective(WrapperDirectiveKind.Ref, new WrapperDirective(WrapperDirectiveKind.Type, new VariableElement("x"))),
            custom.Arguments[2]);
        Assert.Equal(
            new FunctionalTypeDirective(new KeywordDirective(KeywordDirectiveKind.Operands), new KeywordDirective(KeywordDirectiveKind.Results)),
            format.Elements[2]);
        Assert.Equal(
            new WrapperDirective(WrapperDirectiveKind.Qualified, new WrapperDirective(WrapperDirectiveKind.Type, new VariableElement("y"))),
            format.Elements[3]);
    }

    [Fact]
    public void ParsesOIList()
    {
        var format = ParseOk("oilist(`private` `(` $private_vars `)` | `nowait` $nowait) attr-dict");
        var oilist = Assert.IsType<OIListDirective>(format.Elements[0]);
        Assert.Equal(new[] { "private", "nowait" }, oilist.Clauses.Select(c => c.Keyword));
        Assert.Equal(3, oilist.Clauses[0].Elements.Count);
    }

    [Fact]
    public void ParsesSpacingLiteralsAndAttrDictWithKeyword()
    {
        var format = ParseOk("`fastmath` `` $fastmath ` ` `\\n` attr-dict-with-keyword regions successors");
        Assert.True(((LiteralElement)format.Elements[1]).IsEmpty);
        Assert.True(((LiteralElement)format.Elements[3]).IsSpace);
        Assert.True(((LiteralElement)format.Elements[4]).IsNewline);
        Assert.Equal(new KeywordDirective(KeywordDirectiveKind.AttrDictWithKeyword), format.Elements[5]);
    }

    [Fact]
    public void ParsesAttrOrTypeDefDirectives()
    {
        var format = ParseOk("`<` struct(params) `>`");
        Assert.Equal(new StructDirective(new FormatElement[] { new KeywordDirective(KeywordDirectiveKind.Params) }.ToImmutableEquatableArray()), format.Elements[1]);
    }

    [Theory]
    [InlineData("$a `", "unterminated literal", 3)]
    [InlineData("$a ($b)?", "optional group has no anchor element", 3)]
    [InlineData("bogus-directive", "unknown directive 'bogus-directive'", 0)]
    [InlineData("type $a", "expected '(' before argument list", 5)]
    [InlineData("`%` $a", "expected valid literal but got '%'", 0)]
    [InlineData("($a^ $b^)?", "only one element can be marked as the anchor of an optional group", 7)]
    [InlineData("custom<X>(($a^)?)", "optional groups can only be used as top-level elements", 10)]
    public void ReportsErrorsWithOffsets(string text, string message, int offset)
    {
        var result = FormatParser.Parse(text);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(offset, error.Offset);
    }

    [Fact]
    public void EqualFormatsAreEqualValues()
    {
        Assert.Equal(ParseOk("$a (`x` $b^)? attr-dict"), ParseOk("$a   (`x`   $b^)?\n attr-dict"));
        Assert.NotEqual(ParseOk("$a attr-dict"), ParseOk("$b attr-dict"));
    }
}

/// <summary>Every assembly format of a sample of upstream dialects parses and names only real variables.</summary>
public sealed class UpstreamFormatTests
{
    [Theory]
    [MemberData(nameof(Ods.OpDocConformanceTests.Files), MemberType = typeof(Ods.OpDocConformanceTests))]
    public void UpstreamFormatsAreAccepted(string file)
    {
        var model = MlirBuild.TableGen.Ods.OdsReader.Read(FileSystemResolver.EvaluateUpstream(file));
        var withFormat = model.Operations.Where(o => o.AssemblyFormat is not null).ToList();
        Assert.All(withFormat, op => Assert.Empty(FormatValidator.Validate(op)));
    }
}
