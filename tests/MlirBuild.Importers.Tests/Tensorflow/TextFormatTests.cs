using Google.Protobuf;
using MlirBuild.Importers.Tensorflow;
using MlirBuild.Importers.Tensorflow.Protos;
using MlirBuild.Importers.Tensorflow.TextFormat;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>The text-format parser and printer: round trips over every attribute kind, syntax corners, errors.</summary>
public sealed class TextFormatTests
{
    internal static string FixturePath => Path.Combine(RepoPaths.Root, "tests", "MlirBuild.Importers.Tests", "Fixtures", "keras_conv2d_adam_train.pbtxt");

    /// <summary>A node carrying one attribute of every AttrValue kind, list kinds included.</summary>
    internal static GraphDef EveryAttrKind()
    {
        var shape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dim { Size = -1 }, new TensorShapeProto.Types.Dim { Size = 3, Name = "c" } } };
        var tensor = new TensorProto
        {
            Dtype = DataType.DtFloat,
            TensorShape = new TensorShapeProto { Dim = { new TensorShapeProto.Types.Dim { Size = 2 } } },
            TensorContent = ByteString.CopyFrom(0, 0, 128, 63, 0, 0, 0, 192),
        };
        var strings = new TensorProto { Dtype = DataType.DtString, StringVal = { ByteString.CopyFromUtf8("a\"b\\c\n"), ByteString.CopyFrom(0, 255, 7) } };
        var func = new NameAttrList { Name = "fn", Attr = { ["T"] = new AttrValue { Type = DataType.DtInt32 } } };
        var node = new NodeDef { Name = "n/every", Op = "Custom", Input = { "a", "b:1", "^c" }, Device = "/device:CPU:0" };
        node.Attr["s"] = new AttrValue { S = ByteString.CopyFrom(1, 2, 34, 92, 200) };
        node.Attr["i"] = new AttrValue { I = long.MinValue };
        node.Attr["f"] = new AttrValue { F = -1.5e-7f };
        node.Attr["f_inf"] = new AttrValue { F = float.NegativeInfinity };
        node.Attr["f_nan"] = new AttrValue { F = float.NaN };
        node.Attr["b"] = new AttrValue { B = true };
        node.Attr["type"] = new AttrValue { Type = DataType.DtBfloat16 };
        node.Attr["shape"] = new AttrValue { Shape = shape };
        node.Attr["shape_unknown"] = new AttrValue { Shape = new TensorShapeProto { UnknownRank = true } };
        node.Attr["tensor"] = new AttrValue { Tensor = tensor };
        node.Attr["func"] = new AttrValue { Func = func };
        node.Attr["placeholder"] = new AttrValue { Placeholder = "T" };
        node.Attr["list"] = new AttrValue
        {
            List = new AttrValue.Types.ListValue
            {
                S = { ByteString.CopyFromUtf8("x"), ByteString.Empty },
                I = { 1, -2, long.MaxValue },
                F = { 0.5f, float.PositiveInfinity },
                B = { true, false },
                Type = { DataType.DtHalf, DataType.DtResource },
                Shape = { shape, new TensorShapeProto() },
                Tensor = { tensor, strings },
                Func = { func },
            },
        };
        node.Attr["empty_list"] = new AttrValue { List = new AttrValue.Types.ListValue() };
        var graph = new GraphDef { Node = { node }, Versions = new VersionDef { Producer = 1, MinConsumer = 0, BadConsumers = { 3 } } };
        graph.Library = new FunctionDefLibrary
        {
            Function =
            {
                new FunctionDef
                {
                    Signature = new OpDef { Name = "fn", InputArg = { new OpDef.Types.ArgDef { Name = "x", Type = DataType.DtFloat } }, OutputArg = { new OpDef.Types.ArgDef { Name = "y", Type = DataType.DtFloat } } },
                    NodeDef = { new NodeDef { Name = "id", Op = "Identity", Input = { "x" } } },
                    Ret = { ["y"] = "id:output:0" },
                },
            },
        };
        return graph;
    }

    [Fact]
    public void PrintThenParseGivesTheSameGraphForEveryAttrKind()
    {
        var graph = EveryAttrKind();
        string text = TextFormatPrinter.Print(graph);
        var parsed = TextFormatParser.Parse<GraphDef>(text, "every.pbtxt", out var issue);
        Assert.Null(issue);

        // Message equality compares floats bitwise (NaN included) and maps regardless of entry order.
        Assert.Equal(graph, parsed);
        Assert.Equal(text, TextFormatPrinter.Print(parsed!));
    }

    [Fact]
    public void PrintedTextEncodesLikeProtocDoes()
    {
        // protoc writes the canonical quiet NaN, .NET's float.NaN has the sign bit set: leave NaN out here.
        var graph = EveryAttrKind();
        graph.Node[0].Attr.Remove("f_nan");
        var bytes = ProtocOracle.Encode(TextFormatPrinter.Print(graph), "mlirbuild.tensorflow.GraphDef", "tensorflow/graph.proto");
        Assert.Equal(graph, GraphDef.Parser.ParseFrom(bytes));
    }

    [Fact]
    public void FixtureParsesLikeProtocParsesIt()
    {
        string text = File.ReadAllText(FixturePath);
        var ours = TextFormatParser.Parse<GraphDef>(text, FixturePath, out var issue);
        Assert.Null(issue);
        var theirs = GraphDef.Parser.ParseFrom(ProtocOracle.Encode(text, "mlirbuild.tensorflow.GraphDef", "tensorflow/graph.proto"));
        Assert.Equal(theirs, ours);
        Assert.Contains(ours!.Node, n => n.Op == "ResourceApplyAdam");
    }

    [Fact]
    public void AcceptsTheSyntaxCornersOfTextFormat()
    {
        const string text = """
            # comment
            node <
              name: 'a' "b" # adjacent strings concatenate
              op: "\x41\101\n"
              input: ["x", "y:1"]
              attr { key: "i" value { i: 0x10 } }
              attr { key: "o" value { i: -010 } }
              attr { key: "f" value { f: -inf } }
              attr { key: "g" value { f: 2.5f } }
              attr { key: "t" value { type: 3 } }
              attr { key: "b" value { b: t } };
            >
            versions { producer: 5 }
            """;
        var g = TextFormatParser.Parse<GraphDef>(text, "x.pbtxt", out var issue);
        Assert.Null(issue);
        var n = g!.Node[0];
        Assert.Equal("ab", n.Name);
        Assert.Equal("AA\n", n.Op);
        Assert.Equal(["x", "y:1"], n.Input);
        Assert.Equal(16, n.Attr["i"].I);
        Assert.Equal(-8, n.Attr["o"].I);
        Assert.Equal(float.NegativeInfinity, n.Attr["f"].F);
        Assert.Equal(2.5f, n.Attr["g"].F);
        Assert.Equal(DataType.DtInt32, n.Attr["t"].Type);
        Assert.True(n.Attr["b"].B);
        Assert.Equal(5, g.Versions.Producer);
    }

    [Theory]
    [InlineData("node { nme: \"a\" }", 1, 8, "no field 'nme'")]
    [InlineData("node {\n  name: \"a\n}", 2, 9, "unterminated string")]
    [InlineData("versions { producer: 99999999999 }", 1, 22, "out of range")]
    [InlineData("node {\n  name: \"a\"\n", 3, 1, "expected '}'")]
    [InlineData("node { attr { key: \"k\" value { type: DT_NOPE } } }", 1, 38, "no value 'DT_NOPE'")]
    [InlineData("node { name: \"\\q\" }", 1, 16, "unknown escape")]
    [InlineData("versions { producer: 1.5 }", 1, 22, "expected an integer")]
    [InlineData("node { name \"a\" }", 1, 13, "expected ':'")]
    public void ReportsErrorsWithLineAndColumn(string text, int line, int column, string message)
    {
        var g = TextFormatParser.Parse<GraphDef>(text, "bad.pbtxt", out var issue);
        Assert.Null(g);
        Assert.NotNull(issue);
        Assert.Equal(("bad.pbtxt", line, column), (issue!.File, issue.Line, issue.Column));
        Assert.Contains(message, issue.Message);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        string text = "library { function { signature { attr { default_value { list { func { attr { key: \"a\" value { "
            + string.Concat(Enumerable.Repeat("func { attr { key: \"a\" value { ", 200)) + string.Concat(Enumerable.Repeat("}", 2000));
        var g = TextFormatParser.Parse<GraphDef>(text, "deep.pbtxt", out var issue);
        Assert.Null(g);
        Assert.Contains("nested too deeply", issue!.Message);
    }
}
