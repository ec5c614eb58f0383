using MlirBuild.TableGen;

namespace MlirBuild.TableGen.Tests;

/// <summary>The public record API the ODS model and generator build on (expected values follow from the text).</summary>
public class RecordApiTests
{
    private const string Text = """
        def ins;
        class Named<string n> { string name = n; }
        class Op<string mnemonic, list<Named> args = []> : Named<mnemonic> {
          list<Named> arguments = args;
          bit hasVerifier = 0;
          bits<4> kind = 0b0101;
          int count = !size(args);
          dag operands = (ins);
          code body = [{ return x; }];
          string optional = ?;
          Named ref = ?;
        }
        def A : Named<"a">;
        def B : Named<"b">;
        def AddOp : Op<"add", [A, B]> { let hasVerifier = 1; let operands = (ins A:$lhs, B:$rhs); }
        def SubOp : Op<"sub">;
        """;

    [Fact]
    public void ClassesAndDefsAreInDefinitionOrder()
    {
        var rk = TestSupport.EvaluateOk(Text);
        Assert.Equal(["Named", "Op"], rk.Classes.Select(c => c.Name));
        Assert.Equal(["ins", "A", "B", "AddOp", "SubOp"], rk.Defs.Select(d => d.Name));
        Assert.Equal(["AddOp", "SubOp"], rk.GetAllDerivedDefinitions("Op").Select(d => d.Name));
        Assert.Empty(rk.GetAllDerivedDefinitions("NoSuchClass"));
    }

    [Fact]
    public void SuperclassesAndSubclassTests()
    {
        var rk = TestSupport.EvaluateOk(Text);
        var add = rk.GetDef("AddOp")!;
        Assert.Equal(["Named", "Op"], add.SuperClasses.Select(c => c.Name));
        Assert.True(add.IsSubClassOf("Named"));
        Assert.True(add.IsSubClassOf(rk.GetClass("Op")!));
        Assert.False(rk.GetDef("A")!.IsSubClassOf("Op"));
        Assert.Equal(RecordKind.Def, add.Kind);
        Assert.Equal(15, add.Loc.Line);
        Assert.Equal("Op", add.Type.ToString());
    }

    [Fact]
    public void TypedGettersReturnFieldValues()
    {
        var add = TestSupport.EvaluateOk(Text).GetDef("AddOp")!;
        Assert.Equal("add", add.GetValueAsString("name"));
        Assert.True(add.GetValueAsBit("hasVerifier"));
        Assert.Equal(2, add.GetValueAsInt("count"));
        Assert.Equal(5, add.GetValueAsBitsInit("kind").TryGetValue());
        Assert.Equal(["A", "B"], add.GetValueAsListOfDefs("arguments").Select(d => d.Name));
        var ins = add.GetValueAsDag("operands");
        Assert.Equal("ins", ((DefInit)ins.Operator).Def.Name);
        Assert.Equal(["lhs", "rhs"], ins.ArgNames);
        Assert.Equal(1, ins.GetArgNumber("rhs"));
        var body = Assert.IsType<StringInit>(add.GetValueInit("body"));
        Assert.True(body.IsCode);
        Assert.Equal(" return x; ", body.Value);
        Assert.Null(add.GetValueAsOptionalString("optional"));
        Assert.Null(add.GetValueAsOptionalDef("ref"));
        Assert.False(add.IsValueSet("optional"));
        Assert.Equal("code", add.GetValue("body")!.PrintType);
    }

    [Fact]
    public void GettersReportMissingOrMistypedFields()
    {
        var sub = TestSupport.EvaluateOk(Text).GetDef("SubOp")!;
        var missing = Assert.Throws<RecordAccessException>(() => sub.GetValueAsString("nope"));
        Assert.Equal("nope", missing.FieldName);
        Assert.Contains("SubOp", missing.Message);
        Assert.Throws<RecordAccessException>(() => sub.GetValueAsInt("name"));
        Assert.Empty(sub.GetValueAsListOfDefs("arguments"));
    }

    [Fact]
    public void IncludesResolveThroughTheResolverAndAreTracked()
    {
        var files = new Dictionary<string, string>
        {
            ["main/root.td"] = "include \"lib/base.td\"\ninclude \"local.td\"\ndef r : Base, Local;\n",
            ["main/local.td"] = "class Local { int l = 2; }\n",
            ["inc/lib/base.td"] = "#ifndef BASE\n#define BASE\nclass Base { int b = 1; }\n#endif\n",
        };
        var options = new TableGenOptions { IncludeDirectories = ["inc"] };
        var result = TableGenEvaluator.Evaluate("main/root.td", files["main/root.td"], new InMemorySourceResolver(files), options);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(["main/root.td", "inc/lib/base.td", "main/local.td"], result.Dependencies.ToArray());
        var r = result.Records!.GetDef("r")!;
        Assert.Equal(1, r.GetValueAsInt("b"));
        Assert.Equal(2, r.GetValueAsInt("l"));
    }

    [Fact]
    public void EvaluationIsDeterministic()
    {
        var a = RecordPrinter.PrintRecords(TestSupport.EvaluateOk(Text));
        var b = RecordPrinter.PrintRecords(TestSupport.EvaluateOk(Text));
        Assert.Equal(a, b);
    }
}
