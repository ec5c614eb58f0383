using System.Linq;
using MlirBuild.TableGen.Ods;
using static MlirBuild.Generators.Emit.OpEmitter;

namespace MlirBuild.Generators.Emit;

/// <summary>Typed accessors: operands and results by group (ODS segment rules), regions, successors, attributes.</summary>
internal static class OpAccessorEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Support = SupportEmitter.ClassName;
    private const string ValueList = "global::System.Collections.Generic.IReadOnlyList<" + Ir + "Value>";
    private const string ResultList = "global::System.Collections.Generic.IReadOnlyList<" + Ir + "OpResult>";

    public static void Emit(SourceWriter w, OpLayout layout)
    {
        EmitOperands(w, layout);
        EmitResults(w, layout);
        EmitRegions(w, layout);
        EmitSuccessors(w, layout);
        EmitAttributes(w, layout);
    }

    public static string VariableArray(System.Collections.Generic.IEnumerable<OdsNamedValue> values) =>
        "new bool[] { " + string.Join(", ", values.Select(v => v.Constraint.IsVariableLength ? "true" : "false")) + " }";

    private static void EmitOperands(SourceWriter w, OpLayout layout)
    {
        var op = layout.Op;
        if (op.Operands.Count == 0)
        {
            return;
        }

        if (layout.OperandsSegmented)
        {
            w.Line("private static readonly bool[] OperandVariable = " + VariableArray(op.Operands) + ";");
            w.Line();
            w.Line("/// <summary>Sizes of the operand groups (ODS segment rules).</summary>");
            w.Line("private int[] OperandSizes => " + Support + ".SegmentSizes(Operation, Operation.NumOperands, OperandVariable, " + Nullable(layout.OperandSegmentsAttribute) + ") ?? throw new global::System.InvalidOperationException(\"operand segments of \" + OperationName + \" do not match its operands\");");
            w.Line();
        }

        for (var i = 0; i < op.Operands.Count; i++)
        {
            var operand = op.Operands[i];
            var name = layout.OperandNames[i];
            w.Line("/// <summary>Operand <c>" + XmlDoc.Escape(operand.Name) + "</c>: " + XmlDoc.Escape(operand.Constraint.Summary) + ".</summary>");
            if (!layout.OperandsSegmented)
            {
                w.Line("public " + Ir + "Value " + name + " => Operation.GetOperand(" + Index(i) + ");");
            }
            else if (operand.Constraint.IsOptional)
            {
                w.Line("public " + Ir + "Value? " + name + " { get { var s = OperandSizes; return s[" + Index(i) + "] == 0 ? null : Operation.GetOperand(" + Support + ".Start(s, " + Index(i) + ")); } }");
            }
            else if (operand.Constraint.IsVariadic)
            {
                w.Line("public " + ValueList + " " + name + " { get { var s = OperandSizes; return " + Support + ".Slice(Operation.Operands, " + Support + ".Start(s, " + Index(i) + "), s[" + Index(i) + "]); } }");
            }
            else
            {
                w.Line("public " + Ir + "Value " + name + " => Operation.GetOperand(" + Support + ".Start(OperandSizes, " + Index(i) + "));");
            }

            w.Line();
        }
    }

    private static void EmitResults(SourceWriter w, OpLayout layout)
    {
        var op = layout.Op;
        if (op.Results.Count == 0)
        {
            return;
        }

        if (layout.ResultsSegmented)
        {
            w.Line("private static readonly bool[] ResultVariable = " + VariableArray(op.Results) + ";");
            w.Line();
            w.Line("/// <summary>Sizes of the result groups (ODS segment rules).</summary>");
            w.Line("private int[] ResultSizes => " + Support + ".SegmentSizes(Operation, Operation.NumResults, ResultVariable, " + Nullable(layout.ResultSegmentsAttribute) + ") ?? throw new global::System.InvalidOperationException(\"result segments of \" + OperationName + \" do not match its results\");");
            w.Line();
        }

        for (var i = 0; i < op.Results.Count; i++)
        {
            var result = op.Results[i];
            var name = layout.ResultNames[i];
            w.Line("/// <summary>Result <c>" + XmlDoc.Escape(result.Name) + "</c>: " + XmlDoc.Escape(result.Constraint.Summary) + ".</summary>");
            if (!layout.ResultsSegmented)
            {
                w.Line("public " + Ir + "OpResult " + name + " => Operation.GetResult(" + Index(i) + ");");
            }
            else if (result.Constraint.IsOptional)
            {
                w.Line("public " + Ir + "OpResult? " + name + " { get { var s = ResultSizes; return s[" + Index(i) + "] == 0 ? null : Operation.GetResult(" + Support + ".Start(s, " + Index(i) + ")); } }");
            }
            else if (result.Constraint.IsVariadic)
            {
                w.Line("public " + ResultList + " " + name + " { get { var s = ResultSizes; return " + Support + ".Slice(Operation.Results, " + Support + ".Start(s, " + Index(i) + "), s[" + Index(i) + "]); } }");
            }
            else
            {
                w.Line("public " + Ir + "OpResult " + name + " => Operation.GetResult(" + Support + ".Start(ResultSizes, " + Index(i) + "));");
            }

            w.Line();
        }
    }

    private static void EmitRegions(SourceWriter w, OpLayout layout)
    {
        var op = layout.Op;
        for (var i = 0; i < op.Regions.Count; i++)
        {
            var region = op.Regions[i];
            w.Line("/// <summary>Region <c>" + XmlDoc.Escape(region.Name) + "</c>: " + XmlDoc.Escape(region.Summary) + ".</summary>");
            if (region.IsVariadic)
            {
                w.Line("public global::System.Collections.Generic.IReadOnlyList<" + Ir + "Region> " + layout.RegionNames[i] + " => global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Skip(Operation.Regions, " + Index(i) + "));");
            }
            else
            {
                w.Line("public " + Ir + "Region " + layout.RegionNames[i] + " => Operation.Regions[" + Index(i) + "];");
            }

            w.Line();
        }
    }

    private static void EmitSuccessors(SourceWriter w, OpLayout layout)
    {
        var op = layout.Op;
        for (var i = 0; i < op.Successors.Count; i++)
        {
            var successor = op.Successors[i];
            w.Line("/// <summary>Successor <c>" + XmlDoc.Escape(successor.Name) + "</c>: " + XmlDoc.Escape(successor.Summary) + ".</summary>");
            if (successor.IsVariadic)
            {
                w.Line("public global::System.Collections.Generic.IReadOnlyList<" + Ir + "Block> " + layout.SuccessorNames[i] + " => global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Skip(Operation.Successors, " + Index(i) + "));");
            }
            else
            {
                w.Line("public " + Ir + "Block " + layout.SuccessorNames[i] + " => Operation.GetSuccessor(" + Index(i) + ");");
            }

            w.Line();
        }
    }

    private static void EmitAttributes(SourceWriter w, OpLayout layout)
    {
        foreach (var member in layout.Attributes)
        {
            var c = member.Attribute.Constraint;
            var get = "Operation.GetAttr(" + CSharpLiteral.String(member.Name) + ")";
            var doc = "Attribute <c>" + XmlDoc.Escape(member.Name) + "</c>: " + XmlDoc.Escape(c.Summary) + ".";
            if (member.RawProperty != member.Property)
            {
                w.Line("/// <summary>" + doc + " (the IR attribute itself).</summary>");
                w.Line("public " + Ir + "MlirAttribute? " + member.RawProperty + " => " + get + ";");
                w.Line();
            }

            w.Line("/// <summary>" + doc + "</summary>");
            var typing = member.Typing;
            if (c.Kind == OdsAttributeKind.Unit)
            {
                w.Line("public bool " + member.Property + " => " + typing.Read(get) + ";");
            }
            else if (member.Default is not null)
            {
                w.Line("public " + typing.ValueType + " " + member.Property + " => " + typing.Read(get) + " ?? " + member.Default + ";");
            }
            else if (member.IsRequired && member.IsTyped)
            {
                w.Line("public " + typing.ValueType + " " + member.Property + " => " + typing.Read(get) + " ?? throw new global::System.InvalidOperationException(\"" + member.Name + " is missing or malformed on \" + OperationName);");
            }
            else if (member.IsRequired)
            {
                w.Line("public " + Ir + "MlirAttribute " + member.Property + " => " + get + " ?? throw new global::System.InvalidOperationException(\"" + member.Name + " is missing on \" + OperationName);");
            }
            else
            {
                w.Line("public " + typing.Nullable + " " + member.Property + " => " + typing.Read(get) + ";");
            }

            w.Line();
        }
    }

    private static string Nullable(string? text) => text is null ? "null" : CSharpLiteral.String(text);
}
