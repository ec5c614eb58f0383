using System;
using System.Globalization;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// How one attribute constraint appears in C#: the value type of its typed property and factory parameter, how to
/// read it from an IR attribute, how to build the IR attribute, the verifier's kind check, and a C# default.
/// </summary>
internal sealed class AttributeTyping
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Support = SupportEmitter.ClassName;

    private AttributeTyping(string valueType, bool isStruct, Func<string, string> read, Func<string, string> build, string? kindCheck)
    {
        ValueType = valueType;
        IsStruct = isStruct;
        Read = read;
        Build = build;
        KindCheck = kindCheck;
    }

    /// <summary>The C# type of the value (without nullability).</summary>
    public string ValueType { get; }

    /// <summary>Value types need <c>?</c> to be optional.</summary>
    public bool IsStruct { get; }

    /// <summary>Given an expression of type MlirAttribute?, an expression of the value type, or null when absent or of another kind.</summary>
    public Func<string, string> Read { get; }

    /// <summary>Given a value expression, an expression creating the IR attribute.</summary>
    public Func<string, string> Build { get; }

    /// <summary>A check over an attribute variable <c>a</c> (null: no kind check).</summary>
    public string? KindCheck { get; }

    public string Nullable => ValueType + "?";

    public static AttributeTyping For(OdsAttributeConstraint attr, OdsModel model, EnumNames enums)
    {
        switch (attr.Kind)
        {
            case OdsAttributeKind.Integer when attr.BaseDefName == "IndexAttr":
                return new AttributeTyping("long", true, a => Support + ".Integer(" + a + ")", v => "new " + Ir + "IntegerAttr(" + Ir + "IndexType.Instance, " + v + ")", "a is " + Ir + "IntegerAttr");
            case OdsAttributeKind.Integer when attr.IntegerWidth > 0:
                {
                    var type = IntegerTypeExpression(attr);
                    return new AttributeTyping("long", true, a => Support + ".Integer(" + a + ")", v => "new " + Ir + "IntegerAttr(" + type + ", " + v + ")", "a is " + Ir + "IntegerAttr");
                }

            case OdsAttributeKind.Float when attr.BaseDefName == "F32Attr" || attr.BaseDefName == "F64Attr":
                {
                    var type = attr.BaseDefName == "F32Attr" ? Ir + "FloatType.F32" : Ir + "FloatType.F64";
                    return new AttributeTyping("double", true, a => Support + ".Float(" + a + ")", v => Ir + "FloatAttr.Get(" + type + ", " + v + ")", "a is " + Ir + "FloatAttr");
                }

            case OdsAttributeKind.Bool:
                return new AttributeTyping("bool", true, a => Support + ".Bool(" + a + ")", v => "new " + Ir + "BoolAttr(" + v + ")", "a is " + Ir + "BoolAttr");
            case OdsAttributeKind.String:
                return new AttributeTyping("string", false, a => Support + ".String(" + a + ")", v => Support + ".StringAttribute(" + v + ")", "a is " + Ir + "StringAttr");
            case OdsAttributeKind.Unit:
                return new AttributeTyping("bool", true, a => "(" + a + " is not null)", v => Ir + "UnitAttr.Instance", null);
            case OdsAttributeKind.Type:
                return new AttributeTyping(Ir + "MlirType", false, a => Support + ".Type(" + a + ")", v => "new " + Ir + "TypeAttr(" + v + ")", "a is " + Ir + "TypeAttr");
            case OdsAttributeKind.DenseIntArray:
                {
                    var width = attr.IntegerWidth.ToString(CultureInfo.InvariantCulture);
                    return new AttributeTyping("long[]", false, a => Support + ".DenseIntegers(" + a + ")", v => Support + ".DenseArray(new " + Ir + "IntegerType(" + width + "), " + v + ")", "a is " + Ir + "DenseArrayAttr");
                }

            case OdsAttributeKind.DenseBoolArray:
                return new AttributeTyping("bool[]", false, a => Support + ".DenseBools(" + a + ")", v => Support + ".DenseBoolArray(" + v + ")", "a is " + Ir + "DenseArrayAttr");
            case OdsAttributeKind.DenseFloatArray:
                {
                    var type = attr.IntegerWidth == 32 ? Ir + "FloatType.F32" : Ir + "FloatType.F64";
                    return new AttributeTyping("double[]", false, a => Support + ".DenseFloats(" + a + ")", v => Support + ".DenseFloatArray(" + type + ", " + v + ")", "a is " + Ir + "DenseArrayAttr");
                }

            case OdsAttributeKind.Enum when attr.EnumDefName is not null && enums.TryGet(attr.EnumDefName, out var enumInfo):
                {
                    var wrapper = model.EnumAttrs.FirstOrDefault(e => e.DefName == attr.BaseDefName);
                    var helper = enumInfo.HelperName;
                    if (wrapper is not null && enums.Defs.TryGetByDef(wrapper.DefName, out var wrapperClass))
                    {
                        // The generated enum attribute class (`#dialect<mnemonic CASE>`).
                        return new AttributeTyping(
                            enumInfo.TypeName,
                            true,
                            a => helper + ".FromAttribute(" + a + ")",
                            v => "new " + wrapperClass.ClassName + "(" + v + ")",
                            null);
                    }

                    if (wrapper is not null)
                    {
                        var dialect = model.Dialects.FirstOrDefault(d => d.DefName == wrapper.DialectDefName)?.Name ?? string.Empty;
                        // The IR keeps unknown dialect attributes verbatim: the body is `dialect.mnemonic<case>`.
                        var prefix = CSharpLiteral.String(dialect + "." + wrapper.Mnemonic + "<");
                        return new AttributeTyping(
                            enumInfo.TypeName,
                            true,
                            a => helper + ".FromAttribute(" + a + ")",
                            v => "new " + Ir + "OpaqueAttr(" + CSharpLiteral.String(dialect) + ", " + prefix + " + " + helper + ".ToMlirString(" + v + ") + \">\")",
                            null);
                    }

                    var width = enumInfo.Enum.BitWidth.ToString(CultureInfo.InvariantCulture);
                    return new AttributeTyping(
                        enumInfo.TypeName,
                        true,
                        a => helper + ".FromAttribute(" + a + ")",
                        v => "new " + Ir + "IntegerAttr(new " + Ir + "IntegerType(" + width + "), (long)" + v + ")",
                        null);
                }

            case OdsAttributeKind.Other when enums.Defs.TryGetByDef(attr.BaseDefName, out var defClass) && defClass.IsAttribute:
                // A generated dialect attribute; text the dialect could not type (a missing hook) stays opaque.
                return new AttributeTyping(defClass.ClassName, false, a => "(" + a + " as " + defClass.ClassName + ")", v => v, "a is " + defClass.ClassName + " || a is " + Ir + "OpaqueAttr");
            default:
                return new AttributeTyping(Ir + "MlirAttribute", false, a => a, v => v, null);
        }
    }

    /// <summary>A C# literal for the ODS default value (a C++ expression), or null when it is not a plain literal.</summary>
    public string? DefaultLiteral(OdsAttributeConstraint attr, EnumNames enums)
    {
        var text = attr.DefaultValue?.Trim();
        if (text is null || text.Length == 0)
        {
            return null;
        }

        switch (ValueType)
        {
            case "long":
                return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? CSharpLiteral.Int(l) : null;
            case "double":
                var trimmed = text.TrimEnd('f', 'F');
                return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? d.ToString("R", CultureInfo.InvariantCulture) + (trimmed.Contains(".") || trimmed.Contains("e") || trimmed.Contains("E") ? string.Empty : ".0")
                    : null;
            case "bool":
                return text == "true" || text == "false" ? text : null;
            case "string":
                if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"' && text.IndexOf('\\') < 0)
                {
                    return CSharpLiteral.String(text.Substring(1, text.Length - 2));
                }

                return null;
        }

        if (attr.Kind == OdsAttributeKind.Enum && attr.EnumDefName is not null && enums.TryGet(attr.EnumDefName, out var info))
        {
            var symbol = text.Substring(text.LastIndexOf(':') + 1);
            return info.Enum.Cases.Any(c => c.Symbol == symbol) ? info.TypeName + "." + CSharpLiteral.Identifier(symbol) : null;
        }

        return null;
    }

    private static string IntegerTypeExpression(OdsAttributeConstraint attr)
    {
        var width = attr.IntegerWidth.ToString(CultureInfo.InvariantCulture);
        var signedness = attr.BaseDefName.StartsWith("SI", StringComparison.Ordinal) ? "Signed"
            : attr.BaseDefName.StartsWith("UI", StringComparison.Ordinal) ? "Unsigned"
            : "Signless";
        return "new " + Ir + "IntegerType(" + width + ", " + Ir + "Signedness." + signedness + ")";
    }
}
