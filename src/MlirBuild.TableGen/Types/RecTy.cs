using System;
using System.Collections.Generic;
using System.Linq;

namespace MlirBuild.TableGen
{
    /// <summary>Kinds of TableGen value types.</summary>
    public enum RecTyKind
    {
        Bit,
        Bits,
        Int,
        String,
        List,
        Dag,
        Record,
    }

    /// <summary>A TableGen type: bit, bits&lt;n&gt;, int, string (code is a string format), list&lt;T&gt;, dag, or a record type.</summary>
    public abstract class RecTy : IEquatable<RecTy>
    {
        private ListRecTy? listTy;

        public abstract RecTyKind Kind { get; }

        /// <summary>The list type with this element type (cached).</summary>
        public ListRecTy ListOf => listTy ??= new ListRecTy(this);

        /// <summary>TableGen spelling of the type, e.g. <c>list&lt;Pred&gt;</c>.</summary>
        public abstract override string ToString();

        public virtual bool TypeIsConvertibleTo(RecTy rhs) => Kind == rhs.Kind;

        public virtual bool TypeIsA(RecTy rhs) => Equals(rhs);

        public abstract bool Equals(RecTy? other);

        public override bool Equals(object? obj) => obj is RecTy t && Equals(t);

        public abstract override int GetHashCode();

        /// <summary>The common type of two types, or null (llvm::resolveTypes).</summary>
        public static RecTy? Resolve(RecTy t1, RecTy t2)
        {
            if (t1.Equals(t2))
            {
                return t1;
            }

            if (t1 is RecordRecTy r1 && t2 is RecordRecTy r2)
            {
                return RecordRecTy.ResolveCommon(r1, r2);
            }

            if (t1.TypeIsConvertibleTo(t2))
            {
                return t2;
            }

            if (t2.TypeIsConvertibleTo(t1))
            {
                return t1;
            }

            if (t1 is ListRecTy l1 && t2 is ListRecTy l2)
            {
                var e = Resolve(l1.ElementType, l2.ElementType);
                return e?.ListOf;
            }

            return null;
        }
    }

    public sealed class BitRecTy : RecTy
    {
        public static readonly BitRecTy Instance = new BitRecTy();

        private BitRecTy()
        {
        }

        public override RecTyKind Kind => RecTyKind.Bit;

        public override string ToString() => "bit";

        public override bool TypeIsConvertibleTo(RecTy rhs) =>
            rhs.Kind == RecTyKind.Bit || rhs.Kind == RecTyKind.Int || (rhs is BitsRecTy b && b.NumBits == 1);

        public override bool Equals(RecTy? other) => other is BitRecTy;

        public override int GetHashCode() => 1;
    }

    public sealed class BitsRecTy : RecTy
    {
        private static readonly Dictionary<int, BitsRecTy> Cache = new Dictionary<int, BitsRecTy>();

        private BitsRecTy(int numBits)
        {
            NumBits = numBits;
        }

        public int NumBits { get; }

        public override RecTyKind Kind => RecTyKind.Bits;

        public static BitsRecTy Get(int numBits)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(numBits, out var t))
                {
                    t = new BitsRecTy(numBits);
                    Cache[numBits] = t;
                }

