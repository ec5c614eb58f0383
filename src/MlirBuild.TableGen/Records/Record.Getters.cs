using System;
using System.Collections.Generic;

namespace MlirBuild.TableGen
{
    /// <summary>
    /// Typed field accessors (as LLVM's Record::getValueAsX). The throwing getters raise
    /// <see cref="RecordAccessException"/> naming the record and field; the Try/Optional forms never throw.
    /// </summary>
    public sealed partial class Record
    {
        /// <summary>The field's value, or null when the record has no such field.</summary>
        public Init? GetValueInit(string fieldName) => GetValue(fieldName)?.Value;

        public string GetValueAsString(string fieldName) =>
            GetValueAsOptionalString(fieldName) ?? throw Fail(fieldName, "does not have a string value");

        /// <summary>The string value, or null when the field is missing or unset (<c>?</c>).</summary>
        public string? GetValueAsOptionalString(string fieldName)
        {
            var v = GetValueInit(fieldName);
            if (v is null || v is UnsetInit)
            {
                return null;
            }

            return v is StringInit s ? s.Value : throw Fail(fieldName, "exists but does not have a string initializer");
        }

        public bool GetValueAsBit(string fieldName)
        {
            var v = Require(fieldName);
            if (v is BitInit b)
            {
                return b.Value;
            }

            if (v is BitsInit bits && bits.NumBits == 1 && bits.Bits[0] is BitInit b0)
            {
                return b0.Value;
            }

            throw Fail(fieldName, "does not have a bit initializer");
        }

        /// <summary>The bit value, or null when unset.</summary>
        public bool? GetValueAsBitOrUnset(string fieldName) => Require(fieldName) is UnsetInit ? null : GetValueAsBit(fieldName);

        public long GetValueAsInt(string fieldName) =>
            Require(fieldName) is IntInit i ? i.Value : throw Fail(fieldName, "exists but does not have an int value");

        public BitsInit GetValueAsBitsInit(string fieldName) =>
            Require(fieldName) as BitsInit ?? throw Fail(fieldName, "exists but does not have a bits value");

        public ListInit GetValueAsListInit(string fieldName) =>
            Require(fieldName) as ListInit ?? throw Fail(fieldName, "exists but does not have a list value");

        public DagInit GetValueAsDag(string fieldName) =>
            Require(fieldName) as DagInit ?? throw Fail(fieldName, "does not have a dag initializer");

        public Record GetValueAsDef(string fieldName) =>
            (Require(fieldName) as DefInit)?.Def ?? throw Fail(fieldName, "does not have a def initializer");

        /// <summary>The referenced def, or null when the field is unset (<c>?</c>).</summary>
        public Record? GetValueAsOptionalDef(string fieldName)
        {
            var v = Require(fieldName);
            return v is UnsetInit ? null : (v as DefInit)?.Def ?? throw Fail(fieldName, "does not have either a def initializer or '?'");
        }

        public IReadOnlyList<Record> GetValueAsListOfDefs(string fieldName)
        {
            var list = GetValueAsListInit(fieldName);
            var result = new List<Record>(list.Count);
            foreach (var e in list.Elements)
            {
                result.Add((e as DefInit)?.Def ?? throw Fail(fieldName, "list is not entirely DefInit"));
            }

            return result;
        }

        public IReadOnlyList<string> GetValueAsListOfStrings(string fieldName)
        {
            var list = GetValueAsListInit(fieldName);
            var result = new List<string>(list.Count);
            foreach (var e in list.Elements)
            {
                result.Add((e as StringInit)?.Value ?? throw Fail(fieldName, "exists but does not have a list of strings value"));
            }

            return result;
        }

        public IReadOnlyList<long> GetValueAsListOfInts(string fieldName)
        {
            var list = GetValueAsListInit(fieldName);
            var result = new List<long>(list.Count);
            foreach (var e in list.Elements)
            {
                result.Add((e as IntInit)?.Value ?? throw Fail(fieldName, "exists but does not have a list of ints value"));
            }

            return result;
        }

        /// <summary>True when the field exists and is not <c>?</c>.</summary>
        public bool IsValueSet(string fieldName)
        {
            var v = GetValueInit(fieldName);
            return v is not null && v is not UnsetInit;
        }

        private Init Require(string fieldName) => GetValueInit(fieldName) ?? throw Fail(fieldName, "does not exist");

        private RecordAccessException Fail(string fieldName, string what) =>
            new RecordAccessException(this, fieldName, Loc + ": record '" + Name + "', field '" + fieldName + "' " + what);
    }

    /// <summary>A typed getter found a missing field or a value of another kind.</summary>
    public sealed class RecordAccessException : Exception
    {
        public RecordAccessException(Record record, string fieldName, string message)
            : base(message)
        {
            Record = record;
            FieldName = fieldName;
        }

        public Record Record { get; }

        public string FieldName { get; }
    }
}
