using System;
using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Format;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>The C# classes generated for AttrDef/TypeDef/EnumAttr definitions, by def name and by C++ class name.</summary>
internal sealed class DefClassNames
{
    private readonly Dictionary<string, Entry> byDef = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> byCpp = new(StringComparer.Ordinal);

    public void Add(string defName, string cppClassName, string className, bool isAttribute)
    {
        var entry = new Entry(className, isAttribute);
        byDef[defName] = entry;
        if (cppClassName.Length > 0 && !byCpp.ContainsKey(cppClassName))
        {
            byCpp[cppClassName] = entry;
        }
    }

    public bool TryGetByDef(string defName, out Entry entry) => byDef.TryGetValue(defName, out entry!);

    public bool TryGetByCppClass(string cppClassName, out Entry entry) => byCpp.TryGetValue(cppClassName, out entry!);

    public sealed record Entry(string ClassName, bool IsAttribute);
}

/// <summary>One parameter of a planned definition: its ODS data, C# names and typing.</summary>
internal sealed record DefParam(OdsDefParameter Ods, string Property, string Local, DefParameterTyping Typing)
{
    public bool IsOptional => DefParameterTyping.IsOptional(Ods);

    /// <summary>Optional without a usable default: nullable, absent = null.</summary>
    public bool IsNullable => IsOptional && Typing.Default is null;

    public string FieldType => IsNullable ? Typing.ValueType + "?" : Typing.ValueType;

    /// <summary>The value to start parsing from (the default, or null/default!).</summary>
    public string InitialValue => IsNullable ? "null" : Typing.Default ?? "default!";

    /// <summary>Is the value of <paramref name="expr"/> other than "left out"? (MLIR prints optional parameters only then.)</summary>
    public string IsPresent(string expr) => IsNullable ? expr + " is not null" : Typing.Default is null ? "true" : "!(" + expr + " == " + Typing.Default + ")";

    /// <summary>A non-null expression for printing (inside a presence guard).</summary>
    public string PrintValue(string expr) => IsNullable ? (Typing.IsReference ? expr + "!" : expr + ".Value") : expr;
}

/// <summary>
/// An AttrDef/TypeDef (or an EnumAttr, seen as an attribute with one enum parameter <c>value</c>) ready to emit:
/// the class name, the parameters with their typings and the parsed assembly format.
/// </summary>
internal sealed class DefPlan
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "DialectNamespace", "Mnemonic", "PrintSymbol", "PrintBody", "ToString", "Equals", "GetHashCode", "EqualityContract",
        "ParseAfterMnemonic", "Get", "PrintCustom", "ParseCustom", "Deconstruct", "PrintMembers",
    };

    public DefPlan(OdsAttrOrTypeDef def, string dialectName, string dialectClass, string className, IReadOnlyList<DefParam> parameters, AssemblyFormat? format)
    {
        Def = def;
        DialectName = dialectName;
        DialectClass = dialectClass;
        ClassName = className;
        Parameters = parameters;
        Format = format;
    }

    public OdsAttrOrTypeDef Def { get; }

    public string DialectName { get; }

    public string DialectClass { get; }

    public string ClassName { get; }

    public string Mnemonic => Def.Mnemonic ?? string.Empty;

    public IReadOnlyList<DefParam> Parameters { get; }

    /// <summary>The declarative format; null for hand-written (custom) assembly or no parameters.</summary>
    public AssemblyFormat? Format { get; }

    public bool HasCustomAssembly => Def.HasCustomAssemblyFormat && Format is null;

    public DefParam? Find(string name) => Parameters.FirstOrDefault(p => p.Ods.Name == name);

    /// <summary>
    /// Plans a definition, or returns null when it cannot be generated faithfully (no mnemonic, a parameter type
    /// without C# counterpart, a parameter with C++ parse/print code and no <c>customDirective</c>, a format element
    /// this generator does not compile); such definitions stay opaque in the IR.
    /// </summary>
    public static DefPlan? TryCreate(OdsAttrOrTypeDef def, string dialectName, string dialectClass, string className, DefClassNames classes, EnumNames enums)
    {
        if (string.IsNullOrEmpty(def.Mnemonic) || dialectName.Length == 0)
        {
            return null;
        }

        var parameters = new List<DefParam>();
        var used = new HashSet<string>(Reserved, StringComparer.Ordinal) { className };
        foreach (var p in def.Parameters)
        {
            var typing = DefParameterTyping.For(p, classes, enums);
            if (typing is null || p.Name.Length == 0)
            {
                return null;
            }

            if ((p.HasCustomParser || p.HasCustomPrinter) && p.CustomDirective is null && p.EnumDefName is null)
            {
                return null;
            }

            var property = CSharpLiteral.Identifier(CSharpLiteral.Pascal(p.Name));
            while (!used.Add(property))
            {
                property += "Value";
            }

            parameters.Add(new DefParam(p, property, "_" + CSharpLiteral.Camel(p.Name).TrimStart('@'), typing));
        }

        AssemblyFormat? format = null;
        if (!string.IsNullOrWhiteSpace(def.AssemblyFormat))
        {
            var parsed = FormatParser.Parse(def.AssemblyFormat!);
            if (!parsed.Success)
            {
                return null;
            }

            format = parsed.Format;
        }
        else if (!def.HasCustomAssemblyFormat && parameters.Count > 0)
        {
            return null;
        }

        var plan = new DefPlan(def, dialectName, dialectClass, className, parameters, format);
        if (format is not null && !DefFormatEmitter.IsSupported(plan, format))
        {
            return null;
        }

        return plan;
    }

    /// <summary>An EnumAttr as a definition with one enum parameter named <c>value</c>.</summary>
    public static OdsAttrOrTypeDef FromEnumAttr(OdsEnumAttr attr, OdsEnum info)
    {
        var className = (info.ClassName.Length == 0 ? info.DefName : info.ClassName) + "Attr";
        var parameter = new OdsDefParameter("value", info.CppNamespace + "::" + info.ClassName, "an enum of type " + info.ClassName, info.ClassName, false, null, false)
        {
            EnumDefName = info.DefName,
        };
        return new OdsAttrOrTypeDef(
            true,
            attr.DefName,
            attr.DialectDefName,
            className,
            attr.Mnemonic,
            info.Summary,
            info.Description,
            new[] { parameter }.ToImmutableEquatableArray(),
            string.IsNullOrWhiteSpace(attr.AssemblyFormat) ? "$value" : attr.AssemblyFormat,
            false,
            attr.Location);
    }
}
