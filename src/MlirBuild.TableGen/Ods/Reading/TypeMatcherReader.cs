using System.Collections.Generic;
using System.Linq;
using static MlirBuild.TableGen.Ods.Reading.RecordAccess;

namespace MlirBuild.TableGen.Ods.Reading;

/// <summary>
/// Recovers a structural <see cref="OdsTypeMatcher"/> from the well-known ODS type classes. Anything that is only a
/// C++ predicate becomes <see cref="OdsTypeMatcherKind.Any"/>, so the generated verifier never rejects valid IR.
/// </summary>
internal static class TypeMatcherReader
{
    private static readonly Dictionary<string, string> FloatDefs = new Dictionary<string, string>
    {
        ["F16"] = "f16", ["F32"] = "f32", ["F64"] = "f64", ["F80"] = "f80", ["F128"] = "f128", ["BF16"] = "bf16",
        ["TF32"] = "tf32", ["F8E4M3FN"] = "f8E4M3FN", ["F8E5M2"] = "f8E5M2", ["F8E4M3"] = "f8E4M3",
        ["F8E4M3FNUZ"] = "f8E4M3FNUZ", ["F8E4M3B11FNUZ"] = "f8E4M3B11FNUZ", ["F8E5M2FNUZ"] = "f8E5M2FNUZ",
        ["F8E3M4"] = "f8E3M4", ["F4E2M1FN"] = "f4E2M1FN", ["F6E2M3FN"] = "f6E2M3FN", ["F6E3M2FN"] = "f6E3M2FN",
        ["F8E8M0FNU"] = "f8E8M0FNU",
    };

    public static OdsTypeMatcher Read(Record record) => Read(record, 0);

    private static OdsTypeMatcher Read(Record record, int depth)
    {
        if (depth > 8)
        {
            return OdsTypeMatcher.AnyType;
        }

        var name = record.Name;
        if (FloatDefs.TryGetValue(name, out var floatName))
        {
            return OdsTypeMatcher.Float(floatName);
        }

        switch (name)
        {
            case "AnyType": return OdsTypeMatcher.AnyType;
            case "Index": return OdsTypeMatcher.Simple(OdsTypeMatcherKind.Index);
            case "AnyInteger": return OdsTypeMatcher.Integer(0, string.Empty);
            case "AnySignlessInteger": return OdsTypeMatcher.Integer(0, "signless");
            case "AnySignedInteger": return OdsTypeMatcher.Integer(0, "signed");
            case "AnyUnsignedInteger": return OdsTypeMatcher.Integer(0, "unsigned");
            case "AnyFloat": return OdsTypeMatcher.Float(string.Empty);
            case "NoneType": return OdsTypeMatcher.Simple(OdsTypeMatcherKind.None);
            case "AnyComplex": return OdsTypeMatcher.Container(OdsTypeMatcherKind.Complex, OdsTypeMatcher.AnyType);
            case "FunctionType": return OdsTypeMatcher.Simple(OdsTypeMatcherKind.Function);
            case "AnyTuple": return OdsTypeMatcher.Simple(OdsTypeMatcherKind.Tuple);
            case "AnySignlessIntegerOrIndex":
                return OdsTypeMatcher.OneOf(ImmutableEquatableArray.Create(OdsTypeMatcher.Integer(0, "signless"), OdsTypeMatcher.Simple(OdsTypeMatcherKind.Index)));
        }

        var width = Int(record, "bitwidth");
        if (IsSubClassOf(record, "I") && width is long iw)
        {
            return OdsTypeMatcher.Integer((int)iw, "signless");
        }

        if (IsSubClassOf(record, "SI") && width is long sw)
        {
            return OdsTypeMatcher.Integer((int)sw, "signed");
        }

        if (IsSubClassOf(record, "UI") && width is long uw)
        {
            return OdsTypeMatcher.Integer((int)uw, "unsigned");
        }

        if (IsSubClassOf(record, "AnyI") && width is long aw)
        {
            return OdsTypeMatcher.Integer((int)aw, string.Empty);
        }

        if (IsSubClassOf(record, "Complex") && Def(record, "elementType") is { } complexElement)
        {
            return OdsTypeMatcher.Container(OdsTypeMatcherKind.Complex, Read(complexElement, depth + 1));
        }

        if (IsSubClassOf(record, "AnyTypeOf"))
        {
            return OneOf(ListOfDefs(record, "allowedTypes"), depth);
        }

        var container = ContainerKind(record);
        if (container is OdsTypeMatcherKind kind)
        {
            var element = HasField(record, "allowedTypes") ? OneOf(ListOfDefs(record, "allowedTypes"), depth) : OdsTypeMatcher.AnyType;
            return OdsTypeMatcher.Container(kind, element);
        }

        if (IsSubClassOf(record, "TypeAlias") && Def(record, "baseType") is { } aliased)
        {
            return Read(aliased, depth + 1);
        }

        return OdsTypeMatcher.AnyType;
    }

    private static OdsTypeMatcherKind? ContainerKind(Record record)
    {
        if (IsSubClassOf(record, "RankedTensorOf"))
        {
            return OdsTypeMatcherKind.RankedTensor;
        }

        if (IsSubClassOf(record, "UnrankedTensorOf"))
        {
            return OdsTypeMatcherKind.UnrankedTensor;
        }

        if (IsSubClassOf(record, "TensorOf"))
        {
            return OdsTypeMatcherKind.Tensor;
        }

        if (IsSubClassOf(record, "MemRefOf") || IsSubClassOf(record, "RankedOrUnrankedMemRefOf"))
        {
            return OdsTypeMatcherKind.MemRef;
        }

        if (IsSubClassOf(record, "VectorOfAnyRankOf") || IsSubClassOf(record, "VectorOfNonZeroRankOf"))
        {
            return OdsTypeMatcherKind.Vector;
        }

        return null;
    }

    private static OdsTypeMatcher OneOf(IEnumerable<Record> alternatives, int depth)
    {
        var matchers = alternatives.Select(r => Read(r, depth + 1)).ToList();
        if (matchers.Count == 0 || matchers.Any(m => m.Kind == OdsTypeMatcherKind.Any))
        {
            return OdsTypeMatcher.AnyType;
        }

        return matchers.Count == 1 ? matchers[0] : OdsTypeMatcher.OneOf(matchers.ToImmutableEquatableArray());
    }
}
