using System;
using System.Globalization;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>How an attribute variable is written in an op format (OpFormatGen's cases, in its order of precedence).</summary>
internal enum AttributeFormatKind
{
    /// <summary>An integer-stored enum: the case as a keyword (or a string when it is not one).</summary>
    EnumKeyword,

    /// <summary>A dialect enum attribute whose own format is <c>$value</c>: <c> CASE</c> (the attribute printer adds a space).</summary>
    EnumWrapperBare,

    /// <summary>A dialect enum attribute whose own format is <c>`&lt;` $value `&gt;`</c>: <c>&lt;CASE&gt;</c>.</summary>
    EnumWrapperAngle,

    /// <summary>SymbolNameAttr: <c>@name</c>.</summary>
    SymbolName,

    /// <summary>A scalar attribute with a buildable type: the value without <c>: type</c>.</summary>
    WithoutType,

    /// <summary>A dense array: <c>[1, 2]</c>.</summary>
    DenseArray,

    /// <summary>Anything else: the full attribute.</summary>
    Full,
}

/// <summary>The format kind of one attribute plus what its printer and parser need.</summary>
internal sealed class AttributeFormat
{
    private const string Ir = "global::MlirBuild.Ir.";

    private AttributeFormat(AttributeFormatKind kind, string? typeExpression = null, EnumNames.Entry? enumEntry = null, string dialect = "", string mnemonic = "")
    {
        Kind = kind;
        TypeExpression = typeExpression;
        Enum = enumEntry;
        Dialect = dialect;
        Mnemonic = mnemonic;
    }

    public AttributeFormatKind Kind { get; }

    /// <summary>The buildable type (WithoutType) or the element type (DenseArray).</summary>
    public string? TypeExpression { get; }

    public EnumNames.Entry? Enum { get; }

    public string Dialect { get; }

    public string Mnemonic { get; }

    public static AttributeFormat For(OdsAttributeConstraint attr, OdsModel model, EnumNames enums, bool qualified)
    {
        if (attr.Kind == OdsAttributeKind.Enum && attr.EnumDefName is not null && enums.TryGet(attr.EnumDefName, out var entry))
        {
            var wrapper = model.EnumAttrs.FirstOrDefault(e => e.DefName == attr.BaseDefName);
            if (wrapper is null)
            {
                return new AttributeFormat(AttributeFormatKind.EnumKeyword, enumEntry: entry);
            }

            var dialect = model.Dialects.FirstOrDefault(d => d.DefName == wrapper.DialectDefName)?.Name ?? string.Empty;
            var format = (wrapper.AssemblyFormat ?? "`<` $value `>`").Replace(" ", string.Empty);
            if (!qualified && dialect.Length != 0 && format == "$value")
            {
                return new AttributeFormat(AttributeFormatKind.EnumWrapperBare, enumEntry: entry, dialect: dialect, mnemonic: wrapper.Mnemonic);
            }

            if (!qualified && dialect.Length != 0 && format == "`<`$value`>`")
            {
                return new AttributeFormat(AttributeFormatKind.EnumWrapperAngle, enumEntry: entry, dialect: dialect, mnemonic: wrapper.Mnemonic);
            }

            return new AttributeFormat(AttributeFormatKind.Full);
        }

        if (attr.BaseDefName == "SymbolNameAttr")
        {
            return new AttributeFormat(AttributeFormatKind.SymbolName);
        }

        var scalar = ScalarType(attr);
        if (scalar is not null)
        {
            return new AttributeFormat(AttributeFormatKind.WithoutType, scalar);
        }

        if (!qualified)
        {
            var element = attr.Kind switch
            {
                OdsAttributeKind.DenseIntArray => "new " + Ir + "IntegerType(" + attr.IntegerWidth.ToString(CultureInfo.InvariantCulture) + ")",
                OdsAttributeKind.DenseBoolArray => Ir + "IntegerType.I1",
                OdsAttributeKind.DenseFloatArray => attr.IntegerWidth == 32 ? Ir + "FloatType.F32" : Ir + "FloatType.F64",
                _ => null,
            };
            if (element is not null)
            {
                return new AttributeFormat(AttributeFormatKind.DenseArray, element);
            }
        }

        return new AttributeFormat(AttributeFormatKind.Full);
    }

    /// <summary>The C# expression of an attribute's buildable value type (ODS <c>valueType</c> with a builder), or null.</summary>
    private static string? ScalarType(OdsAttributeConstraint attr)
    {
        switch (attr.Kind)
        {
            case OdsAttributeKind.Integer when attr.BaseDefName == "IndexAttr":
                return Ir + "IndexType.Instance";
            case OdsAttributeKind.Integer when attr.IntegerWidth > 0:
                {
                    var signedness = attr.BaseDefName.StartsWith("SI", StringComparison.Ordinal) ? "Signed"
                        : attr.BaseDefName.StartsWith("UI", StringComparison.Ordinal) ? "Unsigned"
                        : "Signless";
                    return "new " + Ir + "IntegerType(" + attr.IntegerWidth.ToString(CultureInfo.InvariantCulture) + ", " + Ir + "Signedness." + signedness + ")";
                }

            case OdsAttributeKind.Float when attr.BaseDefName == "F32Attr":
                return Ir + "FloatType.F32";
            case OdsAttributeKind.Float when attr.BaseDefName == "F64Attr":
                return Ir + "FloatType.F64";
            case OdsAttributeKind.Bool:
                return Ir + "IntegerType.I1";
            case OdsAttributeKind.String when attr.StorageType == "::mlir::StringAttr":
                // StringBasedAttr's value type is NoneType: the string prints and parses without `: type`.
                return Ir + "NoneType.Instance";
            default:
                return null;
        }
    }

    /// <summary>A C# boolean expression: can attribute expression <paramref name="a"/> (non-null) be written in this form?</summary>
    public string Printable(string a)
    {
        switch (Kind)
        {
            case AttributeFormatKind.EnumKeyword:
            case AttributeFormatKind.EnumWrapperBare:
            case AttributeFormatKind.EnumWrapperAngle:
                return Enum!.HelperName + ".FromAttribute(" + a + ") is not null";
            case AttributeFormatKind.SymbolName:
                return a + " is " + Ir + "StringAttr { Type: null }";
            case AttributeFormatKind.WithoutType:
                return FormatSupportEmitter.ClassName + ".HasScalarType(" + a + ", " + TypeExpression + ")";
            case AttributeFormatKind.DenseArray:
                return FormatSupportEmitter.ClassName + ".IsDenseArrayOf(" + a + ", " + TypeExpression + ")";
            default:
                return "true";
        }
    }
}
