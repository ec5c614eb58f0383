using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Format;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Compiles an AttrDef/TypeDef <c>assemblyFormat</c> into C# parse and print code, following mlir-tblgen's
/// AttrOrTypeFormatGen: literals, <c>$param</c>, <c>struct(...)</c> (any order when parsing, declaration order when
/// printing, optional parameters with their default value omitted), <c>params</c>, <c>custom&lt;X&gt;(...)</c> and
/// parameter <c>customDirective</c>s (hand-written hooks on the dialect class), <c>qualified(...)</c> and optional
/// groups that start with a literal. The printer reproduces MLIR's spacing rules at generation time.
/// </summary>
internal static class DefFormatEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";

    private static readonly HashSet<string> Punctuation = new()
    {
        "->", ":", ",", "=", "<", ">", "{", "}", "(", ")", "[", "]", "?", "+", "*", "...", "|", "-",
    };

    public static bool IsSupported(DefPlan plan, AssemblyFormat format) => format.Elements.All(e => Supported(plan, e, topLevel: true));

    private static bool Supported(DefPlan plan, FormatElement element, bool topLevel)
    {
        switch (element)
        {
            case LiteralElement l:
                return l.IsWhitespace || IsKeyword(l.Text) || Punctuation.Contains(l.Text);
            case VariableElement v:
                return plan.Find(v.Name) is not null;
            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified, Argument: VariableElement q }:
                return plan.Find(q.Name) is not null;
            case KeywordDirective { Kind: KeywordDirectiveKind.Params }:
                return plan.Parameters.All(p => !p.IsOptional);
            case StructDirective s:
                return StructParams(plan, s) is not null;
            case CustomDirective c:
                return c.Arguments.All(a => CustomArgument(plan, a) is not null);
            case OptionalGroup g when topLevel:
                return g.Then.Count > 0 && g.Then[0] is LiteralElement first && !first.IsWhitespace
                    && AnchorParams(plan, g.Anchor).Count > 0
                    && g.Then.All(e => Supported(plan, e, false)) && g.Else.All(e => Supported(plan, e, false));
            default:
                return false;
        }
    }

    private static bool IsKeyword(string text) => text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '.');

    private static List<DefParam>? StructParams(DefPlan plan, StructDirective s)
    {
        if (s.Arguments.Count == 1 && s.Arguments[0] is KeywordDirective { Kind: KeywordDirectiveKind.Params })
        {
            return plan.Parameters.ToList();
        }

        var list = new List<DefParam>();
        foreach (var a in s.Arguments)
        {
            if (a is not VariableElement v || plan.Find(v.Name) is not { } p)
            {
                return null;
            }

            list.Add(p);
        }

        return list;
    }

    private static DefParam? CustomArgument(DefPlan plan, FormatElement argument) => argument switch
    {
        VariableElement v => plan.Find(v.Name),
        WrapperDirective { Kind: WrapperDirectiveKind.Ref, Argument: VariableElement r } => plan.Find(r.Name),
        _ => null,
    };

    private static List<DefParam> AnchorParams(DefPlan plan, FormatElement anchor) => anchor switch
    {
        VariableElement v when plan.Find(v.Name) is { IsOptional: true } p => new List<DefParam> { p },
        WrapperDirective { Argument: VariableElement q } when plan.Find(q.Name) is { IsOptional: true } p => new List<DefParam> { p },
        StructDirective s => StructParams(plan, s)?.Where(p => p.IsOptional).ToList() ?? new List<DefParam>(),
        CustomDirective c => c.Arguments.Select(a => CustomArgument(plan, a)).Where(p => p is { IsOptional: true }).Select(p => p!).ToList(),
        _ => new List<DefParam>(),
    };

    // ---------------------------------------------------------------- parser

    /// <summary>Statements parsing what follows the mnemonic into the parameter locals; each failure returns null.</summary>
    public static void EmitParser(SourceWriter w, DefPlan plan, AssemblyFormat format)
    {
        foreach (var element in format.Elements)
        {
            EmitElementParser(w, plan, element);
        }
    }

    private static void EmitElementParser(SourceWriter w, DefPlan plan, FormatElement element)
    {
        switch (element)
        {
            case LiteralElement l when l.IsWhitespace:
                return;
            case LiteralElement l:
                w.Line("if (!" + LiteralParse("p", l.Text, optional: false) + ") return null;");
                return;
            case VariableElement v:
                EmitValueParser(w, plan, plan.Find(v.Name)!);
                return;
            case WrapperDirective { Argument: VariableElement q }:
                EmitValueParser(w, plan, plan.Find(q.Name)!);
                return;
            case KeywordDirective:
                for (var i = 0; i < plan.Parameters.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Line("if (!p.ParsePunct(\",\")) return null;");
                    }

                    EmitValueParser(w, plan, plan.Parameters[i]);
                }

                return;
            case StructDirective s:
                EmitStructParser(w, plan, StructParams(plan, s)!);
                return;
            case CustomDirective c:
                EmitCustomParser(w, plan, c.Name, c.Arguments.Select(a => CustomArgument(plan, a)!).ToList());
                return;
            case OptionalGroup g:
                var first = (LiteralElement)g.Then[0];
                using (w.Block("if (" + LiteralParse("p", first.Text, optional: true) + ")"))
                {
                    foreach (var e in g.Then.Skip(1))
                    {
                        EmitElementParser(w, plan, e);
                    }
                }

                if (g.Else.Count > 0)
                {
                    using (w.Block("else"))
                    {
                        foreach (var e in g.Else)
                        {
                            EmitElementParser(w, plan, e);
                        }
                    }
                }

                return;
        }
    }

    private static string LiteralParse(string p, string text, bool optional)
    {
        var literal = CSharpLiteral.String(text);
        if (IsKeyword(text))
        {
            return p + (optional ? ".TryParseKeyword(" : ".ParseKeyword(") + literal + ")";
        }

        return p + (optional ? ".TryParsePunct(" : ".ParsePunct(") + literal + ")";
    }

    /// <summary>Parses one parameter value into its local (through its customDirective hook when it has one).</summary>
    private static void EmitValueParser(SourceWriter w, DefPlan plan, DefParam param)
    {
        if (param.Ods.CustomDirective is { } directive)
        {
            EmitCustomParserCall(w, plan, directive, new[] { param });
            return;
        }

        var temp = param.Local + "Parsed";
        w.Line("if (!" + param.Typing.Parse("p", "var " + temp) + ") return null;");
        w.Line(param.Local + " = " + temp + ";");
    }

    private static void EmitCustomParser(SourceWriter w, DefPlan plan, string directive, IReadOnlyList<DefParam> args) =>
        EmitCustomParserCall(w, plan, directive, args);

    private static void EmitCustomParserCall(SourceWriter w, DefPlan plan, string directive, IReadOnlyList<DefParam> args)
    {
        var refs = string.Concat(args.Select(a => ", ref " + a.Local));
        var call = DialectDirectiveHooks.InvokeParseName(plan.DialectClass, directive) + "(p" + refs + ")";
        // null: no hand-written hook, so this syntax cannot be read and the symbol stays opaque.
        w.Line("if (" + call + " is not bool ok" + args[0].Local + "Custom || !ok" + args[0].Local + "Custom) return null;");
    }

    private static void EmitStructParser(SourceWriter w, DefPlan plan, List<DefParam> members)
    {
        var allRequired = members.All(m => !m.IsOptional);
        var allOptional = members.All(m => m.IsOptional);
        using (w.Block(string.Empty))
        {
            foreach (var m in members)
            {
                w.Line("var " + m.Local + "Seen = false;");
            }

            if (allRequired)
            {
                using (w.Block("for (var index = 0; index < " + members.Count + "; index++)"))
                {
                    w.Line("if (index > 0 && !p.ParsePunct(\",\")) return null;");
                    w.Line("var key = p.TryParseAnyKeyword();");
                    w.Line("if (key is null) { p.EmitError(\"expected a parameter name in struct\"); return null; }");
                    EmitStructEntry(w, plan, members);
                }
            }
            else
            {
                w.Line("var key = p.TryParseAnyKeyword();");
                if (!allOptional)
                {
                    w.Line("if (key is null) { p.EmitError(\"expected a parameter name in struct\"); return null; }");
                }

                using (w.Block("while (key is not null)"))
                {
                    EmitStructEntry(w, plan, members);
                    w.Line("if (!p.TryParsePunct(\",\")) break;");
                    w.Line("key = p.TryParseAnyKeyword();");
                    w.Line("if (key is null) { p.EmitError(\"expected a parameter name in struct\"); return null; }");
                }

                foreach (var m in members.Where(m => !m.IsOptional))
                {
                    w.Line("if (!" + m.Local + "Seen) { p.EmitError(\"struct is missing required parameter: " + m.Ods.Name + "\"); return null; }");
                }
            }
        }
    }

    private static void EmitStructEntry(SourceWriter w, DefPlan plan, List<DefParam> members)
    {
        w.Line("if (!p.ParsePunct(\"=\")) return null;");
        var first = true;
        foreach (var m in members)
        {
            using (w.Block((first ? "if" : "else if") + " (!" + m.Local + "Seen && key == " + CSharpLiteral.String(m.Ods.Name) + ")"))
            {
                w.Line(m.Local + "Seen = true;");
                EmitValueParser(w, plan, m);
            }

            first = false;
        }

        using (w.Block("else"))
        {
            w.Line("p.EmitError(\"duplicate or unknown struct parameter name: \" + key);");
            w.Line("return null;");
        }
    }

    // ---------------------------------------------------------------- printer

    /// <summary>MLIR's printer state while walking the format (decided at generation time, as mlir-tblgen does).</summary>
    private sealed class PrintState
    {
        public bool ShouldEmitSpace = true;
        public bool LastWasPunctuation;
    }

    /// <summary>Statements printing the parameters after the mnemonic to writer <c>w</c>.</summary>
    public static void EmitPrinter(SourceWriter w, DefPlan plan, AssemblyFormat format)
    {
        var state = new PrintState();
        foreach (var element in format.Elements)
        {
            EmitElementPrinter(w, plan, element, state);
        }
    }

    private static void EmitElementPrinter(SourceWriter w, DefPlan plan, FormatElement element, PrintState state)
    {
        switch (element)
        {
            case LiteralElement l when l.IsWhitespace:
                if (l.IsNewline)
                {
                    w.Line("w.Write('\\n');");
                }
                else if (l.IsSpace)
                {
                    w.Line("w.Write(' ');");
                }
                else
                {
                    state.LastWasPunctuation = true;
                }

                state.ShouldEmitSpace = false;
                return;
            case LiteralElement l:
                {
                    var needSpace = state.ShouldEmitSpace && ShouldEmitSpaceBefore(l.Text, state.LastWasPunctuation);
                    w.Line("w.Write(" + CSharpLiteral.String((needSpace ? " " : string.Empty) + l.Text) + ");");
                    state.ShouldEmitSpace = l.Text.Length != 1 || "<({[".IndexOf(l.Text[0]) < 0;
                    state.LastWasPunctuation = l.Text[0] != '_' && !char.IsLetter(l.Text[0]);
                    return;
                }

            case VariableElement v:
                EmitVariablePrinter(w, plan, plan.Find(v.Name)!, state);
                return;
            case WrapperDirective { Argument: VariableElement q }:
                EmitVariablePrinter(w, plan, plan.Find(q.Name)!, state);
                return;
            case KeywordDirective:
                EmitCommaSeparatedPrinter(w, plan, plan.Parameters, state, withNames: false);
                return;
            case StructDirective s:
                EmitCommaSeparatedPrinter(w, plan, StructParams(plan, s)!, state, withNames: true);
                return;
            case CustomDirective c:
                if (state.ShouldEmitSpace || !state.LastWasPunctuation)
                {
                    w.Line("w.Write(' ');");
                }

                state.ShouldEmitSpace = true;
                state.LastWasPunctuation = false;
                EmitCustomPrinterCall(w, plan, c.Name, c.Arguments.Select(a => CustomArgument(plan, a)!).ToList());
                return;
            case OptionalGroup g:
                {
                    var anchors = AnchorParams(plan, g.Anchor);
                    var guard = string.Join(" || ", anchors.Select(a => "(" + a.IsPresent(a.Property) + ")"));
                    using (w.Block("if (" + guard + ")"))
                    {
                        var inner = new PrintState { ShouldEmitSpace = state.ShouldEmitSpace, LastWasPunctuation = state.LastWasPunctuation };
                        foreach (var e in g.Then)
                        {
                            EmitElementPrinter(w, plan, e, inner);
                        }
                    }

                    if (g.Else.Count > 0)
                    {
                        using (w.Block("else"))
                        {
                            foreach (var e in g.Else)
                            {
                                EmitElementPrinter(w, plan, e, state);
                            }
                        }
                    }

                    return;
                }
        }
    }

    /// <summary>mlir-tblgen's shouldEmitSpaceBefore.</summary>
    private static bool ShouldEmitSpaceBefore(string value, bool lastWasPunctuation)
    {
        if (value.Length != 1 && value != "->")
        {
            return true;
        }

        return lastWasPunctuation ? ">)}],".IndexOf(value[0]) < 0 : "<>(){}[],".IndexOf(value[0]) < 0;
    }

    private static void EmitVariablePrinter(SourceWriter w, DefPlan plan, DefParam param, PrintState state, bool guarded = true)
    {
        var guard = guarded && param.IsOptional;
        if (guard)
        {
            w.Line("if (" + param.IsPresent(param.Property) + ")");
            w.Line("{");
            w.Indent();
        }

        if (state.ShouldEmitSpace || !state.LastWasPunctuation)
        {
            w.Line("w.Write(' ');");
        }

        state.ShouldEmitSpace = true;
        state.LastWasPunctuation = false;
        EmitValuePrinter(w, plan, param);
        if (guard)
        {
            w.Unindent();
            w.Line("}");
        }
    }

    private static void EmitValuePrinter(SourceWriter w, DefPlan plan, DefParam param)
    {
        var value = param.IsOptional ? param.PrintValue(param.Property) : param.Property;
        if (param.Ods.CustomDirective is { } directive)
        {
            w.Line("if (!" + DialectDirectiveHooks.InvokePrintName(plan.DialectClass, directive) + "(w, " + value + ")) " + param.Typing.Print("w", value) + ";");
            return;
        }

        w.Line(param.Typing.Print("w", value) + ";");
    }

    private static void EmitCustomPrinterCall(SourceWriter w, DefPlan plan, string directive, IReadOnlyList<DefParam> args)
    {
        var values = string.Concat(args.Select(a => ", " + a.Property));
        using (w.Block("if (!" + DialectDirectiveHooks.InvokePrintName(plan.DialectClass, directive) + "(w" + values + "))"))
        {
            // Without the hand-written printer: the values in their default syntax, comma separated.
            for (var i = 0; i < args.Count; i++)
            {
                if (i > 0)
                {
                    w.Line("w.Write(\", \");");
                }

                var value = args[i].IsOptional ? args[i].PrintValue(args[i].Property) : args[i].Property;
                if (args[i].IsNullable)
                {
                    w.Line("if (" + args[i].Property + " is not null) " + args[i].Typing.Print("w", value) + ";");
                }
                else
                {
                    w.Line(args[i].Typing.Print("w", value) + ";");
                }
            }
        }
    }

    private static void EmitCommaSeparatedPrinter(SourceWriter w, DefPlan plan, IReadOnlyList<DefParam> members, PrintState state, bool withNames)
    {
        if (state.ShouldEmitSpace || !state.LastWasPunctuation)
        {
            if (members.All(m => m.IsOptional))
            {
                w.Line("if (" + string.Join(" || ", members.Select(m => "(" + m.IsPresent(m.Property) + ")")) + ") w.Write(' ');");
            }
            else
            {
                w.Line("w.Write(' ');");
            }
        }

        using (w.Block(string.Empty))
        {
            w.Line("var first = true;");
            foreach (var m in members)
            {
                if (m.IsOptional)
                {
                    w.Line("if (" + m.IsPresent(m.Property) + ")");
                    w.Line("{");
                    w.Indent();
                }

                w.Line("if (!first) w.Write(\", \");");
                w.Line("first = false;");
                if (withNames)
                {
                    w.Line("w.Write(" + CSharpLiteral.String(m.Ods.Name + " = ") + ");");
                }

                state.ShouldEmitSpace = false;
                state.LastWasPunctuation = true;
                EmitVariablePrinter(w, plan, m, state, guarded: false);
                if (m.IsOptional)
                {
                    w.Unindent();
                    w.Line("}");
                }
            }
        }
    }
}
