using System;
using System.Collections.Generic;

namespace MlirBuild.TableGen.Ods.Reading;

/// <summary>
/// The few record queries the ODS reader needs, in one place: field values by kind, with ODS's conventions for
/// unset (<c>?</c>) values.
/// </summary>
internal static class RecordAccess
{
    public static Init? Field(Record record, string name) => record.GetValue(name)?.Value;

    public static bool HasField(Record record, string name) => record.GetValue(name) is not null;

    /// <summary>A string or code field; null when the field is missing, unset or not a string.</summary>
    public static string? String(Record record, string name) => Field(record, name) is StringInit s ? s.Value : null;

    /// <summary>A string field, or "" when missing or unset.</summary>
    public static string StringOrEmpty(Record record, string name) => String(record, name) ?? string.Empty;

    public static bool Bit(Record record, string name) => Field(record, name) switch
    {
        BitInit b => b.Value,
        IntInit i => i.Value != 0,
        BitsInit bits => bits.TryGetValue() is long v && v != 0,
        _ => false,
    };

    public static long? Int(Record record, string name) => Field(record, name) switch
    {
        IntInit i => i.Value,
        BitsInit bits => bits.TryGetValue(),
        BitInit b => b.Value ? 1 : 0,
        _ => null,
    };

    public static Record? Def(Record record, string name) => Field(record, name) is DefInit d ? d.Def : null;

    public static DagInit? Dag(Record record, string name) => Field(record, name) as DagInit;

    public static IReadOnlyList<Init> List(Record record, string name) =>
        Field(record, name) is ListInit l ? l.Elements : Array.Empty<Init>();

    public static IEnumerable<Record> ListOfDefs(Record record, string name)
    {
        foreach (var element in List(record, name))
        {
            if (element is DefInit d)
            {
                yield return d.Def;
            }
        }
    }

    public static IEnumerable<string> ListOfStrings(Record record, string name)
    {
        foreach (var element in List(record, name))
        {
            if (element is StringInit s)
            {
                yield return s.Value;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="record"/> derives from the class named <paramref name="className"/>. Class names are
    /// unique in a record keeper, so the class is looked up once and superclasses are compared by reference.
    /// </summary>
    public static bool IsSubClassOf(Record record, string className)
    {
        var cls = record.Keeper.GetClass(className);
        return cls is not null ? record.IsSubClassOf(cls) : record.IsSubClassOf(className);
    }

    public static bool IsAnonymous(Record record) => record.IsAnonymous || record.Name.StartsWith("anonymous_", StringComparison.Ordinal);

    public static OdsLocation Location(Record record)
    {
        var loc = record.Loc;
        return new OdsLocation(loc.File, loc.Line, loc.Column);
    }
}
