using System.Linq;
using MlirBuild.TableGen.Ods;
using static MlirBuild.Generators.Emit.OpEmitter;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// The ODS verifier: operand/result counts and segment sizes, operand/result type constraints, required
/// attributes and attribute kinds, region and successor counts; then the optional hand-written
/// <c>VerifyCustom</c> partial hook.
/// </summary>
internal static class OpVerifierEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Support = SupportEmitter.ClassName;

    public static void Emit(SourceWriter w, OpLayout layout)
    {
        var op = layout.Op;
        w.Line("/// <summary>Hand-written verification beyond the ODS constraints (optional: implement in a partial class).</summary>");
        w.Line("partial void VerifyCustom(" + Ir + "DiagnosticBag diagnostics, ref bool ok);");
        w.Line();
        w.Line("/// <summary>Checks the ODS constraints of <paramref name=\"op\"/>, then <c>VerifyCustom</c>.</summary>");
        using (w.Block("internal static bool VerifyOds(" + Ir + "Operation op, " + Ir + "DiagnosticBag diagnostics)"))
        {
            w.Line("var ok = true;");
            EmitValues(w, op.Operands, "operand", "Operands", "NumOperands", "GetOperand", layout.OperandsSegmented, layout.OperandSegmentsAttribute);
            EmitValues(w, op.Results, "result", "Results", "NumResults", "GetResult", layout.ResultsSegmented, layout.ResultSegmentsAttribute);
            EmitAttributes(w, layout);
            EmitRegionsAndSuccessors(w, op);
            w.Line("if (ok)");
            w.Line("{");
            w.Line("    new " + layout.ClassName + "(op).VerifyCustom(diagnostics, ref ok);");
            w.Line("}");
            w.Line();
            w.Line("return ok;");
        }

        w.Line();
    }

    private static void EmitValues(
        SourceWriter w,
        MlirBuild.TableGen.Ods.ImmutableEquatableArray<OdsNamedValue> values,
        string noun,
        string plural,
        string countMember,
        string getMember,
        bool segmented,
        string? sizesAttribute)
    {
        if (!segmented)
        {
            w.Line("if (op." + countMember + " != " + Index(values.Count) + ")");
            w.Line("{");
            w.Line("    " + Support + ".Error(diagnostics, op, \"requires " + Index(values.Count) + " " + noun + (values.Count == 1 ? string.Empty : "s") + ", but found \" + op." + countMember + ");");
            w.Line("    return false;");
            w.Line("}");
            w.Line();
            for (var i = 0; i < values.Count; i++)
            {
                var check = TypeCheckEmitter.Expression(values[i].Constraint.Matcher, "t");
                if (check == "true")
                {
                    continue;
                }

                // Each check sits in its own block: pattern variables in if conditions share the enclosing scope.
                w.Line("{");
                w.Indent();
                w.Line("var t = op." + getMember + "(" + Index(i) + ").Type;");
                w.Line("if (!(" + check + "))");
                w.Line("{");
                w.Line("    " + Support + ".Error(diagnostics, op, \"" + noun + " #" + Index(i) + " must be " + Escape(values[i].Constraint.Summary) + ", but got '\" + t + \"'\");");
                w.Line("    ok = false;");
                w.Line("}");
                w.Unindent();
                w.Line("}");
                w.Line();
            }

            return;
        }

        var sizes = noun + "Sizes";
        w.Line("var " + sizes + " = " + Support + ".SegmentSizes(op, op." + countMember + ", " + OpAccessorEmitter.VariableArray(values) + ", " + (sizesAttribute is null ? "null" : CSharpLiteral.String(sizesAttribute)) + ");");
        w.Line("if (" + sizes + " is null)");
        w.Line("{");
        var fixedCount = values.Count(v => !v.Constraint.IsVariableLength);
        var message = sizesAttribute is not null
            ? "\"" + noun + " segment sizes (" + sizesAttribute + ") are missing or do not add up to the " + noun + " count \" + op." + countMember
            : "\"expected at least " + Index(fixedCount) + " " + noun + "s in a valid layout, but found \" + op." + countMember;
        w.Line("    " + Support + ".Error(diagnostics, op, " + message + ");");
        w.Line("    return false;");
        w.Line("}");
        w.Line();
        for (var i = 0; i < values.Count; i++)
        {
            var constraint = values[i].Constraint;
            if (!constraint.IsVariableLength || constraint.IsOptional)
            {
                var limit = constraint.IsOptional ? " > 1" : " != 1";
                w.Line("if (" + sizes + "[" + Index(i) + "]" + limit + ")");
                w.Line("{");
                w.Line("    " + Support + ".Error(diagnostics, op, \"" + noun + " group #" + Index(i) + " requires " + (constraint.IsOptional ? "0 or 1 elements" : "1 element") + ", but found \" + " + sizes + "[" + Index(i) + "]);");
                w.Line("    return false;");
                w.Line("}");
                w.Line();
            }

            var check = TypeCheckEmitter.Expression(constraint.Matcher, "t");
            if (check == "true")
            {
                continue;
            }

            using (w.Block("for (int k = " + Support + ".Start(" + sizes + ", " + Index(i) + "), end = k + " + sizes + "[" + Index(i) + "]; k < end; k++)"))
            {
                w.Line("var t = op." + getMember + "(k).Type;");
                w.Line("if (!(" + check + "))");
                w.Line("{");
                w.Line("    " + Support + ".Error(diagnostics, op, \"" + noun + " #\" + k + \" must be " + Escape(constraint.Summary) + ", but got '\" + t + \"'\");");
                w.Line("    ok = false;");
                w.Line("}");
            }

            w.Line();
        }
    }

    private static void EmitAttributes(SourceWriter w, OpLayout layout)
    {
        foreach (var member in layout.Attributes)
        {
            var c = member.Attribute.Constraint;
            var name = CSharpLiteral.String(member.Name);
            if (member.IsRequired)
            {
                w.Line("if (op.GetAttr(" + name + ") is null)");
                w.Line("{");
                w.Line("    " + Support + ".Error(diagnostics, op, \"requires attribute '" + Escape(member.Name) + "'\");");
                w.Line("    ok = false;");
                w.Line("}");
            }

            var check = member.Typing.KindCheck;
            if (check is not null)
            {
                w.Line("{");
                w.Line("    if (op.GetAttr(" + name + ") is { } a && !(" + check + "))");
                w.Line("    {");
                w.Line("        " + Support + ".Error(diagnostics, op, \"attribute '" + Escape(member.Name) + "' failed to satisfy constraint: " + Escape(c.Summary) + "\");");
                w.Line("        ok = false;");
                w.Line("    }");
                w.Line("}");
            }

            w.Line();
        }
    }

    private static void EmitRegionsAndSuccessors(SourceWriter w, OdsOperation op)
    {
        var fixedRegions = op.Regions.Count(r => !r.IsVariadic);
        var regionTest = op.Regions.Any(r => r.IsVariadic) ? "op.Regions.Count < " + Index(fixedRegions) : "op.Regions.Count != " + Index(fixedRegions);
        w.Line("if (" + regionTest + ")");
        w.Line("{");
        w.Line("    " + Support + ".Error(diagnostics, op, \"requires " + Index(fixedRegions) + " region" + (fixedRegions == 1 ? string.Empty : "s") + ", but found \" + op.Regions.Count);");
        w.Line("    ok = false;");
        w.Line("}");
        w.Line();
        var fixedSuccessors = op.Successors.Count(s => !s.IsVariadic);
        var successorTest = op.Successors.Any(s => s.IsVariadic) ? "op.SuccessorOperands.Count < " + Index(fixedSuccessors) : "op.SuccessorOperands.Count != " + Index(fixedSuccessors);
        w.Line("if (" + successorTest + ")");
        w.Line("{");
        w.Line("    " + Support + ".Error(diagnostics, op, \"requires " + Index(fixedSuccessors) + " successor" + (fixedSuccessors == 1 ? string.Empty : "s") + ", but found \" + op.SuccessorOperands.Count);");
        w.Line("    ok = false;");
        w.Line("}");
        w.Line();
    }

    /// <summary>Escapes text for use inside a C# string literal (without the quotes).</summary>
    private static string Escape(string text)
    {
        var literal = CSharpLiteral.String(text);
        return literal.Substring(1, literal.Length - 2);
    }
}
