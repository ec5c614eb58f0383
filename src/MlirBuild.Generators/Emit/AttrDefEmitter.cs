using System.Linq;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Emits one AttrDef/TypeDef/EnumAttr as a sealed, immutable, value-equal C# record deriving from
/// <c>DialectAttribute</c>/<c>DialectType</c>: typed parameter properties, a factory, the parser of the text after the
/// mnemonic and the printer (ToString is the MLIR text, <c>#stablehlo.gather&lt;...&gt;</c>). Hand-written assembly
/// (<c>hasCustomAssemblyFormat</c>) goes through optional partial hooks; without them the parser declines and the IR
/// keeps the text opaque.
/// </summary>
internal static class AttrDefEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";

    public static string Emit(DefPlan plan, string ns)
    {
        var def = plan.Def;
        var w = new SourceWriter();
        FileHeader.Write(w, ns);
        var sigil = def.IsAttribute ? "#" : "!";
        XmlDoc.Write(w, def.Summary.Length == 0 ? "<c>" + sigil + plan.DialectName + "." + plan.Mnemonic + "</c>" : def.Summary, def.Description);
        var baseClass = Ir + (def.IsAttribute ? "DialectAttribute" : "DialectType");
        using (w.Block("public sealed partial record " + plan.ClassName + " : " + baseClass))
        {
            EmitMembers(w, plan);
            w.Line();
            EmitParse(w, plan);
            w.Line();
            EmitPrint(w, plan);
        }

        return w.ToString();
    }

    private static void EmitMembers(SourceWriter w, DefPlan plan)
    {
        var ps = plan.Parameters;
        var args = string.Join(", ", ps.Select(p => p.FieldType + " " + CSharpLiteral.Camel(p.Ods.Name)));
        w.Line("/// <summary>Creates the " + (plan.Def.IsAttribute ? "attribute" : "type") + " from its parameters.</summary>");
        using (w.Block("public " + plan.ClassName + "(" + args + ")"))
        {
            foreach (var p in ps)
            {
                var arg = CSharpLiteral.Camel(p.Ods.Name);
                var value = p.Typing.IsReference && !p.IsNullable ? arg + " ?? throw new global::System.ArgumentNullException(nameof(" + arg + "))" : arg;
                w.Line(p.Property + " = " + value + ";");
            }
        }

        w.Line();
        w.Line("/// <summary>The dialect namespace.</summary>");
        w.Line("public override string DialectNamespace => " + CSharpLiteral.String(plan.DialectName) + ";");
        w.Line();
        w.Line("/// <summary>The mnemonic after the dialect prefix.</summary>");
        w.Line("public override string Mnemonic => " + CSharpLiteral.String(plan.Mnemonic) + ";");
        foreach (var p in ps)
        {
            w.Line();
            var summary = p.Ods.Summary.Length == 0 ? "Parameter " + p.Ods.Name : p.Ods.Summary;
            var suffix = p.IsOptional ? (p.IsNullable ? " (optional: null when absent)" : " (optional: " + XmlDoc.Escape(p.Typing.Default!) + " when absent)") : string.Empty;
            w.Line("/// <summary>" + XmlDoc.Escape(summary) + suffix + ".</summary>");
            w.Line("public " + p.FieldType + " " + p.Property + " { get; init; }");
        }

        w.Line();
        w.Line("/// <summary>Creates the " + (plan.Def.IsAttribute ? "attribute" : "type") + "; optional parameters may be left out.</summary>");
        var factoryArgs = string.Join(", ", ps.Select(p => p.FieldType + " " + CSharpLiteral.Camel(p.Ods.Name) + (p.IsOptional ? " = " + (p.IsNullable ? "null" : DefaultArgument(p)) : string.Empty)));
        // Optional parameters must come last in C#: keep declaration order when that already holds.
        var ordered = ps.SkipWhile(p => !p.IsOptional).All(p => p.IsOptional);
        if (!ordered)
        {
            factoryArgs = args;
        }

        w.Line("public static " + plan.ClassName + " Get(" + factoryArgs + ") => new " + plan.ClassName + "(" + string.Join(", ", ps.Select(p => CSharpLiteral.Camel(p.Ods.Name))) + ");");
    }

    /// <summary>A compile-time constant for a default argument (lists and non-constant defaults use <c>default</c>).</summary>
    private static string DefaultArgument(DefParam p)
    {
        var d = p.Typing.Default!;
        return d.EndsWith(".Empty", System.StringComparison.Ordinal) ? "default" : d;
    }

    private static void EmitParse(SourceWriter w, DefPlan plan)
    {
        w.Line("/// <summary>");
        w.Line("/// Parses the text after the mnemonic. Null when it is malformed (the error is on <paramref name=\"p\"/>) or, with no");
        w.Line("/// error reported, when its syntax needs a hand-written hook that is not there.");
        w.Line("/// </summary>");
        using (w.Block("public static " + plan.ClassName + "? ParseAfterMnemonic(" + Ir + "DialectAsmParser p)"))
        {
            if (plan.HasCustomAssembly)
            {
                w.Line(plan.ClassName + "? result = null;");
                w.Line("var status = " + Ir + "CustomDirectiveStatus.NotImplemented;");
                w.Line("ParseCustom(p, ref result, ref status);");
                w.Line("return status == " + Ir + "CustomDirectiveStatus.Success ? result : null;");
            }
            else
            {
                EmitDeclarativeParse(w, plan);
            }
        }

        if (plan.HasCustomAssembly)
        {
            w.Line();
            w.Line("/// <summary>Hand-written parser of the text after the mnemonic: set <paramref name=\"result\"/> and <paramref name=\"status\"/> (Failure after reporting an error on the parser).</summary>");
            w.Line("static partial void ParseCustom(" + Ir + "DialectAsmParser parser, ref " + plan.ClassName + "? result, ref " + Ir + "CustomDirectiveStatus status);");
        }
    }

    private static void EmitDeclarativeParse(SourceWriter w, DefPlan plan)
    {
        {
            foreach (var p in plan.Parameters)
            {
                w.Line(p.FieldType + " " + p.Local + " = " + p.InitialValue + ";");
            }

            if (plan.Format is not null)
            {
                DefFormatEmitter.EmitParser(w, plan, plan.Format);
            }

            w.Line("return new " + plan.ClassName + "(" + string.Join(", ", plan.Parameters.Select(p => p.Local)) + ");");
        }
    }

    private static void EmitPrint(SourceWriter w, DefPlan plan)
    {
        w.Line("/// <summary>Writes the mnemonic and the parameters (the text after <c>" + (plan.Def.IsAttribute ? "#" : "!") + plan.DialectName + ".</c>).</summary>");
        using (w.Block("public override void PrintSymbol(" + Ir + "AsmWriter w)"))
        {
            w.Line("w.Write(" + CSharpLiteral.String(plan.Mnemonic) + ");");
            if (plan.HasCustomAssembly)
            {
                w.Line("var status = " + Ir + "CustomDirectiveStatus.NotImplemented;");
                w.Line("PrintCustom(w, ref status);");
                using (w.Block("if (status != " + Ir + "CustomDirectiveStatus.Success)"))
                {
                    // No hand-written printer: a readable struct form.
                    w.Line("w.Write('<');");
                    for (var i = 0; i < plan.Parameters.Count; i++)
                    {
                        var p = plan.Parameters[i];
                        w.Line("w.Write(" + CSharpLiteral.String((i > 0 ? ", " : string.Empty) + p.Ods.Name + " = ") + ");");
                        if (p.IsNullable)
                        {
                            w.Line("if (" + p.Property + " is not null) " + p.Typing.Print("w", p.PrintValue(p.Property)) + ";");
                        }
                        else
                        {
                            w.Line(p.Typing.Print("w", p.Property) + ";");
                        }
                    }

                    w.Line("w.Write('>');");
                }
            }
            else if (plan.Format is not null)
            {
                DefFormatEmitter.EmitPrinter(w, plan, plan.Format);
            }
        }

        if (plan.HasCustomAssembly)
        {
            w.Line();
            w.Line("/// <summary>Hand-written printer of the text after the mnemonic; set <paramref name=\"status\"/> to Success.</summary>");
            w.Line("partial void PrintCustom(" + Ir + "AsmWriter writer, ref " + Ir + "CustomDirectiveStatus status);");
        }
    }
}