                return t;
            }
        }

        public override string ToString() => "bits<" + NumBits.ToString(System.Globalization.CultureInfo.InvariantCulture) + ">";

        public override bool TypeIsConvertibleTo(RecTy rhs)
        {
            if (rhs is BitsRecTy b)
            {
                return b.NumBits == NumBits;
            }

            return (rhs.Kind == RecTyKind.Bit && NumBits == 1) || rhs.Kind == RecTyKind.Int;
        }

        public override bool Equals(RecTy? other) => other is BitsRecTy b && b.NumBits == NumBits;

        public override int GetHashCode() => 2 + NumBits * 7;
    }

    public sealed class IntRecTy : RecTy
    {
        public static readonly IntRecTy Instance = new IntRecTy();

        private IntRecTy()
        {
        }

        public override RecTyKind Kind => RecTyKind.Int;

        public override string ToString() => "int";

        public override bool TypeIsConvertibleTo(RecTy rhs) =>
            rhs.Kind == RecTyKind.Bit || rhs.Kind == RecTyKind.Bits || rhs.Kind == RecTyKind.Int;

        public override bool Equals(RecTy? other) => other is IntRecTy;

        public override int GetHashCode() => 3;
    }

    public sealed class StringRecTy : RecTy
    {
        public static readonly StringRecTy Instance = new StringRecTy();

        private StringRecTy()
        {
        }

        public override RecTyKind Kind => RecTyKind.String;

        public override string ToString() => "string";

        public override bool Equals(RecTy? other) => other is StringRecTy;

        public override int GetHashCode() => 4;
    }

    public sealed class DagRecTy : RecTy
    {
        public static readonly DagRecTy Instance = new DagRecTy();

        private DagRecTy()
        {
        }

        public override RecTyKind Kind => RecTyKind.Dag;

        public override string ToString() => "dag";

        public override bool Equals(RecTy? other) => other is DagRecTy;

        public override int GetHashCode() => 5;
    }

    public sealed class ListRecTy : RecTy
    {
        internal ListRecTy(RecTy element)
        {
            ElementType = element;
        }

        public RecTy ElementType { get; }

        public override RecTyKind Kind => RecTyKind.List;

        public override string ToString() => "list<" + ElementType + ">";

        public override bool TypeIsConvertibleTo(RecTy rhs) =>
            rhs is ListRecTy l && ElementType.TypeIsConvertibleTo(l.ElementType);

        public override bool TypeIsA(RecTy rhs) => rhs is ListRecTy l && ElementType.TypeIsA(l.ElementType);

        public override bool Equals(RecTy? other) => other is ListRecTy l && (ReferenceEquals(l, this) || ElementType.Equals(l.ElementType));

        public override int GetHashCode() => 6 + ElementType.GetHashCode() * 13;
    }

    /// <summary>A record type: the set of classes a value is known to derive from (sorted by name).</summary>
    public sealed class RecordRecTy : RecTy
    {
        private readonly int hash;

        private RecordRecTy(Record[] classes)
        {
            Classes = classes;
            int h = 7;
            foreach (var c in classes)
            {
                h = h * 31 + c.Id;
            }

            hash = h;
        }

        /// <summary>The type of a record with no known class (e.g. <c>!getdagop</c> without a type).</summary>
        public static RecordRecTy AnyRecord { get; } = new RecordRecTy(Array.Empty<Record>());

        public IReadOnlyList<Record> Classes { get; }

        public override RecTyKind Kind => RecTyKind.Record;

        public static RecordRecTy Get(Record cls) => new RecordRecTy(new[] { cls });

        public static RecordRecTy Get(IEnumerable<Record> classes)
        {
            var arr = classes.ToArray();
            if (arr.Length == 0)
            {
                return AnyRecord;
            }

            if (arr.Length > 1)
            {
                Array.Sort(arr, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            }

            return new RecordRecTy(arr);
        }

        public override string ToString()
        {
            if (Classes.Count == 1)
            {
                return Classes[0].Name;
            }

            return "{" + string.Join(", ", Classes.Select(c => c.Name)) + "}";
        }

        public bool IsSubClassOf(Record cls)
        {
            foreach (var c in Classes)
            {
                if (ReferenceEquals(c, cls) || c.IsSubClassOf(cls))
                {
                    return true;
                }
            }

            return false;
        }

        public override bool TypeIsConvertibleTo(RecTy rhs)
        {
            if (ReferenceEquals(this, rhs))
            {
                return true;
            }

            if (rhs is not RecordRecTy r)
            {
                return false;
            }

            foreach (var target in r.Classes)
            {
                if (!IsSubClassOf(target))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool TypeIsA(RecTy rhs) => TypeIsConvertibleTo(rhs);

        public override bool Equals(RecTy? other)
        {
            if (other is not RecordRecTy r || r.hash != hash || r.Classes.Count != Classes.Count)
            {
                return false;
            }

            for (int i = 0; i < Classes.Count; i++)
            {
                if (!ReferenceEquals(Classes[i], r.Classes[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override int GetHashCode() => hash;

        internal static RecordRecTy ResolveCommon(RecordRecTy t1, RecordRecTy t2)
        {
            var common = new List<Record>();
            var stack = new List<Record>(t1.Classes);
            while (stack.Count > 0)
            {
                var r = stack[stack.Count - 1];
                stack.RemoveAt(stack.Count - 1);
                if (t2.IsSubClassOf(r))
                {
                    common.Add(r);
                }
                else
                {
                    // r.DirectSuperClasses() without allocating a list (this runs for every list of defs).
                    var supers = r.SuperClasses;
                    for (int end = supers.Count; end > 0; end -= 1 + supers[end - 1].SuperClasses.Count)
                    {
                        stack.Add(supers[end - 1]);
                    }
                }
            }

            return Get(common);
        }
    }
}
