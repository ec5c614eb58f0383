using System.Collections.Generic;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// The C# member names and segment layout of one op, computed once and shared by the accessor, factory and
/// verifier emitters.
/// </summary>
internal sealed class OpLayout
{
    public const string AttrSizedOperands = "::mlir::OpTrait::AttrSizedOperandSegments";
    public const string AttrSizedResults = "::mlir::OpTrait::AttrSizedResultSegments";
    public const string SameVariadicOperands = "::mlir::OpTrait::SameVariadicOperandSize";
    public const string SameVariadicResults = "::mlir::OpTrait::SameVariadicResultSize";

    public OpLayout(OdsOperation op, OdsModel model, EnumNames enums)
    {
        Op = op;
        ClassName = CSharpLiteral.Identifier(op.CppClassName);
        var names = new MemberNames(ClassName);
        OperandNames = op.Operands.Select((o, i) => names.Claim(o.Name.Length == 0 ? "operand" + i : o.Name)).ToList();
        ResultNames = op.Results.Select((r, i) => names.Claim(r.Name.Length == 0 ? "result" + i : r.Name)).ToList();
        RegionNames = op.Regions.Select((r, i) => names.Claim(r.Name.Length == 0 ? "region" + i : r.Name)).ToList();
        SuccessorNames = op.Successors.Select((s, i) => names.Claim(s.Name.Length == 0 ? "successor" + i : s.Name)).ToList();
        Attributes = new List<AttributeMember>();
        foreach (var attr in op.Attributes)
        {
            if (attr.Constraint.IsDerived)
            {
                continue;
            }

            var typing = AttributeTyping.For(attr.Constraint, model, enums);
            var property = names.Claim(attr.Name);
            var raw = typing.ValueType == "global::MlirBuild.Ir.MlirAttribute" ? property : names.Claim(attr.Name + "_attr");
            Attributes.Add(new AttributeMember(attr, typing, property, raw, typing.DefaultLiteral(attr.Constraint, enums)));
        }

        OperandSegmentsAttribute = op.HasTrait(AttrSizedOperands) ? "operandSegmentSizes" : null;
        ResultSegmentsAttribute = op.HasTrait(AttrSizedResults) ? "resultSegmentSizes" : null;
        OperandsSegmented = op.Operands.Any(o => o.Constraint.IsVariableLength);
        ResultsSegmented = op.Results.Any(r => r.Constraint.IsVariableLength);
    }

    public OdsOperation Op { get; }

    public string ClassName { get; }

    public List<string> OperandNames { get; }

    public List<string> ResultNames { get; }

    public List<string> RegionNames { get; }

    public List<string> SuccessorNames { get; }

    public List<AttributeMember> Attributes { get; }

    public string? OperandSegmentsAttribute { get; }

    public string? ResultSegmentsAttribute { get; }

    public bool OperandsSegmented { get; }

    public bool ResultsSegmented { get; }

    /// <summary>An unsupported variadic layout (several variable-length groups without a sizing trait), or null.</summary>
    public string? LayoutProblem()
    {
        if (Op.NumVariableLengthOperands > 1 && OperandSegmentsAttribute is null && !Op.HasTrait(SameVariadicOperands))
        {
            return "op '" + Op.FullName + "' has multiple variadic operands but neither AttrSizedOperandSegments nor SameVariadicOperandSize";
        }

        if (Op.NumVariableLengthResults > 1 && ResultSegmentsAttribute is null && !Op.HasTrait(SameVariadicResults))
        {
            return "op '" + Op.FullName + "' has multiple variadic results but neither AttrSizedResultSegments nor SameVariadicResultSize";
        }

        return null;
    }

    /// <summary>An attribute with its C# property names and typing.</summary>
    public sealed record AttributeMember(OdsNamedAttribute Attribute, AttributeTyping Typing, string Property, string RawProperty, string? Default)
    {
        public string Name => Attribute.Name;

        public bool IsRequired => !Attribute.Constraint.IsOptional && Attribute.Constraint.DefaultValue is null;

        public bool IsTyped => Typing.ValueType != "global::MlirBuild.Ir.MlirAttribute";
    }
}
