using System.Collections.Generic;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>What a record is.</summary>
    public enum RecordKind
    {
        Def,
        AnonymousDef,
        Class,
        MultiClass,
    }

    /// <summary>An assertion attached to a record or scope.</summary>
    public sealed class RecordAssertion
    {
        internal RecordAssertion(SourceLocation loc, Init condition, Init message)
        {
            Loc = loc;
            Condition = condition;
            Message = message;
        }

        public SourceLocation Loc { get; }

        public Init Condition { get; internal set; }

        public Init Message { get; internal set; }

        internal RecordAssertion Clone() => new RecordAssertion(Loc, Condition, Message);
    }

    /// <summary>
    /// A class or def. Read-only for consumers: superclasses in order (transitive ones before the direct one that
    /// brought them), fields in declaration order. Mutated only by the evaluator while it builds the record.
    /// </summary>
    public sealed partial class Record
    {
        private static int nextId;
        private readonly List<RecordValue> values = new List<RecordValue>();
        private Dictionary<string, int> valueIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly List<Init> templateArgs = new List<Init>();
        private readonly List<Record> superClasses = new List<Record>();
        private readonly List<SourceLocation> superClassLocs = new List<SourceLocation>();
        private readonly List<RecordAssertion> assertions = new List<RecordAssertion>();
        private readonly List<RecordAssertion> dumps = new List<RecordAssertion>();
        private readonly List<SourceLocation> locs = new List<SourceLocation>();
        private DefInit? defInit;
        private RecordRecTy? type;

        internal Record(Init name, SourceLocation loc, RecordKeeper keeper, RecordKind kind)
        {
            NameInit = name;
            locs.Add(loc);
            Keeper = keeper;
            Kind = kind;
            Id = System.Threading.Interlocked.Increment(ref nextId);
        }

        /// <summary>Copy used when instantiating multiclass and foreach prototypes.</summary>
        internal Record(Record o)
        {
            NameInit = o.NameInit;
            locs.AddRange(o.locs);
            Keeper = o.Keeper;
            Kind = o.Kind;
            Id = System.Threading.Interlocked.Increment(ref nextId);
            Reserve(o.values.Count, o.superClasses.Count);
            foreach (var v in o.values)
            {
                valueIndex[v.Name] = values.Count;
                values.Add(v.Clone());
            }

            templateArgs.AddRange(o.templateArgs);
            superClasses.AddRange(o.superClasses);
            superClassLocs.AddRange(o.superClassLocs);
            foreach (var a in o.assertions)
            {
                assertions.Add(a.Clone());
            }

            foreach (var d in o.dumps)
            {
                dumps.Add(d.Clone());
            }
        }

        internal int Id { get; }

        internal RecordKeeper Keeper { get; }

        public RecordKind Kind { get; }

        public bool IsClass => Kind == RecordKind.Class;

        public bool IsMultiClass => Kind == RecordKind.MultiClass;

        public bool IsAnonymous => Kind == RecordKind.AnonymousDef;

        /// <summary>The record's name as an Init (a string once final; an expression while in a multiclass).</summary>
        public Init NameInit { get; private set; }

        public string Name => NameInit.GetAsUnquotedString();

        /// <summary>Where the record was defined (the last entry of <see cref="Locations"/>, i.e. the def or defm).</summary>
        public SourceLocation Loc => locs[0];

        /// <summary>Definition location followed by the defm/instantiation locations that produced it.</summary>
        public IReadOnlyList<SourceLocation> Locations => locs;

        public IReadOnlyList<RecordValue> Values => values;

        /// <summary>Qualified template argument names (<c>Class:arg</c>), in order.</summary>
        public IReadOnlyList<Init> TemplateArgs => templateArgs;

        /// <summary>All superclasses in LLVM order (post-order: a class's own superclasses precede it).</summary>
        public IReadOnlyList<Record> SuperClasses => superClasses;

        public IReadOnlyList<RecordAssertion> Assertions => assertions;

        internal List<RecordAssertion> Dumps => dumps;

        /// <summary>The record type formed by the direct superclasses.</summary>
        public RecordRecTy Type => type ??= RecordRecTy.Get(DirectSuperClasses());

        /// <summary>This record as a value.</summary>
        public DefInit DefInit => defInit ??= new DefInit(this);

        public RecordValue? GetValue(string name) => valueIndex.TryGetValue(name, out var i) ? values[i] : null;

        public RecordValue? GetValue(Init name)
        {
            if (name is StringInit s && !s.IsCode)
            {
                return GetValue(s.Value);
            }

            return null;
        }

        public bool IsTemplateArg(Init name)
        {
            foreach (var t in templateArgs)
            {
                if (t.Equals(name))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsSubClassOf(Record cls)
        {
            // Index loops: these run for every def in every ODS query (the list enumerator costs more than the test).
            for (int i = 0; i < superClasses.Count; i++)
            {
                if (ReferenceEquals(superClasses[i], cls))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsSubClassOf(string className)
        {
            for (int i = 0; i < superClasses.Count; i++)
            {
                if (superClasses[i].Name == className)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Direct superclasses, last declared first (as LLVM's getDirectSuperClasses).</summary>
        public IReadOnlyList<Record> DirectSuperClasses()
        {
            var result = new List<Record>();
            int end = superClasses.Count;
            while (end > 0)
            {
                var sc = superClasses[end - 1];
                result.Add(sc);
                end -= 1 + sc.SuperClasses.Count;
            }

            return result;
        }

        public override string ToString() => Name;

        internal void SetName(Init name)
        {
            NameInit = name;
        }

        internal void AppendLoc(SourceLocation loc) => locs.Add(loc);

        internal void UpdateClassLoc(SourceLocation loc)
        {
            locs.Clear();
            locs.Add(loc);
        }

        internal void AddValue(RecordValue v)
        {
            valueIndex[v.Name] = values.Count;
            values.Add(v);
        }

        internal void RemoveValue(Init name)
        {
            var key = name.GetAsUnquotedString();
            if (!valueIndex.TryGetValue(key, out var i))
            {
                return;
            }

            values.RemoveAt(i);
            valueIndex.Remove(key);
            for (int j = i; j < values.Count; j++)
            {
                valueIndex[values[j].Name] = j;
            }
        }

        internal void AddTemplateArg(Init name) => templateArgs.Add(name);

        /// <summary>
        /// Makes room for <paramref name="moreValues"/> fields and <paramref name="moreSuperClasses"/> superclasses
        /// (known when a class is inherited), so that records with many fields do not grow their tables step by step.
        /// </summary>
        internal void Reserve(int moreValues, int moreSuperClasses)
        {
            if (values.Count == 0 && valueIndex.Count == 0 && moreValues > 4)
            {
                valueIndex = new Dictionary<string, int>(moreValues, System.StringComparer.Ordinal);
            }

            Grow(values, moreValues);
            Grow(superClasses, moreSuperClasses);
            Grow(superClassLocs, moreSuperClasses);
        }

        private static void Grow<T>(List<T> list, int more)
        {
            if (list.Count + more > list.Capacity)
            {
                list.Capacity = list.Count + more;
            }
        }

        internal void AddSuperClass(Record r, SourceLocation loc)
        {
            superClasses.Add(r);
            superClassLocs.Add(loc);
            type = null;
        }

        internal void AddAssertion(SourceLocation loc, Init cond, Init message) => assertions.Add(new RecordAssertion(loc, cond, message));

        internal void AppendAssertions(Record other)
        {
            foreach (var a in other.assertions)
            {
                assertions.Add(a.Clone());
            }
        }

        internal void AppendDumps(Record other)
        {
            foreach (var a in other.dumps)
            {
                dumps.Add(a.Clone());
            }
        }

        internal void ResolveReferences(Resolver r, RecordValue? skip = null)
        {
            var newName = NameInit.Resolve(r);
            if (!ReferenceEquals(newName, NameInit))
            {
                NameInit = newName;
            }

            foreach (var v in values)
            {
                if (ReferenceEquals(v, skip))
                {
                    continue;
                }

                var vr = v.Value.Resolve(r);
                if (!v.SetValue(vr))
                {
                    var typeText = vr is TypedInit t ? "of type '" + t.Type + "' " : string.Empty;
                    throw Errors.Fatal(Loc, "Invalid value " + typeText + "found when setting field '" + v.Name + "' of type '" + v.Type + "' after resolving references: " + vr.GetAsUnquotedString());
                }
            }

            foreach (var a in assertions)
            {
                a.Condition = a.Condition.Resolve(r);
                a.Message = a.Message.Resolve(r);
            }

            foreach (var d in dumps)
            {
                d.Message = d.Message.Resolve(r);
            }
        }

        /// <summary>Final resolution of a def: fields see each other, NAME becomes <paramref name="newName"/>.</summary>
        internal void ResolveReferencesFinal(Init? newName)
        {
            var r = new RecordResolver(this) { Name = newName, IsFinal = true };
            ResolveReferences(r);
        }
    }
}
