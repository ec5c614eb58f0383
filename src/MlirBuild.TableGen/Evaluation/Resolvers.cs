using System.Collections.Generic;

namespace MlirBuild.TableGen.Evaluation
{
    /// <summary>Maps variable names to values while resolving references (LLVM's Resolver family).</summary>
    internal abstract class Resolver
    {
        protected Resolver(Record? currentRecord)
        {
            CurrentRecord = currentRecord;
        }

        public Record? CurrentRecord { get; }

        /// <summary>Final resolution: self-references and <c>!cast</c>s to records must resolve now.</summary>
        public bool IsFinal { get; set; }

        public virtual bool KeepUnsetBits => false;

        /// <summary>The value for <paramref name="varName"/>, or null to leave the reference in place.</summary>
        public abstract Init? Resolve(Init varName);
    }

    /// <summary>Resolves from an explicit map; mapped values may refer to each other.</summary>
    internal sealed class MapResolver : Resolver
    {
        private readonly Dictionary<Init, Entry> map = new Dictionary<Init, Entry>();

        public MapResolver(Record? currentRecord = null)
            : base(currentRecord)
        {
        }

        public void Set(Init key, Init value) => map[key] = new Entry(value, false);

        public bool IsMapped(Init key) => map.ContainsKey(key);

        public override Init? Resolve(Init varName)
        {
            if (!map.TryGetValue(varName, out var e))
            {
                return null;
            }

            var i = e.Value;
            if (!e.Resolved && map.Count > 1)
            {
                // Resolve mutual references among mapped variables, without infinite recursion.
                map.Remove(varName);
                i = i.Resolve(this);
                map[varName] = new Entry(i, true);
            }

            return i;
        }

        private readonly struct Entry
        {
            public Entry(Init value, bool resolved)
            {
                Value = value;
                Resolved = resolved;
            }

            public Init Value { get; }

            public bool Resolved { get; }
        }
    }

    /// <summary>Resolves references to the fields of the current record (and its name), guarding recursion.</summary>
    internal sealed class RecordResolver : Resolver
    {
        private readonly Dictionary<Init, Init?> cache = new Dictionary<Init, Init?>();
        private readonly List<Init> stack = new List<Init>();

        public RecordResolver(Record rec)
            : base(rec)
        {
        }

        public Init? Name { get; set; }

        public override Init? Resolve(Init varName)
        {
            if (cache.TryGetValue(varName, out var cached) && cached is not null)
            {
                return cached;
            }

            foreach (var s in stack)
            {
                if (s.Equals(varName))
                {
                    return null;
                }
            }

            Init? val = null;
            var rv = CurrentRecord!.GetValue(varName);
            if (rv is not null)
            {
                if (rv.Value is not UnsetInit)
                {
                    stack.Add(varName);
                    val = rv.Value.Resolve(this);
                    stack.RemoveAt(stack.Count - 1);
                }
            }
            else if (Name is not null && varName.Equals(CurrentRecord.NameInit))
            {
                stack.Add(varName);
                val = Name.Resolve(this);
                stack.RemoveAt(stack.Count - 1);
            }

            cache[varName] = val;
            return val;
        }
    }

    /// <summary>Delegates to another resolver except for shadowed names (loop variables of !foreach/!foldl).</summary>
    internal sealed class ShadowResolver : Resolver
    {
        private readonly Resolver inner;
        private readonly HashSet<Init> shadowed = new HashSet<Init>();

        public ShadowResolver(Resolver inner)
            : base(inner.CurrentRecord)
        {
            this.inner = inner;
            IsFinal = inner.IsFinal;
        }

        public void AddShadow(Init key) => shadowed.Add(key);

        public override Init? Resolve(Init varName) => shadowed.Contains(varName) ? null : inner.Resolve(varName);
    }

    /// <summary>Records whether some reference stayed unresolved.</summary>
    internal sealed class TrackUnresolvedResolver : Resolver
    {
        private readonly Resolver? inner;

        public TrackUnresolvedResolver(Resolver? inner)
            : base(inner?.CurrentRecord)
        {
            this.inner = inner;
        }

        public bool FoundUnresolved { get; private set; }

        public override Init? Resolve(Init varName)
        {
            Init? i = null;
            if (inner is not null)
            {
                i = inner.Resolve(varName);
                if (i is not null && !FoundUnresolved)
                {
                    var sub = new TrackUnresolvedResolver(null);
                    i.Resolve(sub);
                    FoundUnresolved |= sub.FoundUnresolved;
                }
            }

            if (i is null)
            {
                FoundUnresolved = true;
            }

            return i;
        }
    }

    /// <summary>Finds whether an expression references a given name.</summary>
    internal sealed class HasReferenceResolver : Resolver
    {
        private readonly Init name;

        public HasReferenceResolver(Init name)
            : base(null)
        {
            this.name = name;
        }

        public bool Found { get; private set; }

        public override Init? Resolve(Init varName)
        {
            if (varName.Equals(name))
            {
                Found = true;
            }

            return null;
        }
    }
}
