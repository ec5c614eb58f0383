using System.Linq;
using MlirBuild.TableGen.Ods;
using static MlirBuild.Generators.Emit.OpEmitter;

namespace MlirBuild.Generators.Emit;

/// <summary>Typed accessors: operands and results by group (ODS segment rules), regions, successors, attributes.</summary>
internal static class OpAccessorEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Support = SupportEmitter.ClassName;

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

    /// <summary>What differs between the operand and the result accessors; the emitted shape is the same.</summary>
    private sealed class ValueGroup
    {
        public ValueGroup(string kind, string plural, string valueType, string countMember, string getter)
        {
            Kind = kind;
            Plural = plural;
            ValueType = valueType;
            CountMember = countMember;
            Getter = getter;
        }

        /// <summary><c>Operand</c> or <c>Result</c>: prefixes the emitted members (<c>OperandSizes</c>, <c>ResultVariable</c>).</summary>
        public string Kind { get; }

        /// <summary>The Operation collection (<c>Operands</c>/<c>Results</c>).</summary>
        public string Plural { get; }

        /// <summary>The IR type of one element (<c>Value</c>/<c>OpResult</c>).</summary>
        public string ValueType { get; }

        public string CountMember { get; }

        public string Getter { get; }
    }

    private static readonly ValueGroup OperandGroup = new("Operand", "Operands", "Value", "NumOperands", "GetOperand");
    private static readonly ValueGroup ResultGroup = new("Result", "Results", "OpResult", "NumResults", "GetResult");

    private static void EmitOperands(SourceWriter w, OpLayout layout) =>
        EmitValueGroup(w, OperandGroup, layout.Op.Operands, layout.OperandNames, layout.OperandsSegmented, layout.OperandSegmentsAttribute);

    private static void EmitResults(SourceWriter w, OpLayout layout) =>
        EmitValueGroup(w, ResultGroup, layout.Op.Results, layout.ResultNames, layout.ResultsSegmented, layout.ResultSegmentsAttribute);

    private static void EmitValueGroup(
        SourceWriter w,
        ValueGroup group,
        System.Collections.Generic.IReadOnlyList<OdsNamedValue> values,
        System.Collections.Generic.IReadOnlyList<string> names,
        bool segmented,
        string? segmentsAttribute)
    {
        if (values.Count == 0)
        {
            return;
        }

        var sizes = group.Kind + "Sizes";
        var lower = group.Kind.ToLowerInvariant();
        if (segmented)
        {
            w.Line("private static readonly bool[] " + group.Kind + "Variable = " + VariableArray(values) + ";");
            w.Line();
            w.Line("/// <summary>Sizes of the " + lower + " groups (ODS segment rules).</summary>");
            w.Line("private int[] " + sizes + " => " + Support + ".SegmentSizes(Operation, Operation." + group.CountMember + ", " + group.Kind + "Variable, " + Nullable(segmentsAttribute) + ") ?? throw new global::System.InvalidOperationException(\"" + lower + " segments of \" + OperationName + \" do not match its " + lower + "s\");");
            w.Line();
        }

        var type = Ir + group.ValueType;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var name = names[i];
            w.Line("/// <summary>" + group.Kind + " <c>" + XmlDoc.Escape(value.Name) + "</c>: " + XmlDoc.Escape(value.Constraint.Summary) + ".</summary>");
            if (!segmented)
            {
                w.Line("public " + type + " " + name + " => Operation." + group.Getter + "(" + Index(i) + ");");
            }
            else if (value.Constraint.IsOptional)
            {
                w.Line("public " + type + "? " + name + " { get { var s = " + sizes + "; return s[" + Index(i) + "] == 0 ? null : Operation." + group.Getter + "(" + Support + ".Start(s, " + Index(i) + ")); } }");
            }
            else if (value.Constraint.IsVariadic)
            {
                w.Line("public global::System.Collections.Generic.IReadOnlyList<" + type + "> " + name + " { get { var s = " + sizes + "; return " + Support + ".Slice(Operation." + group.Plural + ", " + Support + ".Start(s, " + Index(i) + "), s[" + Index(i) + "]); } }");
            }
            else
            {
                w.Line("public " + type + " " + name + " => Operation." + group.Getter + "(" + Support + ".Start(" + sizes + ", " + Index(i) + "));");
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
