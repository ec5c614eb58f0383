using System.Collections.Generic;
using System.Linq;
using static MlirBuild.TableGen.Ods.Reading.RecordAccess;

namespace MlirBuild.TableGen.Ods.Reading;

/// <summary>Reads dialects, enums, enum attributes and AttrDef/TypeDef records.</summary>
internal static class DefinitionReader
{
    public static OdsDialect ReadDialect(Record def) => new OdsDialect(
        def.Name,
        StringOrEmpty(def, "name"),
        StringOrEmpty(def, "cppNamespace"),
        StringOrEmpty(def, "summary"),
        StringOrEmpty(def, "description"),
        !HasField(def, "usePropertiesForAttributes") || Bit(def, "usePropertiesForAttributes"),
        Location(def));

    public static OdsEnum ReadEnum(Record def)
    {
        var isBit = IsSubClassOf(def, "BitEnumBase") || IsSubClassOf(def, "BitEnumAttr") || IsSubClassOf(def, "BitEnum");
        var cases = ListOfDefs(def, "enumerants")
            .Select(c => new OdsEnumCase(StringOrEmpty(c, "symbol"), StringOrEmpty(c, "str"), Int(c, "value") ?? 0)
            {
                IsGroup = IsSubClassOf(c, "BitEnumCaseGroup") || IsSubClassOf(c, "BitEnumAttrCaseGroup"),
            })
            .ToImmutableEquatableArray();
        return new OdsEnum(
            def.Name,
            StringOrEmpty(def, "className"),
            StringOrEmpty(def, "cppNamespace"),
            isBit ? OdsEnumKind.Bit : OdsEnumKind.Integer,
            (int)(Int(def, "bitwidth") ?? 32),
            StringOrEmpty(def, "summary"),
            StringOrEmpty(def, "description"),
            String(def, "separator") ?? "|",
            cases,
            Location(def))
        {
            PrintPrimaryGroups = isBit && HasField(def, "printBitEnumPrimaryGroups") && Bit(def, "printBitEnumPrimaryGroups"),
        };
    }

    public static OdsEnumAttr? ReadEnumAttr(Record def)
    {
        var dialect = Def(def, "dialect");
        var info = Def(def, "enum");
        if (dialect is null || info is null)
        {
            return null;
        }

        return new OdsEnumAttr(def.Name, dialect.Name, info.Name, StringOrEmpty(def, "mnemonic"), String(def, "assemblyFormat"), Location(def));
    }

    public static OdsAttrOrTypeDef ReadAttrOrTypeDef(Record def, bool isAttribute)
    {
        var parameters = new List<OdsDefParameter>();
        var dag = Dag(def, "parameters");
        if (dag is not null)
        {
            for (var i = 0; i < dag.Count; i++)
            {
                var name = dag.ArgNames[i] ?? string.Empty;
                switch (dag.Args[i])
                {
                    case StringInit s:
                        parameters.Add(new OdsDefParameter(name, s.Value, string.Empty, s.Value, false, null, false));
                        break;
                    case DefInit d:
                        var p = d.Def;
                        var cppType = StringOrEmpty(p, "cppType");
                        if (cppType.Length == 0 && IsSubClassOf(p, "Attr"))
                        {
                            // An attribute constraint used as a parameter stands for its storage class.
                            cppType = StringOrEmpty(p, "storageType").Trim();
                        }

                        var defaultValue = String(p, "defaultValue");
                        var elementType = String(p, "elementType");
                        if (elementType is null && cppType.StartsWith("::llvm::ArrayRef<", System.StringComparison.Ordinal) && cppType.EndsWith(">", System.StringComparison.Ordinal))
                        {
                            elementType = cppType.Substring(17, cppType.Length - 18).Trim();
                        }

                        parameters.Add(new OdsDefParameter(
                            name,
                            cppType,
                            StringOrEmpty(p, "summary"),
                            String(p, "syntax") ?? cppType,
                            Bit(p, "isOptional") || IsSubClassOf(p, "OptionalParameter"),
                            string.IsNullOrEmpty(defaultValue) ? null : defaultValue,
                            IsSubClassOf(p, "ArrayRefParameter") || IsSubClassOf(p, "OptionalArrayRefParameter"))
                        {
                            ElementCppType = elementType,
                            CustomDirective = String(p, "customDirective"),
                            // StringRefParameter's parse/print code is the default string syntax.
                            HasCustomParser = !string.IsNullOrEmpty(String(p, "parser")) && !IsSubClassOf(p, "StringRefParameter"),
                            HasCustomPrinter = !string.IsNullOrEmpty(String(p, "printer")) && !IsSubClassOf(p, "StringRefParameter"),
                            EnumDefName = IsSubClassOf(p, "EnumParameter") ? Def(p, "enum")?.Name : null,
                        });
                        break;
                }
            }
        }

        var dialect = Def(def, "dialect");
        return new OdsAttrOrTypeDef(
            isAttribute,
            def.Name,
            dialect?.Name ?? string.Empty,
            StringOrEmpty(def, "cppClassName"),
            String(def, "mnemonic"),
            StringOrEmpty(def, "summary"),
            StringOrEmpty(def, "description"),
            parameters.ToImmutableEquatableArray(),
            String(def, "assemblyFormat"),
            Bit(def, "hasCustomAssemblyFormat"),
            Location(def));
    }
}
