using System.Collections.Generic;
using System.Linq;
using static MlirBuild.TableGen.Ods.Reading.RecordAccess;

namespace MlirBuild.TableGen.Ods.Reading;

/// <summary>Reads type and attribute constraint records the way ODS's <c>Constraint</c>, <c>TypeConstraint</c> and <c>Attribute</c> wrappers do.</summary>
internal static class ConstraintReader
{
    /// <summary>ODS's summary rule: the summary field when set, otherwise the def's name.</summary>
    public static string Summary(Record record) => String(record, "summary") ?? record.Name;

    public static OdsTypeConstraint ReadType(Record record)
    {
        if (IsSubClassOf(record, "OpVariable") && Def(record, "constraint") is { } inner)
        {
            record = inner;
        }

        var arity = IsSubClassOf(record, "VariadicOfVariadic") ? OdsValueArity.VariadicOfVariadic
            : IsSubClassOf(record, "Variadic") ? OdsValueArity.Variadic
            : IsSubClassOf(record, "Optional") ? OdsValueArity.Optional
            : OdsValueArity.Single;
        var valueRecord = arity == OdsValueArity.Single ? record : Def(record, "baseType") ?? record;
        var builderCall = String(valueRecord, "builderCall");
        return new OdsTypeConstraint(
            record.Name,
            Summary(record),
            StringOrEmpty(record, "description"),
            String(record, "cppType") ?? "::mlir::Type",
            arity,
            arity == OdsValueArity.VariadicOfVariadic ? String(record, "segmentAttrName") : null,
            string.IsNullOrEmpty(builderCall) ? null : builderCall,
            TypeMatcherReader.Read(valueRecord));
    }

    public static OdsAttributeConstraint ReadAttribute(Record record, bool isDerived)
    {
        var storage = String(record, "storageType")?.Trim();
        var baseRecord = BaseAttr(record);
        var defaultValue = String(record, "defaultValue");
        var constBuilder = String(record, "constBuilderCall");
        var (kind, width, enumName) = Classify(baseRecord);
        return new OdsAttributeConstraint(
            record.Name,
            baseRecord.Name,
            Summary(record),
            StringOrEmpty(record, "description"),
            string.IsNullOrEmpty(storage) ? "::mlir::Attribute" : storage!,
            String(record, "returnType") ?? string.Empty,
            Bit(record, "isOptional"),
            string.IsNullOrEmpty(defaultValue) ? null : defaultValue,
            string.IsNullOrEmpty(constBuilder) ? null : constBuilder,
            kind,
            width,
            enumName,
            isDerived);
    }

    /// <summary>Follows <c>baseAttr</c> through OptionalAttr/DefaultValuedAttr/ConfinedAttr wrappers to the attribute they constrain.</summary>
    public static Record BaseAttr(Record record)
    {
        var current = record;
        for (var depth = 0; depth < 16; depth++)
        {
            var next = Def(current, "baseAttr");
            if (next is null || ReferenceEquals(next, current))
            {
                break;
            }

            current = next;
        }

        return current;
    }

    private static (OdsAttributeKind Kind, int Width, string? EnumName) Classify(Record attr)
    {
        if (IsSubClassOf(attr, "EnumAttrInfo"))
        {
            return (OdsAttributeKind.Enum, 0, attr.Name);
        }

        if (IsSubClassOf(attr, "EnumAttr") && Def(attr, "enum") is { } wrapped)
        {
            return (OdsAttributeKind.Enum, 0, wrapped.Name);
        }

        var storage = StringOrEmpty(attr, "storageType").Trim();
        switch (storage)
        {
            case "::mlir::IntegerAttr":
                return (OdsAttributeKind.Integer, IntegerWidth(attr), null);
            case "::mlir::FloatAttr":
                return (OdsAttributeKind.Float, 0, null);
            case "::mlir::BoolAttr":
                return (OdsAttributeKind.Bool, 0, null);
            case "::mlir::StringAttr":
                return (OdsAttributeKind.String, 0, null);
            case "::mlir::UnitAttr":
                return (OdsAttributeKind.Unit, 0, null);
            case "::mlir::TypeAttr":
                return (OdsAttributeKind.Type, 0, null);
            case "::mlir::ArrayAttr":
                return (OdsAttributeKind.Array, 0, null);
            case "::mlir::DictionaryAttr":
                return (OdsAttributeKind.Dictionary, 0, null);
            case "::mlir::SymbolRefAttr":
            case "::mlir::FlatSymbolRefAttr":
                return (OdsAttributeKind.SymbolRef, 0, null);
            case "::mlir::DenseBoolArrayAttr":
                return (OdsAttributeKind.DenseBoolArray, 0, null);
            case "::mlir::DenseI8ArrayAttr":
                return (OdsAttributeKind.DenseIntArray, 8, null);
            case "::mlir::DenseI16ArrayAttr":
                return (OdsAttributeKind.DenseIntArray, 16, null);
            case "::mlir::DenseI32ArrayAttr":
                return (OdsAttributeKind.DenseIntArray, 32, null);
            case "::mlir::DenseI64ArrayAttr":
                return (OdsAttributeKind.DenseIntArray, 64, null);
            case "::mlir::DenseF32ArrayAttr":
                return (OdsAttributeKind.DenseFloatArray, 32, null);
            case "::mlir::DenseF64ArrayAttr":
                return (OdsAttributeKind.DenseFloatArray, 64, null);
            case "::mlir::ElementsAttr":
            case "::mlir::DenseElementsAttr":
            case "::mlir::DenseIntElementsAttr":
            case "::mlir::DenseFPElementsAttr":
                return (OdsAttributeKind.Elements, 0, null);
            default:
                return (OdsAttributeKind.Other, 0, null);
        }
    }

    private static int IntegerWidth(Record attr)
    {
        if (Def(attr, "valueType") is { } valueType && Int(valueType, "bitwidth") is long width)
        {
            return (int)width;
        }

        return 0;
    }

    public static IEnumerable<Record> AllowedTypes(Record record) => ListOfDefs(record, "allowedTypes").ToList();
}
