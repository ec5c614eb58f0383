using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Tests.Ods;

/// <summary>What the ODS reader makes of specific upstream ops (facts from the .td files, not from our output).</summary>
public sealed class OdsModelTests
{
    private static readonly Lazy<OdsModel> Cf = new(() => OdsReader.Read(FileSystemResolver.EvaluateUpstream("mlir/Dialect/ControlFlow/IR/ControlFlowOps.td")));
    private static readonly Lazy<OdsModel> Arith = new(() => OdsReader.Read(FileSystemResolver.EvaluateUpstream("mlir/Dialect/Arith/IR/ArithOps.td")));

    private static OdsOperation Op(OdsModel model, string name) => model.Operations.Single(o => o.FullName == name);

    [Fact]
    public void ReadsSegmentsSuccessorsAndVariadics()
    {
        var condBr = Op(Cf.Value, "cf.cond_br");
        Assert.Equal("CondBranchOp", condBr.CppClassName);
        Assert.Equal("::mlir::cf", condBr.CppNamespace);
        Assert.Equal(["condition", "trueDestOperands", "falseDestOperands"], condBr.Operands.Select(o => o.Name));
        Assert.Equal(OdsValueArity.Variadic, condBr.Operands[1].Constraint.Arity);
        Assert.Equal(["trueDest", "falseDest"], condBr.Successors.Select(s => s.Name));
        Assert.True(condBr.HasTrait("::mlir::OpTrait::AttrSizedOperandSegments"));
        Assert.Equal("branch_weights", Assert.Single(condBr.Attributes).Name);
        Assert.True(condBr.Attributes[0].Constraint.IsOptional);
    }

    [Fact]
    public void ReadsAttributesEnumsAndInference()
    {
        var addf = Op(Arith.Value, "arith.addf");
        var fastmath = Assert.Single(addf.Attributes);
        Assert.Equal(OdsAttributeKind.Enum, fastmath.Constraint.Kind);
        Assert.Equal("::mlir::arith::FastMathFlags::none", fastmath.Constraint.DefaultValue);
        Assert.True(addf.AllResultTypesKnown);
        Assert.Equal([0], addf.ResultTypeSources);

        var cmpi = Op(Arith.Value, "arith.cmpi");
        Assert.Equal(OdsAttributeKind.Enum, cmpi.Attributes.Single(a => a.Name == "predicate").Constraint.Kind);

        var fastMathEnum = Arith.Value.Enums.Single(e => e.ClassName == "FastMathFlags");
        Assert.Equal(OdsEnumKind.Bit, fastMathEnum.Kind);
        Assert.Contains(fastMathEnum.Cases, c => c.Str == "reassoc" && c.Value == 1);
        var cmpIPredicate = Arith.Value.Enums.Single(e => e.ClassName == "CmpIPredicate");
        Assert.Equal(["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"], cmpIPredicate.Cases.Select(c => c.Str));
    }

    [Fact]
    public void ModelsAreValueEqualAcrossEvaluations()
    {
        var again = OdsReader.Read(FileSystemResolver.EvaluateUpstream("mlir/Dialect/ControlFlow/IR/ControlFlowOps.td"));
        Assert.Equal(Cf.Value, again);
        Assert.Equal(Cf.Value.GetHashCode(), again.GetHashCode());
    }
}
