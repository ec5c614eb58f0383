using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Format;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Emits <c>ParseAssembly</c> from an op format as OpFormatGen does: parse each element into per-variable
/// storage, then add regions, successors, attributes and segment sizes, resolve result types and operand types
/// (parsed, tied by traits, buildable or inferred through the <c>InferResultTypes</c> hook) and the operands.
/// </summary>
internal static class FormatParserEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Fs = FormatSupportEmitter.ClassName;
    private const string Status = Ir + "CustomDirectiveStatus";
    private const string TypeList = "global::System.Collections.Generic.List<" + Ir + "MlirType>";
    private const string TypeReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<" + Ir + "MlirType>";

    public static void Emit(SourceWriter w, FormatModel format, FormatContext context)
    {
        var layout = format.Layout;
        var op = layout.Op;
        w.Line("/// <summary>Parses the op's declarative assembly format (after the op name) into <paramref name=\"result\"/>.</summary>");
        using (w.Block("internal static bool ParseAssembly(" + Ir + "OpAsmParser parser, " + Ir + "OperationState result)"))
        {
            EmitStorage(w, format);
            var counter = new int[1];
            foreach (var element in format.Format.Elements)
            {
                EmitElement(w, format, context, element, optionalContext: false, counter);
            }

            EmitResolution(w, format, context);
            w.Line("return true;");
        }

        w.Line();
        if (format.InfersResultTypes)
        {
            w.Line("/// <summary>Infers the result types when the format spells none (InferTypeOpInterface); set status to Success.</summary>");
            w.Line("static partial void InferResultTypes(" + Ir + "OperationState state, " + TypeList + " resultTypes, ref " + Status + " status);");
            w.Line();
        }

        _ = op;
    }

    private static string Operands(int i) => "operands" + OpEmitter.Index(i);

    private static string OperandTypes(int i) => "operandTypes" + OpEmitter.Index(i);

    private static string ResultTypes(int i) => "resultTypes" + OpEmitter.Index(i);

    private static string Region(int i) => "region" + OpEmitter.Index(i);

    private static string Regions(int i) => "regions" + OpEmitter.Index(i);

    private static string Successors(int i) => "successors" + OpEmitter.Index(i);

    private static string Attr(string name) => "attr_" + FormatPrinterEmitter.Sanitize(name);

    private static void EmitStorage(SourceWriter w, FormatModel format)
    {
        var op = format.Layout.Op;
        for (var i = 0; i < op.Operands.Count; i++)
        {
            w.Line("var " + Operands(i) + " = new global::System.Collections.Generic.List<" + Ir + "UnresolvedOperand>();");
            w.Line("var " + OperandTypes(i) + " = new " + TypeList + "();");
        }

        for (var i = 0; i < op.Results.Count; i++)
        {
            w.Line("var " + ResultTypes(i) + " = new " + TypeList + "();");
        }

        for (var i = 0; i < op.Regions.Count; i++)
        {
            w.Line(op.Regions[i].IsVariadic
                ? "var " + Regions(i) + " = new global::System.Collections.Generic.List<" + Ir + "Region>();"
                : "var " + Region(i) + " = new " + Ir + "Region();");
        }

        for (var i = 0; i < op.Successors.Count; i++)
        {
            w.Line("var " + Successors(i) + " = new global::System.Collections.Generic.List<" + Ir + "Block>();");
        }

        w.Line("var allOperands = new global::System.Collections.Generic.List<" + Ir + "UnresolvedOperand>();");
        w.Line("var allOperandTypes = new " + TypeList + "();");
        w.Line("var allResultTypes = new " + TypeList + "();");
        w.Line("var fullRegions = new global::System.Collections.Generic.List<" + Ir + "Region>();");
        w.Line("var fullSuccessors = new global::System.Collections.Generic.List<" + Ir + "Block>();");
        foreach (var name in format.UsedAttributes)
        {
            w.Line(Ir + "MlirAttribute? " + Attr(name) + " = null;");
        }
    }

    private static void EmitElement(SourceWriter w, FormatModel format, FormatContext context, FormatElement element, bool optionalContext, int[] counter)
    {
        switch (element)
        {
            case LiteralElement { IsWhitespace: true }:
                return;
            case LiteralElement literal:
                w.Line(IsKeyword(literal.Text)
                    ? "if (!parser.ParseKeyword(" + CSharpLiteral.String(literal.Text) + ")) return false;"
                    : "if (!parser.ParsePunct(" + CSharpLiteral.String(literal.Text) + ")) return false;");
                return;
            case OptionalGroup group:
                EmitOptionalGroup(w, format, context, group, counter);
                return;
            case VariableElement v:
                EmitVariable(w, format, context, format.Lookup(v.Name)!, qualified: false, parseAsOptional: !optionalContext, counter);
                return;
            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified, Argument: VariableElement v }:
                EmitVariable(w, format, context, format.Lookup(v.Name)!, qualified: true, parseAsOptional: !optionalContext, counter);
                return;
            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified, Argument: WrapperDirective inner }:
                EmitTypes(w, format, inner.Argument);
                return;
            case WrapperDirective { Kind: WrapperDirectiveKind.Type } type:
                EmitTypes(w, format, type.Argument);
                return;
            case FunctionalTypeDirective f:
                w.Line("if (!" + Fs + ".ParseFunctionalType(parser, " + TypeListName(format, f.Inputs) + ", " + TypeListName(format, f.Results) + ")) return false;");
                return;
            case KeywordDirective { Kind: KeywordDirectiveKind.AttrDict }:
                w.Line("if (!parser.ParseOptionalAttrDict(result.Attributes)) return false;");
                return;
            case KeywordDirective { Kind: KeywordDirectiveKind.AttrDictWithKeyword }:
                w.Line("if (!parser.ParseOptionalAttrDictWithKeyword(result.Attributes)) return false;");
                return;
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                w.Line("if (!parser.ParseOperandList(allOperands)) return false;");
                return;
            case KeywordDirective { Kind: KeywordDirectiveKind.Regions }:
                w.Line("if (!" + Fs + ".ParseRegionList(parser, fullRegions)) return false;");
                return;
            case KeywordDirective { Kind: KeywordDirectiveKind.Successors }:
                w.Line("if (!" + Fs + ".ParseSuccessorList(parser, fullSuccessors)) return false;");
                return;
            case CustomDirective custom:
                EmitCustom(w, format, context, custom, optional: false, counter);
                return;
        }
    }

    private static bool IsKeyword(string text) => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_');

    private static void EmitOptionalGroup(SourceWriter w, FormatModel format, FormatContext context, OptionalGroup group, int[] counter)
    {
        var then = group.Then.Where(e => !(e is LiteralElement l && l.IsWhitespace)).ToList();
        var first = then[0];
        var anchor = group.Anchor;
        string? unitAnchor = null;
        if (anchor is VariableElement av && format.Lookup(av.Name) is { Kind: FormatVarKind.Attribute } anchorAttr
            && anchorAttr.Attribute!.Attribute.Constraint.Kind == OdsAttributeKind.Unit && !ReferenceEquals(first, anchor))
        {
            unitAnchor = av.Name;
        }

        string condition;
        switch (first)
        {
            case LiteralElement literal:
                condition = IsKeyword(literal.Text)
                    ? "parser.TryParseKeyword(" + CSharpLiteral.String(literal.Text) + ")"
                    : "parser.TryParsePunct(" + CSharpLiteral.String(literal.Text) + ")";
                break;
            case VariableElement v when format.Lookup(v.Name) is { Kind: FormatVarKind.Attribute } attr:
                EmitVariable(w, format, context, attr, FormatPrinterEmitter.IsQualified(group.Then, v.Name), parseAsOptional: true, counter);
                condition = Attr(v.Name) + " is not null";
                break;
            case VariableElement v when format.Lookup(v.Name) is { Kind: FormatVarKind.Operand } operand:
                if (operand.Arity == FormatArity.Variadic)
                {
                    w.Line("if (!parser.ParseOperandList(" + Operands(operand.Index) + ")) return false;");
                }
                else
                {
                    w.Line("if (parser.TryParseOperand() is { } " + Fresh("operand", counter) + ") " + Operands(operand.Index) + ".Add(" + Last("operand", counter) + ");");
                }

                condition = Operands(operand.Index) + ".Count != 0";
                break;
            case VariableElement v when format.Lookup(v.Name) is { Kind: FormatVarKind.Region } region:
                if (region.Arity == FormatArity.Variadic)
                {
                    w.Line("if (!" + Fs + ".ParseRegionList(parser, " + Regions(region.Index) + ")) return false;");
                    condition = Regions(region.Index) + ".Count != 0";
                }
                else
                {
                    condition = "parser.PeekPunct(\"{\")";
                    then.Insert(0, first);
                }

                break;
            case CustomDirective custom:
                var status = EmitCustom(w, format, context, custom, optional: true, counter);
                condition = status + " == " + Status + ".Success";
                break;
            default:
                condition = "true";
                then.Insert(0, first);
                break;
        }

        w.Line("if (" + condition + ")");
        w.Line("{");
        w.Indent();
        if (unitAnchor is not null)
        {
            w.Line(Attr(unitAnchor) + " = " + Ir + "UnitAttr.Instance;");
        }

        foreach (var child in then.Skip(1))
        {
            if (unitAnchor is not null && child is VariableElement cv && cv.Name == unitAnchor)
            {
                continue;
            }

            EmitElement(w, format, context, child, optionalContext: true, counter);
        }

        w.Unindent();
        w.Line("}");
        if (group.Else.Count > 0)
        {
            w.Line("else");
            w.Line("{");
            w.Indent();
            foreach (var child in group.Else)
            {
                EmitElement(w, format, context, child, optionalContext: true, counter);
            }

            w.Unindent();
            w.Line("}");
        }
    }

    private static string Fresh(string prefix, int[] counter)
    {
        counter[0]++;
        return Last(prefix, counter);
    }

    private static string Last(string prefix, int[] counter) => prefix + "_" + OpEmitter.Index(counter[0]);

    private static void EmitVariable(SourceWriter w, FormatModel format, FormatContext context, FormatVar variable, bool qualified, bool parseAsOptional, int[] counter)
    {
        switch (variable.Kind)
        {
            case FormatVarKind.Operand:
                {
                    var list = Operands(variable.Index);
                    if (variable.Arity == FormatArity.Variadic)
                    {
                        w.Line("if (!parser.ParseOperandList(" + list + ")) return false;");
                    }
                    else if (variable.Arity == FormatArity.Optional)
                    {
                        w.Line("if (parser.TryParseOperand() is { } " + Fresh("operand", counter) + ") " + list + ".Add(" + Last("operand", counter) + ");");
                    }
                    else
                    {
                        w.Line("if (parser.ParseOperand() is not { } " + Fresh("operand", counter) + ") return false;");
                        w.Line(list + ".Add(" + Last("operand", counter) + ");");
                    }

                    return;
                }

            case FormatVarKind.Region:
                w.Line(variable.Arity == FormatArity.Variadic
                    ? "if (!" + Fs + ".ParseRegionList(parser, " + Regions(variable.Index) + ")) return false;"
                    : "if (!parser.ParseRegion(" + Region(variable.Index) + ")) return false;");
                return;
            case FormatVarKind.Successor:
                if (variable.Arity == FormatArity.Variadic)
                {
                    w.Line("if (!" + Fs + ".ParseSuccessorList(parser, " + Successors(variable.Index) + ")) return false;");
                }
                else
                {
                    w.Line("if (parser.ParseSuccessor() is not { } " + Fresh("successor", counter) + ") return false;");
                    w.Line(Successors(variable.Index) + ".Add(" + Last("successor", counter) + ");");
                }

                return;
            case FormatVarKind.Attribute:
                EmitAttribute(w, context, variable.Attribute!, qualified, parseAsOptional && variable.Attribute!.Attribute.Constraint.IsOptional, counter);
                return;
        }
    }

    private static void EmitAttribute(SourceWriter w, FormatContext context, OpLayout.AttributeMember member, bool qualified, bool optional, int[] counter)
    {
        var fmt = context.AttributeFormat(member, qualified);
        var target = Attr(member.Name);
        var name = CSharpLiteral.String(member.Name);
        switch (fmt.Kind)
        {
            case AttributeFormatKind.EnumKeyword:
            case AttributeFormatKind.EnumWrapperBare:
            case AttributeFormatKind.EnumWrapperAngle:
                {
                    var entry = fmt.Enum!;
                    var loc = Fresh("loc", counter);
                    var text = Fresh("text", counter);
                    var value = Fresh("value", counter);
                    var cases = entry.Enum.Cases.Select(c => c.Str).ToList();
                    w.Line("{");
                    w.Indent();
                    w.Line("var " + loc + " = parser.CurrentLocation;");
                    if (fmt.Kind == AttributeFormatKind.EnumWrapperAngle)
                    {
                        w.Line(optional ? "if (parser.TryParsePunct(\"<\"))" : "if (!parser.ParsePunct(\"<\")) return false;");
                    }

                    if (optional)
                    {
                        w.Line("string? " + text + " = null;");
                        foreach (var c in cases.Where(IsKeyword))
                        {
                            w.Line("if (" + text + " is null && parser.TryParseKeyword(" + CSharpLiteral.String(c) + ")) " + text + " = " + CSharpLiteral.String(c) + ";");
                        }

                        if (fmt.Kind == AttributeFormatKind.EnumKeyword)
                        {
                            w.Line(text + " ??= parser.TryParseString();");
                        }

                        w.Line("if (" + text + " is not null)");
                    }
                    else if (entry.Enum.Kind == OdsEnumKind.Bit)
                    {
                        // Bit enums spell the set flags as keywords joined by the separator (`nsw, nuw`).
                        var separator = entry.Enum.Separator.Trim().Length == 0 ? "," : entry.Enum.Separator.Trim();
                        w.Line("var " + text + " = parser.TryParseAnyKeyword();");
                        w.Line("while (" + text + " is not null && parser.TryParsePunct(" + CSharpLiteral.String(separator) + "))");
                        w.Line("{");
                        w.Line("    if (parser.TryParseAnyKeyword() is not { } flag) { parser.EmitError(\"expected keyword\"); return false; }");
                        w.Line("    " + text + " += " + CSharpLiteral.String(separator) + " + flag;");
                        w.Line("}");
                        w.Line();
                        w.Line("if (" + text + " is null)");
                        w.Line("{");
                        w.Line("    parser.EmitError(" + CSharpLiteral.String("expected keyword containing one of the following enum values for attribute '" + member.Name + "' [" + string.Join(", ", cases) + "]") + ");");
                        w.Line("    return false;");
                        w.Line("}");
                        w.Line();
                    }
                    else
                    {
                        w.Line("var " + text + " = parser.TryParseAnyKeyword()" + (fmt.Kind == AttributeFormatKind.EnumKeyword ? " ?? parser.TryParseString()" : string.Empty) + ";");
                        w.Line("if (" + text + " is null)");
                        w.Line("{");
                        w.Line("    parser.EmitError(" + CSharpLiteral.String("expected string or keyword containing one of the following enum values for attribute '" + member.Name + "' [" + string.Join(", ", cases) + "]") + ");");
                        w.Line("    return false;");
                        w.Line("}");
                        w.Line();
                    }

                    w.Line("{");
                    w.Indent();
                    w.Line("if (!" + entry.HelperName + ".TryParse(" + text + ", out var " + value + "))");
                    w.Line("{");
                    w.Line("    parser.EmitError(" + loc + ", " + CSharpLiteral.String("invalid " + member.Name + " attribute specification: \"") + " + " + text + " + \"\\\"\");");
                    w.Line("    return false;");
                    w.Line("}");
                    w.Line();
                    if (fmt.Kind == AttributeFormatKind.EnumKeyword)
                    {
                        w.Line(target + " = " + member.Typing.Build(value) + ";");
                    }
                    else
                    {
                        var spelled = fmt.Kind == AttributeFormatKind.EnumWrapperBare
                            ? CSharpLiteral.String("#" + fmt.Dialect + "<" + fmt.Mnemonic + " ") + " + " + entry.HelperName + ".ToMlirString(" + value + ") + \">\""
                            : CSharpLiteral.String("#" + fmt.Dialect + "." + fmt.Mnemonic + "<") + " + " + entry.HelperName + ".ToMlirString(" + value + ") + \">\"";
                        if (fmt.Kind == AttributeFormatKind.EnumWrapperAngle)
                        {
                            w.Line("if (!parser.ParsePunct(\">\")) return false;");
                        }

                        w.Line(target + " = " + Fs + ".ParseAttributeText(parser, " + loc + ", " + spelled + ");");
                        w.Line("if (" + target + " is null) return false;");
                    }

                    w.Unindent();
                    w.Line("}");
                    w.Unindent();
                    w.Line("}");
                    break;
                }

            case AttributeFormatKind.SymbolName:
                {
                    var symbol = Fresh("symbol", counter);
                    if (optional)
                    {
                        w.Line("if (parser.TryParseSymbolName() is { } " + symbol + ") " + target + " = new " + Ir + "StringAttr(" + symbol + ");");
                    }
                    else
                    {
                        w.Line("if (parser.ParseSymbolName() is not { } " + symbol + ") return false;");
                        w.Line(target + " = new " + Ir + "StringAttr(" + symbol + ");");
                    }

                    break;
                }

            case AttributeFormatKind.WithoutType:
                w.Line(optional
                    ? target + " = parser.TryParseAttribute(" + fmt.TypeExpression + ");"
                    : "if ((" + target + " = parser.ParseAttribute(" + fmt.TypeExpression + ")) is null) return false;");
                break;
            case AttributeFormatKind.DenseArray:
                w.Line(optional
                    ? "if (parser.PeekPunct(\"[\") && (" + target + " = parser.ParseDenseArrayBody(" + fmt.TypeExpression + ")) is null) return false;"
                    : "if ((" + target + " = parser.ParseDenseArrayBody(" + fmt.TypeExpression + ")) is null) return false;");
                break;
            default:
                w.Line(optional
                    ? target + " = parser.TryParseAttribute();"
                    : "if ((" + target + " = parser.ParseAttribute()) is null) return false;");
                break;
        }

        _ = name;
    }

    /// <summary>The storage list a type directive argument parses into.</summary>
    private static string TypeListName(FormatModel format, FormatElement argument)
    {
        switch (argument)
        {
            case WrapperDirective w:
                return TypeListName(format, w.Argument);
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                return "allOperandTypes";
            case KeywordDirective { Kind: KeywordDirectiveKind.Results }:
                return "allResultTypes";
            case VariableElement v:
                {
                    var variable = format.Lookup(v.Name)!;
                    return variable.Kind == FormatVarKind.Operand ? OperandTypes(variable.Index) : ResultTypes(variable.Index);
                }

            default:
                return "allOperandTypes";
        }
    }

    private static FormatArity TypeArity(FormatModel format, FormatElement argument) =>
        argument is VariableElement v && format.Lookup(v.Name) is { } variable ? variable.Arity
        : argument is WrapperDirective w ? TypeArity(format, w.Argument)
        : FormatArity.Variadic;

    private static void EmitTypes(SourceWriter w, FormatModel format, FormatElement argument)
    {
        var list = TypeListName(format, argument);
        switch (TypeArity(format, argument))
        {
            case FormatArity.Single:
                w.Line("{");
                w.Line("    var type = parser.ParseType();");
                w.Line("    if (type is null) return false;");
                w.Line("    " + list + ".Add(type);");
                w.Line("}");
                break;
            case FormatArity.Optional:
                w.Line("if (parser.TryParseType() is { } " + list + "_type) " + list + ".Add(" + list + "_type);");
                break;
            default:
                w.Line("if (!parser.ParseTypeList(" + list + ")) return false;");
                break;
        }
    }

    /// <summary>Emits the call of a custom directive's parse hook; returns the status variable's name.</summary>
    private static string EmitCustom(SourceWriter w, FormatModel format, FormatContext context, CustomDirective custom, bool optional, int[] counter)
    {
        var signature = context.Directives.Signature(format, custom);
        var status = Fresh("status", counter);
        var loc = Fresh("loc", counter);
        var pre = new List<string>();
        var args = new List<string>();
        var post = new List<string>();
        for (var i = 0; i < custom.Arguments.Count; i++)
        {
            var parameter = signature.Parameters[i];
            var argument = custom.Arguments[i];
            var temp = Fresh("arg", counter);
            if (argument is WrapperDirective { Kind: WrapperDirectiveKind.Ref } r)
            {
                args.Add(RefValue(format, r.Argument, parameter));
                continue;
            }

            switch (argument)
            {
                case WrapperDirective { Kind: WrapperDirectiveKind.Type } t:
                    {
                        var list = TypeListName(format, t.Argument);
                        if (parameter.ParseByRef)
                        {
                            pre.Add(Ir + "MlirType? " + temp + " = null;");
                            args.Add("ref " + temp);
                            post.Add("if (" + temp + " is not null) " + list + ".Add(" + temp + ");");
                        }
                        else
                        {
                            args.Add(list);
                        }

                        break;
                    }

                case KeywordDirective:
                    args.Add("result.Attributes");
                    break;
                case VariableElement v:
                    {
                        var variable = format.Lookup(v.Name)!;
                        switch (variable.Kind)
                        {
                            case FormatVarKind.Operand when variable.Arity == FormatArity.Variadic:
                                args.Add(Operands(variable.Index));
                                break;
                            case FormatVarKind.Operand:
                                pre.Add(parameter.ParseType + " " + temp + " = default;");
                                args.Add("ref " + temp);
                                post.Add(variable.Arity == FormatArity.Single
                                    ? Operands(variable.Index) + ".Add(" + temp + ");"
                                    : "if (" + temp + " is { } " + temp + "_value) " + Operands(variable.Index) + ".Add(" + temp + "_value);");
                                break;
                            case FormatVarKind.Region:
                                args.Add(variable.Arity == FormatArity.Variadic ? Regions(variable.Index) : Region(variable.Index));
                                break;
                            case FormatVarKind.Successor when variable.Arity == FormatArity.Variadic:
                                args.Add(Successors(variable.Index));
                                break;
                            case FormatVarKind.Successor:
                                pre.Add(Ir + "Block? " + temp + " = null;");
                                args.Add("ref " + temp);
                                post.Add("if (" + temp + " is not null) " + Successors(variable.Index) + ".Add(" + temp + ");");
                                break;
                            default:
                                args.Add("ref " + Attr(v.Name));
                                break;
                        }

                        break;
                    }

                default:
                    args.Add("null");
                    break;
            }
        }

        foreach (var line in pre)
        {
            w.Line(line);
        }

        w.Line("var " + loc + " = parser.CurrentLocation;");
        w.Line("var " + status + " = " + context.Directives.ClassName + ".InvokeParse" + custom.Name + "(parser" + string.Concat(args.Select(a => ", " + a)) + ");");
        if (optional)
        {
            w.Line("if (" + status + " != " + Status + ".Success && " + status + " != " + Status + ".Absent) return " + Fs + ".DirectiveFailed(parser, " + loc + ", " + status + ", " + CSharpLiteral.String(custom.Name) + ");");
        }
        else
        {
            w.Line("if (" + status + " != " + Status + ".Success) return " + Fs + ".DirectiveFailed(parser, " + loc + ", " + status + ", " + CSharpLiteral.String(custom.Name) + ");");
        }

        foreach (var line in post)
        {
            w.Line(line);
        }

        return status;
    }

    /// <summary>The by-value argument for <c>ref(...)</c>: what has been parsed so far.</summary>
    private static string RefValue(FormatModel format, FormatElement argument, DirectiveParameter parameter)
    {
        switch (argument)
        {
            case WrapperDirective { Kind: WrapperDirectiveKind.Type } t:
                {
                    var list = TypeListName(format, t.Argument);
                    return parameter.ParseType.EndsWith("?", System.StringComparison.Ordinal) ? "(" + list + ".Count != 0 ? " + list + "[0] : null)" : list;
                }

            case KeywordDirective:
                return "result.Attributes";
            case VariableElement v:
                {
                    var variable = format.Lookup(v.Name)!;
                    switch (variable.Kind)
                    {
                        case FormatVarKind.Operand:
                            var list = Operands(variable.Index);
                            return variable.Arity == FormatArity.Variadic ? list
                                : variable.Arity == FormatArity.Optional ? "(" + list + ".Count != 0 ? " + list + "[0] : (" + Ir + "UnresolvedOperand?)null)"
                                : "(" + list + ".Count != 0 ? " + list + "[0] : default)";
                        case FormatVarKind.Region:
                            return variable.Arity == FormatArity.Variadic ? Regions(variable.Index) : Region(variable.Index);
                        case FormatVarKind.Successor:
                            var successors = Successors(variable.Index);
                            return variable.Arity == FormatArity.Variadic ? successors : "(" + successors + ".Count != 0 ? " + successors + "[0] : null)";
                        default:
                            return Attr(v.Name);
                    }
                }

            default:
                return "null";
        }
    }

    /// <summary>DefaultValuedAttr (not optional) attributes whose default is a C# literal: parsing fills them in.</summary>
    internal static IEnumerable<OpLayout.AttributeMember> DefaultPopulated(OpLayout layout) =>
        layout.Attributes.Where(a => a.Default is not null && !a.Attribute.Constraint.IsOptional && a.Attribute.Constraint.Kind != OdsAttributeKind.Unit);

    private static void EmitResolution(SourceWriter w, FormatModel format, FormatContext context)
    {
        var layout = format.Layout;
        var op = layout.Op;

        // Regions and successors, in op order.
        if (format.HasAllRegions)
        {
            w.Line("result.Regions.AddRange(fullRegions);");
        }
        else
        {
            for (var i = 0; i < op.Regions.Count; i++)
            {
                w.Line(op.Regions[i].IsVariadic ? "result.Regions.AddRange(" + Regions(i) + ");" : "result.Regions.Add(" + Region(i) + ");");
            }
        }

        if (op.Regions.Count > 0 && op.Traits.Any(t => t.QualifiedName == "::mlir::OpTrait::SingleBlock"))
        {
            w.Line(Fs + ".EnsureBlock(result.Regions);");
        }

        if (format.HasAllSuccessors)
        {
            w.Line("result.Successors.AddRange(fullSuccessors);");
        }
        else
        {
            for (var i = 0; i < op.Successors.Count; i++)
            {
                w.Line("result.Successors.AddRange(" + Successors(i) + ");");
            }
        }

        foreach (var name in format.UsedAttributes)
        {
            w.Line("if (" + Attr(name) + " is not null) result.AddAttribute(" + CSharpLiteral.String(name) + ", " + Attr(name) + ");");
        }

        // Like MLIR's populateDefaultAttrs: a DefaultValuedAttr the text leaves out gets its default.
        foreach (var member in DefaultPopulated(layout))
        {
            w.Line("if (!" + Fs + ".HasAttribute(result.Attributes, " + CSharpLiteral.String(member.Name) + "))");
            w.Line("{");
            w.Indent();
            var fmt = context.AttributeFormat(member, qualified: false);
            if (fmt.Kind == AttributeFormatKind.EnumWrapperBare || fmt.Kind == AttributeFormatKind.EnumWrapperAngle)
            {
                var text = fmt.Kind == AttributeFormatKind.EnumWrapperBare
                    ? CSharpLiteral.String("#" + fmt.Dialect + "<" + fmt.Mnemonic + " ") + " + " + fmt.Enum!.HelperName + ".ToMlirString(" + member.Default + ") + \">\""
                    : CSharpLiteral.String("#" + fmt.Dialect + "." + fmt.Mnemonic + "<") + " + " + fmt.Enum!.HelperName + ".ToMlirString(" + member.Default + ") + \">\"";
                w.Line("var defaultValue = " + Fs + ".ParseAttributeText(parser, parser.CurrentLocation, " + text + ");");
                w.Line("if (defaultValue is null) return false;");
                w.Line("result.AddAttribute(" + CSharpLiteral.String(member.Name) + ", defaultValue);");
            }
            else
            {
                w.Line("result.AddAttribute(" + CSharpLiteral.String(member.Name) + ", " + member.Typing.Build(member.Default!) + ");");
            }

            w.Unindent();
            w.Line("}");
        }

        if (!format.AllOperands && layout.OperandSegmentsAttribute is not null)
        {
            var sizes = op.Operands.Select((o, i) => o.Constraint.IsVariableLength ? Operands(i) + ".Count" : "1");
            w.Line("result.AddAttribute(" + CSharpLiteral.String(layout.OperandSegmentsAttribute) + ", " + SupportEmitter.ClassName + ".DenseArray(" + Ir + "IntegerType.I32, new long[] { " + string.Join(", ", sizes) + " }));");
        }

        // Result types.
        var resultLists = new string[op.Results.Count];
        if (format.AllResultTypes)
        {
            w.Line("result.ResultTypes.AddRange(allResultTypes);");
        }
        else if (!format.InfersResultTypes)
        {
            for (var i = 0; i < op.Results.Count; i++)
            {
                var local = "results" + OpEmitter.Index(i);
                resultLists[i] = local;
                w.Line(TypeReadOnlyList + "? " + local + " = " + SourceExpression(format, format.ResultTypes[i]!, ResultTypes(i), op.Results[i].Name) + ";");
                w.Line("if (" + local + " is null) return false;");
                w.Line("result.ResultTypes.AddRange(" + local + ");");
            }
        }

        if (!format.AllResultTypes && !format.InfersResultTypes && layout.ResultSegmentsAttribute is not null)
        {
            var sizes = op.Results.Select((r, i) => r.Constraint.IsVariableLength ? resultLists[i] + ".Count" : "1");
            w.Line("result.AddAttribute(" + CSharpLiteral.String(layout.ResultSegmentsAttribute) + ", " + SupportEmitter.ClassName + ".DenseArray(" + Ir + "IntegerType.I32, new long[] { " + string.Join(", ", sizes) + " }));");
        }

        // Operands.
        if (op.Operands.Count > 0)
        {
            if (format.AllOperandTypes)
            {
                var operands = format.AllOperands ? "allOperands"
                    : Fs + ".Concat<" + Ir + "UnresolvedOperand>(" + string.Join(", ", op.Operands.Select((o, i) => Operands(i))) + ")";
                w.Line("if (!parser.ResolveOperands(" + operands + ", allOperandTypes, result.Operands)) return false;");
            }
            else
            {
                var typeLists = new List<string>();
                for (var i = 0; i < op.Operands.Count; i++)
                {
                    var source = format.OperandTypes[i]!;
                    var local = "types" + OpEmitter.Index(i);
                    typeLists.Add(local);
                    w.Line(TypeReadOnlyList + "? " + local + " = " + SourceExpression(format, source, OperandTypes(i), op.Operands[i].Name) + ";");
                    w.Line("if (" + local + " is null) return false;");
                    if (!format.AllOperands)
                    {
                        w.Line(source.Parsed
                            ? "if (!parser.ResolveOperands(" + Operands(i) + ", " + local + ", result.Operands)) return false;"
                            : "if (!" + Fs + ".Resolve(parser, " + Operands(i) + ", " + local + ", result.Operands)) return false;");
                    }
                }

                if (format.AllOperands)
                {
                    w.Line("if (!" + Fs + ".Resolve(parser, allOperands, " + Fs + ".Concat<" + Ir + "MlirType>(" + string.Join(", ", typeLists) + "), result.Operands)) return false;");
                }
            }
        }

        if (format.InfersResultTypes)
        {
            w.Line("{");
            w.Indent();
            w.Line("var inferred = new " + TypeList + "();");
            w.Line("var status = " + Status + ".NotImplemented;");
            w.Line("InferResultTypes(result, inferred, ref status);");
            w.Line("if (status != " + Status + ".Success)");
            w.Line("{");
            w.Line("    if (status == " + Status + ".NotImplemented) parser.EmitError(" + CSharpLiteral.String("cannot infer the result types of '" + op.FullName + "': implement the InferResultTypes hook") + ");");
            w.Line("    return false;");
            w.Line("}");
            w.Line();
            w.Line("result.ResultTypes.AddRange(inferred);");
            w.Unindent();
            w.Line("}");
        }
    }

    /// <summary>A C# expression (an <c>IReadOnlyList&lt;MlirType&gt;?</c>) for where a group's types come from.</summary>
    private static string SourceExpression(FormatModel format, TypeSource source, string ownList, string what)
    {
        if (source.Parsed)
        {
            return ownList;
        }

        if (source.All)
        {
            return "allResultTypes";
        }

        if (source.Buildable is not null)
        {
            return "new " + Ir + "MlirType[] { " + source.Buildable + " }";
        }

        var variable = source.Variable!;
        if (source.Transform is not null)
        {
            var list = variable.Kind == FormatVarKind.Operand ? OperandTypes(variable.Index) : variable.Kind == FormatVarKind.Result ? ResultTypes(variable.Index) : null;
            if (list is not null)
            {
                return Fs + "." + source.Transform + "(parser, " + list + ", " + CSharpLiteral.String(what) + ")";
            }
        }

        switch (variable.Kind)
        {
            case FormatVarKind.Attribute:
                return Fs + ".TypeOfAttribute(parser, " + Attr(variable.Name) + ", " + CSharpLiteral.String(what) + ")";
            case FormatVarKind.Operand:
                return variable.Arity == FormatArity.Variadic ? OperandTypes(variable.Index) : Fs + ".Single(parser, " + OperandTypes(variable.Index) + ", " + CSharpLiteral.String(what) + ")";
            default:
                return variable.Arity == FormatArity.Variadic ? ResultTypes(variable.Index) : Fs + ".Single(parser, " + ResultTypes(variable.Index) + ", " + CSharpLiteral.String(what) + ")";
        }
    }
}
