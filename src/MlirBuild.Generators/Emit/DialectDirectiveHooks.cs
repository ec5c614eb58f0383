using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Format;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Emits the partial dialect class part for the dialect's own attributes and types: <c>ParseAttribute</c>/<c>ParseType</c>
/// overrides that dispatch on the mnemonic to the generated classes, and the hand-written directive hooks
/// (<c>custom&lt;X&gt;</c> in a format or a parameter's <c>customDirective</c>) as optional <c>static partial void</c>
/// methods with <c>Invoke*</c> wrappers that tell whether a hook exists.
/// </summary>
internal static class DialectDirectiveHooks
{
    private const string Ir = "global::MlirBuild.Ir.";

    public static string InvokeParseName(string dialectClass, string directive) => dialectClass + ".InvokeParse" + directive;

    public static string InvokePrintName(string dialectClass, string directive) => dialectClass + ".InvokePrint" + directive;

    public static string Emit(string dialectClass, string ns, IReadOnlyList<DefPlan> plans)
    {
        var w = new SourceWriter();
        FileHeader.Write(w, ns);
        using (w.Block("public sealed partial class " + dialectClass))
        {
            EmitDispatch(w, plans.Where(p => p.Def.IsAttribute).ToList(), attributes: true);
            w.Line();
            EmitDispatch(w, plans.Where(p => !p.Def.IsAttribute).ToList(), attributes: false);
            foreach (var hook in CollectHooks(plans))
            {
                w.Line();
                EmitHook(w, hook.Key, hook.Value);
            }
        }

        return w.ToString();
    }

    private static void EmitDispatch(SourceWriter w, List<DefPlan> plans, bool attributes)
    {
        if (plans.Count == 0)
        {
            return;
        }

        var kind = attributes ? "attribute" : "type";
        w.Line("/// <summary>Parses this dialect's generated " + kind + "s (<c>" + (attributes ? "#" : "!") + "dialect.mnemonic&lt;...&gt;</c> or <c>dialect&lt;mnemonic ...&gt;</c>); others stay opaque.</summary>");
        var signature = attributes
            ? "public override " + Ir + "MlirAttribute? ParseAttribute(string body, " + Ir + "MlirType? type, " + Ir + "MlirContext context, global::System.Action<string> error)"
            : "public override " + Ir + "MlirType? ParseType(string body, " + Ir + "MlirContext context, global::System.Action<string> error)";
        using (w.Block(signature))
        {
            w.Line("var p = " + Ir + "DialectAsmParser.ForSymbol(body, DialectNamespace, context);");
            w.Line("var mnemonic = p?.TryParseAnyKeyword();");
            w.Line("if (p is null || mnemonic is null) return null;");
            w.Line((attributes ? Ir + "MlirAttribute?" : Ir + "MlirType?") + " result;");
            using (w.Block("switch (mnemonic)"))
            {
                foreach (var plan in plans.GroupBy(p => p.Mnemonic).Select(g => g.First()))
                {
                    w.Line("case " + CSharpLiteral.String(plan.Mnemonic) + ": result = " + plan.ClassName + ".ParseAfterMnemonic(p); break;");
                }

                w.Line("default: return null;");
            }

            using (w.Block("if (result is null)"))
            {
                // No error: a hand-written hook is missing, keep the text opaque.
                w.Line("if (p.ErrorMessage is { } message) error(message);");
                w.Line("return null;");
            }

            w.Line("if (!p.ParseEnd()) { error(p.ErrorMessage ?? \"unexpected trailing characters\"); return null; }");
            w.Line("return result;");
        }
    }

    /// <summary>Directive name to the parameter field types it binds (one hook per distinct signature).</summary>
    private static SortedDictionary<string, List<List<string>>> CollectHooks(IReadOnlyList<DefPlan> plans)
    {
        var hooks = new SortedDictionary<string, List<List<string>>>(System.StringComparer.Ordinal);
        void Add(string name, List<string> types)
        {
            if (!hooks.TryGetValue(name, out var list))
            {
                hooks[name] = list = new List<List<string>>();
            }

            if (!list.Any(l => l.SequenceEqual(types)))
            {
                list.Add(types);
            }
        }

        foreach (var plan in plans)
        {
            foreach (var p in plan.Parameters)
            {
                if (p.Ods.CustomDirective is { } d)
                {
                    Add(d, new List<string> { p.FieldType });
                }
            }

            if (plan.Format is not null)
            {
                foreach (var c in Customs(plan.Format.Elements))
                {
                    var types = c.Arguments.Select(a => a switch
                    {
                        VariableElement v => plan.Find(v.Name)!.FieldType,
                        WrapperDirective { Argument: VariableElement r } => plan.Find(r.Name)!.FieldType,
                        _ => "object",
                    }).ToList();
                    Add(c.Name, types);
                }
            }
        }

        return hooks;
    }

    private static IEnumerable<CustomDirective> Customs(IEnumerable<FormatElement> elements)
    {
        foreach (var e in elements)
        {
            if (e is CustomDirective c)
            {
                yield return c;
            }
            else if (e is OptionalGroup g)
            {
                foreach (var inner in Customs(g.Then.Concat(g.Else)))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void EmitHook(SourceWriter w, string name, List<List<string>> signatures)
    {
        foreach (var types in signatures)
        {
            var refParams = string.Concat(types.Select((t, i) => ", ref " + t + " value" + i));
            var valueParams = string.Concat(types.Select((t, i) => ", " + t + " value" + i));
            var refArgs = string.Concat(types.Select((t, i) => ", ref value" + i));
            var valueArgs = string.Concat(types.Select((t, i) => ", value" + i));
            w.Line("/// <summary>Hand-written parser of the attribute/type directive <c>" + name + "</c>: set <paramref name=\"status\"/> (Failure after reporting an error).</summary>");
            w.Line("static partial void Parse" + name + "(" + Ir + "DialectAsmParser parser" + refParams + ", ref " + Ir + "CustomDirectiveStatus status);");
            w.Line();
            w.Line("/// <summary>Hand-written printer of the attribute/type directive <c>" + name + "</c>: set <paramref name=\"status\"/> to Success.</summary>");
            w.Line("static partial void Print" + name + "(" + Ir + "AsmWriter writer" + valueParams + ", ref " + Ir + "CustomDirectiveStatus status);");
            w.Line();
            w.Line("/// <summary>Runs the <c>" + name + "</c> parser hook: null when there is none, else whether it succeeded.</summary>");
            using (w.Block("internal static bool? InvokeParse" + name + "(" + Ir + "DialectAsmParser parser" + refParams + ")"))
            {
                w.Line("var status = " + Ir + "CustomDirectiveStatus.NotImplemented;");
                w.Line("Parse" + name + "(parser" + refArgs + ", ref status);");
                w.Line("return status == " + Ir + "CustomDirectiveStatus.NotImplemented ? null : status == " + Ir + "CustomDirectiveStatus.Success;");
            }

            w.Line();
            w.Line("/// <summary>Runs the <c>" + name + "</c> printer hook: false when there is none.</summary>");
            using (w.Block("internal static bool InvokePrint" + name + "(" + Ir + "AsmWriter writer" + valueParams + ")"))
            {
                w.Line("var status = " + Ir + "CustomDirectiveStatus.NotImplemented;");
                w.Line("Print" + name + "(writer" + valueArgs + ", ref status);");
                w.Line("return status == " + Ir + "CustomDirectiveStatus.Success;");
            }
        }
    }
}
