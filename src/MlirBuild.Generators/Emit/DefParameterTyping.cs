using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// How one AttrDef/TypeDef parameter appears in C#: its value type, how the generated parser reads it (a boolean
/// expression over a <c>DialectAsmParser</c> writing an <c>out</c> target), how the printer writes it, and its
/// default value. Null from <see cref="For"/> when the C++ type has no C# counterpart here.
/// </summary>
internal sealed class DefParameterTyping
{
    private const string Ir = "global::MlirBuild.Ir.";

    private DefParameterTyping(string valueType, bool isReference, Func<string, string, string> parse, Func<string, string, string> print)
    {
        ValueType = valueType;
        IsReference = isReference;
        Parse = parse;
        Print = print;
    }

    /// <summary>The C# type (non-nullable form).</summary>
    public string ValueType { get; }

    /// <summary>A reference type (nullable with <c>?</c> when optional without a default).</summary>
    public bool IsReference { get; }

    /// <summary>(parser, target) to a boolean expression that parses into <c>out target</c>, reporting errors.</summary>
    public Func<string, string, string> Parse { get; }

    /// <summary>(writer, value) to a statement expression that prints the value.</summary>
    public Func<string, string, string> Print { get; }

    /// <summary>The C# default for an omitted optional parameter; null: the parameter is nullable (absent = null).</summary>
    public string? Default { get; private set; }

    public static DefParameterTyping? For(OdsDefParameter parameter, DefClassNames classes, EnumNames enums)
    {
        DefParameterTyping? typing;
        if (parameter.IsArray || parameter.ElementCppType is not null)
        {
            var elementCpp = parameter.ElementCppType ?? string.Empty;
            var element = Scalar(elementCpp, null, classes, enums);
            if (element is null)
            {
                return null;
            }

            var listType = Ir + "EquatableArray<" + element.ValueType + ">";
            typing = new DefParameterTyping(
                listType,
                false,
                (p, t) => p + ".ParseCommaSeparated<" + element.ValueType + ">((out " + element.ValueType + " e) => " + element.Parse(p, "e") + ", out " + t + ")",
                (w, v) => w + ".WriteList(" + v + ", (x, e) => " + element.Print("x", "e") + ")");
            typing.Default = listType + ".Empty";
            return typing;
        }

        typing = Scalar(parameter.CppType, parameter.EnumDefName, classes, enums);
        if (typing is null)
        {
            return null;
        }

        typing.Default = typing.DefaultFor(parameter.DefaultValue, enums, parameter.EnumDefName);
        return typing;
    }

    /// <summary>Whether the parameter may be left out (MLIR: it has a default value).</summary>
    public static bool IsOptional(OdsDefParameter parameter) => parameter.IsOptional || parameter.DefaultValue is not null;

