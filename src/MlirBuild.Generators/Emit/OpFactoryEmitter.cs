using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using MlirBuild.TableGen.Ods;
using static MlirBuild.Generators.Emit.OpEmitter;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// The static <c>Create</c> factory: every required operand, attribute, result type and successor is a required
/// parameter (leaving one out does not compile); optional parts default to null; result types are inferred where
/// ODS can infer them.
/// </summary>
internal static class OpFactoryEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Support = SupportEmitter.ClassName;
    private const string ValueList = "global::System.Collections.Generic.IReadOnlyList<" + Ir + "Value>";

    private sealed class Parameter
    {
        public Parameter(string declaration, bool optional)
        {
            Declaration = declaration;
            Optional = optional;
        }

        public string Declaration { get; }

        public bool Optional { get; }
    }

    public static void Emit(SourceWriter w, OpLayout layout)
    {
        var op = layout.Op;
        var names = new ParameterNames();
        var parameters = new List<Parameter>();
        var body = new List<string>();

        // Result types first (ODS builders take them first too), unless ODS infers them.
        var resultParams = new string[op.Results.Count];
        var inferred = InferredTypes(layout);
        for (var i = 0; i < op.Results.Count; i++)
        {
            var result = op.Results[i];
            var name = names.Claim((result.Name.Length == 0 ? "result" + i : result.Name) + "Type");
            resultParams[i] = name;
            if (result.Constraint.IsVariadic)
            {
                parameters.Add(new Parameter("global::System.Collections.Generic.IReadOnlyList<" + Ir + "MlirType> " + name + (result.Constraint.Arity == OdsValueArity.Variadic ? string.Empty : string.Empty), false));
            }
            else if (result.Constraint.IsOptional || inferred is not null)
            {
                parameters.Add(new Parameter(Ir + "MlirType? " + name + " = null", true));
            }
            else
            {
                parameters.Add(new Parameter(Ir + "MlirType " + name, false));
            }
        }

        var operandParams = new string[op.Operands.Count];
        var attributeParams = new Dictionary<string, string>();
        foreach (var argument in op.Arguments)
        {
            if (argument.Kind == OdsArgumentKind.Operand)
            {
                var operand = op.Operands[argument.Index];
                var name = names.Claim(operand.Name.Length == 0 ? "operand" + argument.Index : operand.Name);
                operandParams[argument.Index] = name;
                if (operand.Constraint.IsOptional)
                {
                    parameters.Add(new Parameter(Ir + "Value? " + name + " = null", true));
                }
                else if (operand.Constraint.IsVariadic)
                {
                    parameters.Add(new Parameter(ValueList + " " + name, false));
                }
                else
                {
                    parameters.Add(new Parameter(Ir + "Value " + name, false));
                }
            }
            else if (argument.Kind == OdsArgumentKind.Attribute)
            {
                var member = layout.Attributes.FirstOrDefault(a => a.Name == argument.Name);
                if (member is null)
                {
                    continue;
                }

                var name = names.Claim(member.Name);
                attributeParams[member.Name] = name;
                var typing = member.Typing;
                if (member.Attribute.Constraint.Kind == OdsAttributeKind.Unit)
                {
                    parameters.Add(new Parameter("bool " + name + " = false", true));
                }
                else if (member.IsRequired)
                {
                    parameters.Add(new Parameter(typing.ValueType + " " + name, false));
                }
                else
                {
                    parameters.Add(new Parameter(typing.Nullable + " " + name + " = null", true));
                }
            }
            else
            {
                var property = op.Properties[argument.Index];
                var name = names.Claim(property.Name);
                attributeParams[property.Name] = name;
                parameters.Add(new Parameter(Ir + "MlirAttribute? " + name + " = null", true));
            }
        }

        var successorParams = new string[op.Successors.Count];
        for (var i = 0; i < op.Successors.Count; i++)
        {
            var successor = op.Successors[i];
            var name = names.Claim(successor.Name.Length == 0 ? "successor" + i : successor.Name);
            successorParams[i] = name;
            parameters.Add(new Parameter(
                successor.IsVariadic ? "global::System.Collections.Generic.IReadOnlyList<" + Ir + "Block> " + name : Ir + "Block " + name,
                false));
        }

        string? variadicRegionCount = null;
        if (op.Regions.Any(r => r.IsVariadic))
        {
            variadicRegionCount = names.Claim(op.Regions.Last(r => r.IsVariadic).Name + "Count");
            parameters.Add(new Parameter("int " + variadicRegionCount + " = 0", true));
        }

        parameters.Add(new Parameter(Ir + "LocationAttr? location = null", true));
        parameters.Add(new Parameter(Ir + "MlirContext? context = null", true));

        // Required parameters first, keeping relative order; then the optional ones.
        var ordered = parameters.Where(p => !p.Optional).Concat(parameters.Where(p => p.Optional)).Select(p => p.Declaration);

        w.Line("/// <summary>Creates a detached <c>" + XmlDoc.Escape(op.FullName) + "</c>. Required operands, attributes, result types and successors are required parameters.</summary>");
        w.Line("public static " + layout.ClassName + " Create(" + string.Join(", ", ordered) + ")");
        w.Line("{");
        w.Indent();
        w.Line("var state = new " + Ir + "OperationState(OperationName, location, context);");

        for (var i = 0; i < op.Operands.Count; i++)
        {
            var operand = op.Operands[i];
            var p = operandParams[i];
            if (operand.Constraint.IsOptional)
            {
                w.Line("if (" + p + " is not null) state.Operands.Add(" + p + ");");
            }
            else if (operand.Constraint.IsVariadic)
            {
                w.Line("state.Operands.AddRange(" + p + ");");
            }
            else
            {
                w.Line("state.Operands.Add(" + p + ");");
            }
        }

        if (layout.OperandSegmentsAttribute is not null)
        {
            w.Line("state.AddAttribute(" + CSharpLiteral.String(layout.OperandSegmentsAttribute) + ", " + Support + ".DenseArray(" + Ir + "IntegerType.I32, new long[] { " + string.Join(", ", op.Operands.Select((o, i) => SegmentSize(o, operandParams[i]))) + " }));");
        }

        foreach (var member in layout.Attributes)
        {
            if (!attributeParams.TryGetValue(member.Name, out var p))
            {
                continue;
            }

            if (member.Attribute.Constraint.Kind == OdsAttributeKind.Unit)
            {
                w.Line("if (" + p + ") state.AddAttribute(" + CSharpLiteral.String(member.Name) + ", " + Ir + "UnitAttr.Instance);");
            }
            else if (member.IsRequired)
            {
                w.Line("state.AddAttribute(" + CSharpLiteral.String(member.Name) + ", " + member.Typing.Build(p) + ");");
            }
            else
            {
                var value = member.Typing.IsStruct ? p + ".Value" : p;
                w.Line("if (" + p + " is not null) state.AddAttribute(" + CSharpLiteral.String(member.Name) + ", " + member.Typing.Build(value) + ");");
            }
        }

        foreach (var property in op.Properties)
        {
            var p = attributeParams[property.Name];
            w.Line("if (" + p + " is not null) state.AddAttribute(" + CSharpLiteral.String(property.Name) + ", " + p + ");");
        }

        for (var i = 0; i < op.Results.Count; i++)
        {
            var result = op.Results[i];
            var p = resultParams[i];
            if (result.Constraint.IsVariadic)
            {
                w.Line("state.ResultTypes.AddRange(" + p + ");");
            }
            else if (result.Constraint.IsOptional)
            {
                w.Line("if (" + p + " is not null) state.ResultTypes.Add(" + p + ");");
            }
            else if (inferred is not null)
            {
                w.Line("state.ResultTypes.Add(" + p + " ?? " + inferred[i](operandParams, attributeParams) + ");");
            }
            else
            {
                w.Line("state.ResultTypes.Add(" + p + ");");
            }
        }

        if (layout.ResultSegmentsAttribute is not null)
        {
            w.Line("state.AddAttribute(" + CSharpLiteral.String(layout.ResultSegmentsAttribute) + ", " + Support + ".DenseArray(" + Ir + "IntegerType.I32, new long[] { " + string.Join(", ", op.Results.Select((r, i) => SegmentSize(r, resultParams[i]))) + " }));");
        }

        foreach (var region in op.Regions)
        {
            if (region.IsVariadic)
            {
                w.Line("for (var i = 0; i < " + variadicRegionCount + "; i++) state.AddRegion();");
            }
            else
            {
                w.Line("state.AddRegion();");
            }
        }

        for (var i = 0; i < op.Successors.Count; i++)
        {
            w.Line(op.Successors[i].IsVariadic ? "state.Successors.AddRange(" + successorParams[i] + ");" : "state.Successors.Add(" + successorParams[i] + ");");
        }

        w.Line("return new " + layout.ClassName + "(" + Ir + "Operation.Create(state));");
        w.Unindent();
        w.Line("}");
        w.Line();
    }

    private static string SegmentSize(OdsNamedValue value, string parameter) =>
        value.Constraint.IsOptional ? "(" + parameter + " is null ? 0 : 1)"
        : value.Constraint.IsVariadic ? parameter + ".Count"
        : "1";

    private delegate string TypeSource(string[] operandParams, Dictionary<string, string> attributeParams);

    /// <summary>Per result, how to compute its type from the factory's parameters; null when ODS cannot infer all of them.</summary>
    private static TypeSource[]? InferredTypes(OpLayout layout)
    {
        var op = layout.Op;
        if (!op.AllResultTypesKnown || op.ResultTypeSources.Count != op.Results.Count)
        {
            return null;
        }

        var sources = new TypeSource[op.Results.Count];
        for (var i = 0; i < op.Results.Count; i++)
        {
            var source = op.ResultTypeSources[i];
            if (source < 0)
            {
                var built = BuilderCallType(op.Results[i].Constraint.BuilderCall);
                if (built is null)
                {
                    return null;
                }

                sources[i] = (_, _) => built;
                continue;
            }

            if (source >= op.Arguments.Count)
            {
                return null;
            }

            var argument = op.Arguments[source];
            if (argument.Kind == OdsArgumentKind.Operand)
            {
                if (op.Operands[argument.Index].Constraint.IsVariableLength)
                {
                    return null;
                }

                var index = argument.Index;
                sources[i] = (operands, _) => operands[index] + ".Type";
            }
            else if (argument.Kind == OdsArgumentKind.Attribute)
            {
                var member = layout.Attributes.FirstOrDefault(a => a.Name == argument.Name);
                if (member is null || member.IsTyped || !member.IsRequired)
                {
                    return null;
                }

                var name = argument.Name;
                sources[i] = (_, attrs) => "(" + Support + ".AttributeType(" + attrs[name] + ") ?? throw new global::System.ArgumentException(\"cannot infer the result type from " + name + "\"))";
            }
            else
            {
                return null;
            }
        }

        return sources;
    }

    private static readonly Regex IntegerBuilder = new Regex(@"^\$_builder\.getIntegerType\((\d+)\)$");

    /// <summary>The C# type for common ODS builder calls (<c>$_builder.getI1Type()</c> and friends), or null.</summary>
    internal static string? BuilderCallType(string? call)
    {
        switch (call?.Trim())
        {
            case null: return null;
            case "$_builder.getI1Type()": return Ir + "IntegerType.I1";
            case "$_builder.getIndexType()": return Ir + "IndexType.Instance";
            case "$_builder.getF16Type()": return Ir + "FloatType.F16";
            case "$_builder.getBF16Type()": return Ir + "FloatType.BF16";
            case "$_builder.getF32Type()": return Ir + "FloatType.F32";
            case "$_builder.getF64Type()": return Ir + "FloatType.F64";
            case "$_builder.getNoneType()": return Ir + "NoneType.Instance";
        }

        var match = IntegerBuilder.Match(call!.Trim());
        return match.Success ? "new " + Ir + "IntegerType(" + match.Groups[1].Value + ")" : null;
    }
}
