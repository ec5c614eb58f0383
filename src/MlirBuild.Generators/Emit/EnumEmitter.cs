using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>Emits an ODS enum as a C# enum plus a helper class that prints, parses and reads it from attributes.</summary>
internal static class EnumEmitter
{
    public static string Emit(EnumNames.Entry entry, string ns)
    {
        var e = entry.Enum;
        var w = new SourceWriter();
        FileHeader.Write(w, ns);
        XmlDoc.Write(w, e.Summary, e.Description);
        if (e.Kind == OdsEnumKind.Bit)
        {
            w.Line("[global::System.Flags]");
        }

        var symbols = new HashSet<string>();
        using (w.Block("public enum " + entry.TypeName + " : long"))
        {
            foreach (var c in e.Cases)
            {
                if (!symbols.Add(c.Symbol))
                {
                    continue;
                }

                w.Line("/// <summary><c>" + XmlDoc.Escape(c.Str) + "</c></summary>");
                w.Line(CSharpLiteral.Identifier(SafeSymbol(c.Symbol)) + " = " + c.Value.ToString(CultureInfo.InvariantCulture) + ",");
            }
        }

        w.Line();
        w.Line("/// <summary>MLIR spelling of <see cref=\"" + entry.TypeName + "\"/> values.</summary>");
        using (w.Block("public static class " + entry.HelperName))
        {
            EmitToString(w, entry);
            w.Line();
            EmitTryParse(w, entry);
            w.Line();
            w.Line("/// <summary>Reads the enum from an integer attribute or a dialect enum attribute (<c>#dialect.name&lt;case&gt;</c>).</summary>");
            using (w.Block("public static " + entry.TypeName + "? FromAttribute(global::MlirBuild.Ir.MlirAttribute? attribute)"))
            {
                w.Line("if (attribute is global::MlirBuild.Ir.IntegerAttr integer)");
                w.Line("{");
                w.Line("    return (" + entry.TypeName + ")(long)integer.Value;");
                w.Line("}");
                w.Line();
                w.Line("var text = " + SupportEmitter.ClassName + ".EnumText(attribute);");
                w.Line("return text is not null && TryParse(text, out var value) ? value : null;");
            }
        }

        return w.ToString();
    }

    private static void EmitToString(SourceWriter w, EnumNames.Entry entry)
    {
        var e = entry.Enum;
        using (w.Block("public static string ToMlirString(this " + entry.TypeName + " value)"))
        {
            if (e.Kind == OdsEnumKind.Bit)
            {
                // As mlir-tblgen's stringify: the zero case alone; with printBitEnumPrimaryGroups, groups whose bits are
                // all set first (reverse declaration order, their bits then left out), then single bits; otherwise every
                // non-zero case whose bits are all set, in declaration order.
                w.Line("var parts = new global::System.Collections.Generic.List<string>();");
                w.Line("var bits = (long)value;");
                foreach (var c in e.Cases)
                {
                    if (c.Value == 0)
                    {
                        w.Line("if (bits == 0) return " + CSharpLiteral.String(c.Str) + ";");
                        break;
                    }
                }

                if (e.PrintPrimaryGroups)
                {
                    foreach (var c in e.Cases.Reverse())
                    {
                        if (c.Value != 0 && c.IsGroup)
                        {
                            w.Line("if ((bits & " + CSharpLiteral.Int(c.Value) + ") == " + CSharpLiteral.Int(c.Value) + ") { parts.Add(" + CSharpLiteral.String(c.Str) + "); bits &= ~" + CSharpLiteral.Int(c.Value) + "; }");
                        }
                    }

                    foreach (var c in e.Cases)
                    {
                        if (c.Value != 0 && !c.IsGroup)
                        {
                            w.Line("if ((bits & " + CSharpLiteral.Int(c.Value) + ") == " + CSharpLiteral.Int(c.Value) + ") parts.Add(" + CSharpLiteral.String(c.Str) + ");");
                        }
                    }
                }
                else
                {
                    foreach (var c in e.Cases)
                    {
                        if (c.Value != 0)
                        {
                            w.Line("if ((bits & " + CSharpLiteral.Int(c.Value) + ") == " + CSharpLiteral.Int(c.Value) + ") parts.Add(" + CSharpLiteral.String(c.Str) + ");");
                        }
                    }
                }

                w.Line("return string.Join(" + CSharpLiteral.String(e.Separator) + ", parts);");
                return;
            }

            using (w.Block("switch (value)"))
            {
                var seen = new HashSet<long>();
                foreach (var c in e.Cases)
                {
                    if (seen.Add(c.Value))
                    {
                        w.Line("case " + entry.TypeName + "." + CSharpLiteral.Identifier(SafeSymbol(c.Symbol)) + ": return " + CSharpLiteral.String(c.Str) + ";");
                    }
                }

                w.Line("default: return ((long)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
            }
        }
    }

    private static void EmitTryParse(SourceWriter w, EnumNames.Entry entry)
    {
        var e = entry.Enum;
        using (w.Block("public static bool TryParse(string text, out " + entry.TypeName + " value)"))
        {
            if (e.Kind == OdsEnumKind.Bit)
            {
                w.Line("long bits = 0;");
                w.Line("value = default;");
                w.Line("var separator = " + CSharpLiteral.String(e.Separator.Trim().Length == 0 ? "," : e.Separator.Trim()) + "[0];");
                using (w.Block("foreach (var raw in text.Split(separator))"))
                {
                    w.Line("var part = raw.Trim();");
                    using (w.Block("switch (part)"))
                    {
                        foreach (var c in e.Cases)
                        {
                            w.Line("case " + CSharpLiteral.String(c.Str) + ": bits |= " + CSharpLiteral.Int(c.Value) + "; break;");
                        }

                        w.Line("default: return false;");
                    }
                }

                w.Line("value = (" + entry.TypeName + ")bits;");
                w.Line("return true;");
                return;
            }

            using (w.Block("switch (text)"))
            {
                var seen = new HashSet<string>();
                foreach (var c in e.Cases)
                {
                    if (seen.Add(c.Str))
                    {
                        w.Line("case " + CSharpLiteral.String(c.Str) + ": value = " + entry.TypeName + "." + CSharpLiteral.Identifier(SafeSymbol(c.Symbol)) + "; return true;");
                    }
                }

                w.Line("default: value = default; return false;");
            }
        }
    }

    /// <summary>Enum symbols are C++ identifiers; anything else (rare) is made one.</summary>
    internal static string SafeSymbol(string symbol)
    {
        if (symbol.Length == 0)
        {
            return "_";
        }

        var chars = symbol.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] == '_'))
            {
                chars[i] = '_';
            }
        }

        var result = new string(chars);
        return char.IsDigit(result[0]) ? "_" + result : result;
    }
}
