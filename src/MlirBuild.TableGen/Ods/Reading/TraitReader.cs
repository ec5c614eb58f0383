using System;
using System.Collections.Generic;
using System.Linq;
using static MlirBuild.TableGen.Ods.Reading.RecordAccess;

namespace MlirBuild.TableGen.Ods.Reading;

/// <summary>Reads an op's trait list as ODS does: nested TraitLists flattened, duplicates dropped, kinds classified.</summary>
internal static class TraitReader
{
    public static List<(Record Record, OdsTrait Trait)> ReadAll(Record op)
    {
        var seen = new HashSet<Record>();
        var traits = new List<(Record, OdsTrait)>();
        Add(ListOfDefs(op, "traits"), seen, traits, 0);
        return traits;
    }

    private static void Add(IEnumerable<Record> list, HashSet<Record> seen, List<(Record, OdsTrait)> traits, int depth)
    {
        foreach (var def in list)
        {
            if (depth < 16 && IsSubClassOf(def, "TraitList"))
            {
                Add(ListOfDefs(def, "traits").ToList(), seen, traits, depth + 1);
                continue;
            }

            if (!seen.Add(def))
            {
                continue;
            }

            // An interface brings its base interfaces along, ahead of itself.
            if (depth < 16 && IsSubClassOf(def, "Interface"))
            {
                Add(ListOfDefs(def, "baseInterfaces").ToList(), seen, traits, depth + 1);
            }

            traits.Add((def, Read(def)));
        }
    }

    public static OdsTrait Read(Record def)
    {
        var kind = IsSubClassOf(def, "PredTrait") ? OdsTraitKind.Predicate
            : IsSubClassOf(def, "GenInternalTrait") ? OdsTraitKind.Internal
            : IsSubClassOf(def, "InterfaceTrait") ? OdsTraitKind.Interface
            : OdsTraitKind.Native;

        var traitField = StringOrEmpty(def, "trait");
        var qualified = QualifiedName(def, kind, traitField);

        var traitName = TrimSuffix(TrimSuffix(traitField, "::Trait"), "::Impl");
        var docName = IsAnonymous(def) ? traitName : def.Name;
        string? effects = null;
        if (kind == OdsTraitKind.Interface && IsSubClassOf(def, "SideEffectsTraitBase"))
        {
            effects = EffectsText(def);
            docName += " (" + traitName + ")";
        }

        var values = HasField(def, "values") ? ListOfStrings(def, "values").ToImmutableEquatableArray() : ImmutableEquatableArray<string>.Empty;
        return new OdsTrait(kind, def.Name, qualified, docName, effects, values) { TypeMatch = ReadTypeMatch(def) };
    }

    /// <summary>The type-equality facts of AllTypesMatch / SameTypeOperands-like predicates and TypesMatchWith.</summary>
    private static OdsTypeMatch? ReadTypeMatch(Record def)
    {
        if (IsSubClassOf(def, "AllTypesMatch"))
        {
            return new OdsTypeMatch(ListOfStrings(def, "values").ToImmutableEquatableArray(), null);
        }

        if (IsSubClassOf(def, "TypesMatchWith"))
        {
            var lhs = String(def, "lhs");
            var rhs = String(def, "rhs");
            if (lhs is null || rhs is null)
            {
                return null;
            }

            return new OdsTypeMatch(new[] { lhs, rhs }.ToImmutableEquatableArray(), String(def, "transformer") ?? "$_self");
        }

        return null;
    }

    private static string QualifiedName(Record def, OdsTraitKind kind, string traitField)
    {
        switch (kind)
        {
            case OdsTraitKind.Native:
            case OdsTraitKind.Interface:
                var ns = StringOrEmpty(def, "cppNamespace");
                return ns.Length == 0 ? traitField : ns + "::" + traitField;
            case OdsTraitKind.Internal:
                return traitField;
            default:
                return def.Name;
        }
    }

    private static string EffectsText(Record def)
    {
        var baseName = TrimPrefix(TrimPrefix(StringOrEmpty(def, "baseEffectName"), "::"), "mlir::");
        var parts = ListOfDefs(def, "effects").Select(effect =>
            TrimPrefix(TrimPrefix(StringOrEmpty(effect, "effect"), "::"), "mlir::") + " on " + StringOrEmpty(effect, "resource"));
        return baseName + "{" + string.Join(", ", parts) + "}";
    }

    internal static string TrimSuffix(string text, string suffix) =>
        text.EndsWith(suffix, StringComparison.Ordinal) ? text.Substring(0, text.Length - suffix.Length) : text;

    internal static string TrimPrefix(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) ? text.Substring(prefix.Length) : text;
}