    private static DefParameterTyping? Scalar(string cppType, string? enumDefName, DefClassNames classes, EnumNames enums)
    {
        var t = Normalize(cppType);
        switch (t)
        {
            case "int64_t":
            case "int32_t":
            case "int16_t":
            case "int8_t":
            case "int":
            case "long":
            case "unsigned":
            case "uint64_t":
            case "uint32_t":
            case "uint16_t":
            case "uint8_t":
            case "size_t":
                return new DefParameterTyping("long", false, (p, v) => p + ".ParseInteger(out " + v + ")", (w, v) => w + ".Write(" + v + ")");
            case "bool":
                return new DefParameterTyping("bool", false, (p, v) => p + ".ParseBool(out " + v + ")", (w, v) => w + ".Write(" + v + " ? \"true\" : \"false\")");
            case "double":
            case "float":
            case "APFloat":
                return new DefParameterTyping("double", false, (p, v) => p + ".ParseFloat(out " + v + ")", (w, v) => Ir + "DialectSymbols.WriteFloat64(" + w + ", " + v + ")");
            case "StringRef":
            case "std::string":
            case "StringAttr":
                return new DefParameterTyping("string", true, (p, v) => p + ".ParseString(out " + v + ")", (w, v) => Ir + "DialectSymbols.WriteString(" + w + ", " + v + ")");
            case "Type":
            case "TensorType":
            case "ShapedType":
            case "RankedTensorType":
            case "FloatType":
            case "IntegerType":
                return new DefParameterTyping(Ir + "MlirType", true, (p, v) => p + ".ParseType(out " + v + ")", (w, v) => w + ".Write(" + v + ")");
            case "Attribute":
                return new DefParameterTyping(Ir + "MlirAttribute", true, (p, v) => p + ".ParseAttribute(out " + v + ")", (w, v) => w + ".Write(" + v + ")");
        }

        var enumName = enumDefName;
        if (enumName is null)
        {
            var last = LastSegment(t);
            enumName = enums.All.FirstOrDefault(e => e.Enum.ClassName == last)?.Enum.DefName;
        }

        if (enumName is not null && enums.TryGet(enumName, out var entry))
        {
            var helper = entry.HelperName;
            var name = CSharpLiteral.String(entry.Enum.ClassName.Length == 0 ? entry.TypeName : entry.Enum.ClassName);
            if (entry.Enum.Kind == OdsEnumKind.Bit)
            {
                var separator = CSharpLiteral.String(entry.Enum.Separator.Trim().Length == 0 ? "," : entry.Enum.Separator.Trim());
                return new DefParameterTyping(entry.TypeName, false, (p, v) => p + ".ParseEnumFlags<" + entry.TypeName + ">(" + helper + ".TryParse, " + separator + ", " + name + ", out " + v + ")", (w, v) => w + ".Write(" + helper + ".ToMlirString(" + v + "))");
            }

            return new DefParameterTyping(entry.TypeName, false, (p, v) => p + ".ParseEnum<" + entry.TypeName + ">(" + helper + ".TryParse, " + name + ", out " + v + ")", (w, v) => w + ".Write(" + helper + ".ToMlirString(" + v + "))");
        }

        if (classes.TryGetByCppClass(LastSegment(t), out var generated))
        {
            var method = generated.IsAttribute ? "ParseAttributeOf" : "ParseTypeOf";
            return new DefParameterTyping(generated.ClassName, true, (p, v) => p + "." + method + "<" + generated.ClassName + ">(out " + v + ")", (w, v) => w + ".Write(" + v + ")");
        }

        if (t.EndsWith("Attr", StringComparison.Ordinal))
        {
            return new DefParameterTyping(Ir + "MlirAttribute", true, (p, v) => p + ".ParseAttribute(out " + v + ")", (w, v) => w + ".Write(" + v + ")");
        }

        if (t.EndsWith("Type", StringComparison.Ordinal))
        {
            return new DefParameterTyping(Ir + "MlirType", true, (p, v) => p + ".ParseType(out " + v + ")", (w, v) => w + ".Write(" + v + ")");
        }

        return null;
    }

    private string? DefaultFor(string? cppDefault, EnumNames enums, string? enumDefName)
    {
        var text = cppDefault?.Trim();
        if (text is null || text.Length == 0)
        {
            return null;
        }

        switch (ValueType)
        {
            case "long":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? CSharpLiteral.Int(l) : null;
            case "bool":
                return text == "true" || text == "false" ? text : null;
            case "double":
                {
                    // `0.0`, `::llvm::APFloat(0.0)`, `1e-5`
                    var m = Regex.Match(text, @"-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?");
                    return m.Success && double.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                        ? d.ToString("R", CultureInfo.InvariantCulture) + (m.Value.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0 ? string.Empty : ".0")
                        : null;
                }

            case "string":
                if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"' && text.IndexOf('\\') < 0)
                {
                    return CSharpLiteral.String(text.Substring(1, text.Length - 2));
                }

                return null;
        }

        EnumNames.Entry? info = null;
        if (enumDefName is not null && enums.TryGet(enumDefName, out var byName))
        {
            info = byName;
        }

        info ??= enums.All.FirstOrDefault(e => e.TypeName == ValueType);
        if (info is not null)
        {
            var symbol = text.Substring(text.LastIndexOf(':') + 1);
            return info.Enum.Cases.Any(c => c.Symbol == symbol) ? info.TypeName + "." + CSharpLiteral.Identifier(EnumEmitter.SafeSymbol(symbol)) : null;
        }

        return null;
    }

    /// <summary><c>::mlir::Type</c> to <c>Type</c>, <c>::llvm::ArrayRef&lt;int64_t&gt;</c> kept; <c>const T &amp;</c> to <c>T</c>.</summary>
    private static string Normalize(string cppType)
    {
        var t = cppType.Trim();
        if (t.StartsWith("const ", StringComparison.Ordinal))
        {
            t = t.Substring(6).Trim();
        }

        t = t.TrimEnd('&', ' ');
        foreach (var prefix in new[] { "::mlir::", "mlir::", "::llvm::", "llvm::", "::" })
        {
            if (t.StartsWith(prefix, StringComparison.Ordinal))
            {
                t = t.Substring(prefix.Length);
                break;
            }
        }

        return t;
    }

    private static string LastSegment(string cppType)
    {
        var i = cppType.LastIndexOf("::", StringComparison.Ordinal);
        return i < 0 ? cppType : cppType.Substring(i + 2);
    }
}
