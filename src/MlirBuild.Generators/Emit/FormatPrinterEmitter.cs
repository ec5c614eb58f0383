using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Format;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Emits <c>PrintAssembly</c> and <c>CanPrintAssembly</c> from an op format, with OpFormatGen's spacing rules: a
/// space goes before each element unless the previous literal was an opening bracket or the element is
/// punctuation that hugs its neighbour; <c>``</c> suppresses the next space, <c>` `</c> forces one.
/// </summary>
internal static class FormatPrinterEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Fs = FormatSupportEmitter.ClassName;

    /// <summary>Compile-time spacing state, threaded through the elements in order (as mlir-tblgen does).</summary>
    private sealed class Spacing
    {
        public bool ShouldEmitSpace = true;
        public bool LastWasPunctuation;
    }

    public static void Emit(SourceWriter w, FormatModel format, FormatContext context)
    {
        var layout = format.Layout;
        w.Line("/// <summary>Prints the op in its declarative assembly format (after the op name).</summary>");
        using (w.Block("internal static void PrintAssembly(" + Ir + "Operation op, " + Ir + "OpAsmPrinter printer)"))
        {
            w.Line("var self = new " + layout.ClassName + "(op);");
            w.Line("_ = self;");
            var spacing = new Spacing();
            foreach (var element in format.Format.Elements)
            {
                EmitElement(w, format, context, element, spacing, null);
            }
        }

        w.Line();
        EmitCanPrint(w, format, context);
    }

    private static void EmitElement(SourceWriter w, FormatModel format, FormatContext context, FormatElement element, Spacing spacing, FormatElement? elided)
    {
        switch (element)
        {
            case LiteralElement { IsNewline: true }:
                w.Line("printer.PrintNewline();");
                return;
            case LiteralElement { IsSpace: true }:
                w.Line("printer.Write(\" \");");
                spacing.LastWasPunctuation = false;
                spacing.ShouldEmitSpace = false;
                return;
            case LiteralElement { IsEmpty: true }:
                spacing.LastWasPunctuation = true;
                spacing.ShouldEmitSpace = false;
                return;
            case LiteralElement literal:
                {
                    var value = literal.Text;
                    var space = spacing.ShouldEmitSpace && ShouldEmitSpaceBefore(value, spacing.LastWasPunctuation);
                    w.Line("printer.Write(" + CSharpLiteral.String((space ? " " : string.Empty) + value) + ");");
                    spacing.ShouldEmitSpace = value.Length != 1 || "<({[".IndexOf(value[0]) < 0;
                    spacing.LastWasPunctuation = value[0] != '_' && !char.IsLetter(value[0]);
                    return;
                }

            case OptionalGroup group:
                EmitOptionalGroup(w, format, context, group, spacing);
                return;
            case KeywordDirective { Kind: KeywordDirectiveKind.AttrDict or KeywordDirectiveKind.AttrDictWithKeyword } dict:
                EmitAttrDict(w, format, dict.Kind == KeywordDirectiveKind.AttrDictWithKeyword);
                spacing.LastWasPunctuation = false;
                return;
        }

        if (spacing.ShouldEmitSpace || !spacing.LastWasPunctuation)
        {
            w.Line("printer.Write(\" \");");
        }

        spacing.LastWasPunctuation = false;
        spacing.ShouldEmitSpace = true;
        switch (element)
        {
            case VariableElement v:
                EmitVariable(w, format, context, format.Lookup(v.Name)!, qualified: false);
                break;
            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified, Argument: VariableElement v }:
                EmitVariable(w, format, context, format.Lookup(v.Name)!, qualified: true);
                break;
            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified, Argument: WrapperDirective inner }:
                EmitTypes(w, format, inner.Argument);
                break;
            case WrapperDirective { Kind: WrapperDirectiveKind.Type } type:
                EmitTypes(w, format, type.Argument);
                break;
            case FunctionalTypeDirective f:
                w.Line("printer.PrintFunctionalType(" + TypesExpression(format, f.Inputs) + ", " + TypesExpression(format, f.Results) + ");");
                break;
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                w.Line("printer.PrintOperands(op.Operands);");
                break;
            case KeywordDirective { Kind: KeywordDirectiveKind.Regions }:
                w.Line(Fs + ".PrintRegions(printer, op.Regions);");
                break;
            case KeywordDirective { Kind: KeywordDirectiveKind.Successors }:
                w.Line(Fs + ".PrintSuccessors(printer, op.Successors);");
                break;
            case CustomDirective custom:
                EmitCustom(w, format, context, custom);
                break;
        }

        _ = elided;
    }

    /// <summary>MLIR's rule for a space before a literal.</summary>
    internal static bool ShouldEmitSpaceBefore(string value, bool lastWasPunctuation)
    {
        if (value.Length != 1 && value != "->")
        {
            return true;
        }

        if (lastWasPunctuation)
        {
            return ">)}],".IndexOf(value[0]) < 0;
        }

        return "<>(){}[],".IndexOf(value[0]) < 0;
    }

    private static void EmitOptionalGroup(SourceWriter w, FormatModel format, FormatContext context, OptionalGroup group, Spacing spacing)
    {
        var anchor = group.Anchor;
        FormatElement? elided = null;
        if (anchor is VariableElement av && format.Lookup(av.Name) is { Kind: FormatVarKind.Attribute } attr
            && attr.Attribute!.Attribute.Constraint.Kind == OdsAttributeKind.Unit
            && !ReferenceEquals(FirstNonSpace(group.Then), anchor) && (group.Else.Count == 0 || !ReferenceEquals(FirstNonSpace(group.Else), anchor)))
        {
            elided = anchor;
        }

        w.Line("if (" + AnchorCondition(format, anchor) + ")");
        w.Line("{");
        w.Indent();
        foreach (var child in group.Then)
        {
            if (!ReferenceEquals(child, elided))
            {
                EmitElement(w, format, context, child, spacing, elided);
            }
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
                EmitElement(w, format, context, child, spacing, elided);
            }

            w.Unindent();
            w.Line("}");
        }
    }

    internal static FormatElement? FirstNonSpace(IEnumerable<FormatElement> elements) =>
        elements.FirstOrDefault(e => !(e is LiteralElement l && l.IsWhitespace));

    /// <summary>The C# condition under which an optional group's anchor is present.</summary>
    internal static string AnchorCondition(FormatModel format, FormatElement anchor)
    {
        switch (anchor)
        {
            case WrapperDirective w:
                return AnchorCondition(format, w.Argument);
            case FunctionalTypeDirective f:
                return AnchorCondition(format, f.Inputs);
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                return "op.NumOperands != 0";
            case KeywordDirective { Kind: KeywordDirectiveKind.Results }:
                return "op.NumResults != 0";
            case KeywordDirective { Kind: KeywordDirectiveKind.Regions }:
                return "op.Regions.Count != 0";
            case CustomDirective c:
                return "(" + string.Join(" || ", c.Arguments.Select(a => "(" + AnchorCondition(format, a) + ")")) + ")";
            case VariableElement v:
                {
                    var variable = format.Lookup(v.Name)!;
                    var layout = format.Layout;
                    switch (variable.Kind)
                    {
                        case FormatVarKind.Operand:
                            return variable.Arity == FormatArity.Optional ? "self." + layout.OperandNames[variable.Index] + " is not null"
                                : variable.Arity == FormatArity.Variadic ? "self." + layout.OperandNames[variable.Index] + ".Count != 0" : "true";
                        case FormatVarKind.Result:
                            return variable.Arity == FormatArity.Optional ? "self." + layout.ResultNames[variable.Index] + " is not null"
                                : variable.Arity == FormatArity.Variadic ? "self." + layout.ResultNames[variable.Index] + ".Count != 0" : "true";
                        case FormatVarKind.Region:
                            return variable.Arity == FormatArity.Variadic ? "self." + layout.RegionNames[variable.Index] + ".Count != 0" : "!self." + layout.RegionNames[variable.Index] + ".IsEmpty";
                        case FormatVarKind.Successor:
                            return variable.Arity == FormatArity.Variadic ? "self." + layout.SuccessorNames[variable.Index] + ".Count != 0" : "true";
                        default:
                            {
                                var member = variable.Attribute!;
                                var get = "op.GetAttr(" + CSharpLiteral.String(member.Name) + ")";
                                if (member.Default is not null && member.Attribute.Constraint.Kind != OdsAttributeKind.Unit)
                                {
                                    // A default-valued attribute counts as present when it differs from its default.
                                    return get + " is not null && " + member.Typing.Read(get) + " != " + member.Default;
                                }

                                return get + " is not null";
                            }
                    }
                }

            default:
                return "true";
        }
    }

    internal static string Sanitize(string name) => CSharpLiteral.Identifier(name.Replace('.', '_'));

    private static void EmitAttrDict(SourceWriter w, FormatModel format, bool withKeyword)
    {
        var layout = format.Layout;
        var elided = new List<string>();
        if (!format.AllOperands && layout.OperandSegmentsAttribute is not null)
        {
            elided.Add(layout.OperandSegmentsAttribute);
        }

        if (!format.AllResultTypes && layout.ResultSegmentsAttribute is not null)
        {
            elided.Add(layout.ResultSegmentsAttribute);
        }

        elided.AddRange(format.UsedAttributes);
        var defaults = layout.Attributes.Where(a => a.Default is not null && a.Attribute.Constraint.Kind != OdsAttributeKind.Unit && !format.UsedAttributes.Contains(a.Name)).ToList();
        var array = "new string[] { " + string.Join(", ", elided.Select(CSharpLiteral.String)) + " }";
        if (defaults.Count == 0)
        {
            w.Line(Fs + ".PrintAttrDict(printer, op, " + (elided.Count == 0 ? "global::System.Array.Empty<string>()" : array) + ", " + (withKeyword ? "true" : "false") + ");");
            return;
        }

        w.Line("{");
        w.Indent();
        w.Line("var elided = new global::System.Collections.Generic.List<string>(" + array + ");");
        foreach (var member in defaults)
        {
            // attr-dict leaves out default-valued attributes that hold their default.
            w.Line("if (" + member.Typing.Read("op.GetAttr(" + CSharpLiteral.String(member.Name) + ")") + " == " + member.Default + ") elided.Add(" + CSharpLiteral.String(member.Name) + ");");
        }

        w.Line(Fs + ".PrintAttrDict(printer, op, elided, " + (withKeyword ? "true" : "false") + ");");
        w.Unindent();
        w.Line("}");
    }

    private static void EmitVariable(SourceWriter w, FormatModel format, FormatContext context, FormatVar variable, bool qualified)
    {
        var layout = format.Layout;
        switch (variable.Kind)
        {
            case FormatVarKind.Operand:
                {
                    var name = "self." + layout.OperandNames[variable.Index];
                    w.Line(variable.Arity == FormatArity.Single ? "printer.PrintOperand(" + name + ");"
                        : variable.Arity == FormatArity.Optional ? "if (" + name + " is { } value) printer.PrintOperand(value);"
                        : "printer.PrintOperands(" + name + ");");
                    return;
                }

            case FormatVarKind.Region:
                {
                    var name = "self." + layout.RegionNames[variable.Index];
                    w.Line(variable.Arity == FormatArity.Variadic ? Fs + ".PrintRegions(printer, " + name + ");" : "printer.PrintRegion(" + name + ");");
                    return;
                }

            case FormatVarKind.Successor:
                {
                    var name = "self." + layout.SuccessorNames[variable.Index];
                    w.Line(variable.Arity == FormatArity.Variadic ? Fs + ".PrintSuccessors(printer, " + name + ");" : "printer.PrintSuccessor(" + name + ");");
                    return;
                }

            case FormatVarKind.Attribute:
                EmitAttribute(w, context, variable.Attribute!, qualified);
                return;
        }
    }

    private static void EmitAttribute(SourceWriter w, FormatContext context, OpLayout.AttributeMember member, bool qualified)
    {
        var fmt = context.AttributeFormat(member, qualified);
        var local = "attr_" + Sanitize(member.Name);
        w.Line("if (op.GetAttr(" + CSharpLiteral.String(member.Name) + ") is { } " + local + ")");
        w.Line("{");
        w.Indent();
        switch (fmt.Kind)
        {
            case AttributeFormatKind.EnumKeyword:
                w.Line("printer.PrintKeywordOrString(" + fmt.Enum!.HelperName + ".ToMlirString(" + fmt.Enum.HelperName + ".FromAttribute(" + local + ")!.Value));");
                break;
            case AttributeFormatKind.EnumWrapperBare:
                w.Line("printer.Write(\" \" + " + fmt.Enum!.HelperName + ".ToMlirString(" + fmt.Enum.HelperName + ".FromAttribute(" + local + ")!.Value));");
                break;
            case AttributeFormatKind.EnumWrapperAngle:
                w.Line("printer.Write(\"<\" + " + fmt.Enum!.HelperName + ".ToMlirString(" + fmt.Enum.HelperName + ".FromAttribute(" + local + ")!.Value) + \">\");");
                break;
            case AttributeFormatKind.SymbolName:
                w.Line("printer.PrintSymbolName(((" + Ir + "StringAttr)" + local + ").Value);");
                break;
            case AttributeFormatKind.WithoutType:
                w.Line("printer.PrintAttributeWithoutType(" + local + ");");
                break;
            case AttributeFormatKind.DenseArray:
                w.Line("printer.PrintDenseArrayBody((" + Ir + "DenseArrayAttr)" + local + ");");
                break;
            default:
                w.Line("printer.PrintAttribute(" + local + ");");
                break;
        }

        w.Unindent();
        w.Line("}");
    }

    private static void EmitTypes(SourceWriter w, FormatModel format, FormatElement argument)
    {
        if (argument is VariableElement v && format.Lookup(v.Name) is { Arity: FormatArity.Single } single)
        {
            var names = single.Kind == FormatVarKind.Operand ? format.Layout.OperandNames : format.Layout.ResultNames;
            w.Line("printer.PrintType(self." + names[single.Index] + ".Type);");
            return;
        }

        w.Line("printer.PrintTypes(" + TypesExpression(format, argument) + ");");
    }

    /// <summary>An <c>IReadOnlyList&lt;MlirType&gt;</c> expression for a type directive argument.</summary>
    internal static string TypesExpression(FormatModel format, FormatElement argument)
    {
        switch (argument)
        {
            case WrapperDirective w:
                return TypesExpression(format, w.Argument);
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                return Fs + ".TypesOf(op.Operands)";
            case KeywordDirective { Kind: KeywordDirectiveKind.Results }:
                return Fs + ".TypesOf(op.Results)";
            case VariableElement v:
                {
                    var variable = format.Lookup(v.Name)!;
                    var names = variable.Kind == FormatVarKind.Operand ? format.Layout.OperandNames : format.Layout.ResultNames;
                    var name = "self." + names[variable.Index];
                    return variable.Arity == FormatArity.Single ? "new " + Ir + "MlirType[] { " + name + ".Type }" : Fs + ".TypesOf(" + name + ")";
                }

            default:
                return "global::System.Array.Empty<" + Ir + "MlirType>()";
        }
    }

    private static void EmitCustom(SourceWriter w, FormatModel format, FormatContext context, CustomDirective custom)
    {
        var signature = context.Directives.Signature(format, custom);
        var args = custom.Arguments.Select(a => PrintArgument(format, a));
        w.Line(context.Directives.ClassName + ".InvokePrint" + custom.Name + "(printer, op" + string.Concat(args.Select(a => ", " + a)) + ");");
        _ = signature;
    }

    /// <summary>The print-side value of one custom directive argument.</summary>
    internal static string PrintArgument(FormatModel format, FormatElement argument)
    {
        var layout = format.Layout;
        switch (argument)
        {
            case WrapperDirective { Kind: WrapperDirectiveKind.Ref } r:
                return PrintArgument(format, r.Argument);
            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified } q:
                return PrintArgument(format, q.Argument);
            case WrapperDirective { Kind: WrapperDirectiveKind.Type } t:
                {
                    if (t.Argument is VariableElement tv && format.Lookup(tv.Name) is { } variable)
                    {
                        var names = variable.Kind == FormatVarKind.Operand ? layout.OperandNames : layout.ResultNames;
                        var name = "self." + names[variable.Index];
                        return variable.Arity == FormatArity.Single ? name + ".Type"
                            : variable.Arity == FormatArity.Optional ? name + "?.Type"
                            : Fs + ".TypesOf(" + name + ")";
                    }

                    return TypesExpression(format, t.Argument);
                }

            case KeywordDirective { Kind: KeywordDirectiveKind.AttrDict or KeywordDirectiveKind.AttrDictWithKeyword }:
                return "global::System.Linq.Enumerable.ToArray(op.Attributes.Entries)";
            case VariableElement v:
                {
                    var variable = format.Lookup(v.Name)!;
                    switch (variable.Kind)
                    {
                        case FormatVarKind.Operand:
                            return "self." + layout.OperandNames[variable.Index];
                        case FormatVarKind.Result:
                            return "self." + layout.ResultNames[variable.Index];
                        case FormatVarKind.Region:
                            return "self." + layout.RegionNames[variable.Index];
                        case FormatVarKind.Successor:
                            return "self." + layout.SuccessorNames[variable.Index];
                        default:
                            return "op.GetAttr(" + CSharpLiteral.String(variable.Name) + ")";
                    }
                }

            default:
                return "null!";
        }
    }

    private static void EmitCanPrint(SourceWriter w, FormatModel format, FormatContext context)
    {
        var layout = format.Layout;
        var op = layout.Op;
        w.Line("/// <summary>Whether the op can be written in its assembly format (else it prints generic).</summary>");
        using (w.Block("internal static bool CanPrintAssembly(" + Ir + "Operation op)"))
        {
            if (layout.OperandsSegmented)
            {
                w.Line("if (" + SupportEmitter.ClassName + ".SegmentSizes(op, op.NumOperands, OperandVariable, " + Quoted(layout.OperandSegmentsAttribute) + ") is null) return false;");
            }
            else
            {
                w.Line("if (op.NumOperands != " + OpEmitter.Index(op.Operands.Count) + ") return false;");
            }

            if (layout.ResultsSegmented)
            {
                w.Line("if (" + SupportEmitter.ClassName + ".SegmentSizes(op, op.NumResults, ResultVariable, " + Quoted(layout.ResultSegmentsAttribute) + ") is null) return false;");
            }
            else
            {
                w.Line("if (op.NumResults != " + OpEmitter.Index(op.Results.Count) + ") return false;");
            }

            var fixedRegions = op.Regions.Count(r => !r.IsVariadic);
            w.Line(op.Regions.Any(r => r.IsVariadic)
                ? "if (op.Regions.Count < " + OpEmitter.Index(fixedRegions) + ") return false;"
                : "if (op.Regions.Count != " + OpEmitter.Index(fixedRegions) + ") return false;");
            var fixedSuccessors = op.Successors.Count(s => !s.IsVariadic);
            w.Line(op.Successors.Any(s => s.IsVariadic)
                ? "if (op.SuccessorOperands.Count < " + OpEmitter.Index(fixedSuccessors) + ") return false;"
                : "if (op.SuccessorOperands.Count != " + OpEmitter.Index(fixedSuccessors) + ") return false;");

            var optionalNames = new HashSet<string>();
            CollectOptionalAttributes(format, format.Format.Elements, inGroup: false, optionalNames);
            foreach (var name in format.UsedAttributes)
            {
                var variable = format.Lookup(name)!;
                var member = variable.Attribute!;
                var fmt = context.AttributeFormat(member, IsQualified(format.Format.Elements, name));
                var get = "op.GetAttr(" + CSharpLiteral.String(name) + ")";
                var mayBeAbsent = optionalNames.Contains(name) || member.Attribute.Constraint.Kind == OdsAttributeKind.Unit;
                var local = "c_" + Sanitize(name);
                if (mayBeAbsent)
                {
                    w.Line("if (" + get + " is { } " + local + " && !(" + fmt.Printable(local) + ")) return false;");
                }
                else
                {
                    w.Line("if (" + get + " is not { } " + local + " || !(" + fmt.Printable(local) + ")) return false;");
                }
            }

            // Keep pretty print/parse a fixed point: parsing fills in absent DefaultValuedAttrs, and printing leaves
            // out a DefaultValuedOptionalAttr at its default (in attr-dict or as a group anchor).
            foreach (var member in FormatParserEmitter.DefaultPopulated(layout))
            {
                w.Line("if (op.GetAttr(" + CSharpLiteral.String(member.Name) + ") is null) return false;");
            }

            var anchors = new HashSet<string>();
            CollectAnchors(format.Format.Elements, anchors);
            foreach (var member in layout.Attributes.Where(a => a.Default is not null && a.Attribute.Constraint.IsOptional && a.Attribute.Constraint.Kind != OdsAttributeKind.Unit))
            {
                if (!format.UsedAttributes.Contains(member.Name) || anchors.Contains(member.Name))
                {
                    w.Line("if (" + member.Typing.Read("op.GetAttr(" + CSharpLiteral.String(member.Name) + ")") + " == " + member.Default + ") return false;");
                }
            }

            foreach (var custom in format.CustomDirectives)
            {
                var signature = context.Directives.Signature(format, custom);
                w.Line("if (!" + context.Directives.ClassName + "." + signature.ImplementedField + ") return false;");
            }

            w.Line("return true;");
        }

        w.Line();
    }

    private static void CollectAnchors(IEnumerable<FormatElement> elements, HashSet<string> into)
    {
        foreach (var element in elements)
        {
            if (element is OptionalGroup g)
            {
                if (g.Anchor is VariableElement v)
                {
                    into.Add(v.Name);
                }

                CollectAnchors(g.Then, into);
                CollectAnchors(g.Else, into);
            }
        }
    }

    private static string Quoted(string? text) => text is null ? "null" : CSharpLiteral.String(text);

    /// <summary>Attributes that only appear inside optional groups or custom directives may be absent when printing.</summary>
    private static void CollectOptionalAttributes(FormatModel format, IEnumerable<FormatElement> elements, bool inGroup, HashSet<string> into)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case VariableElement v when format.Lookup(v.Name) is { Kind: FormatVarKind.Attribute } a:
                    if (inGroup || a.Attribute!.Attribute.Constraint.IsOptional)
                    {
                        into.Add(v.Name);
                    }

                    break;
                case WrapperDirective w:
                    CollectOptionalAttributes(format, new[] { w.Argument }, inGroup, into);
                    break;
                case CustomDirective c:
                    CollectOptionalAttributes(format, c.Arguments, true, into);
                    break;
                case OptionalGroup g:
                    CollectOptionalAttributes(format, g.Then, true, into);
                    CollectOptionalAttributes(format, g.Else, true, into);
                    break;
            }
        }
    }

    internal static bool IsQualified(IEnumerable<FormatElement> elements, string name)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case WrapperDirective { Kind: WrapperDirectiveKind.Qualified, Argument: VariableElement v } when v.Name == name:
                    return true;
                case OptionalGroup g when IsQualified(g.Then, name) || IsQualified(g.Else, name):
                    return true;
            }
        }

        return false;
    }
}
