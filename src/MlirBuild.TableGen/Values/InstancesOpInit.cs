using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary><c>!instances&lt;T&gt;(regex)</c>: the defs of type T (so far) whose names match, once final.</summary>
    public sealed class InstancesOpInit : TypedInit
    {
        internal InstancesOpInit(RecTy elementType, Init regex)
            : base(elementType.ListOf)
        {
            ElementType = elementType;
            Regex = regex;
        }

        public RecTy ElementType { get; }

        public Init Regex { get; }

        internal Init Fold(Record? curRec, bool isFinal)
        {
            if (curRec is not null && !isFinal)
            {
                return this;
            }

            if (Regex is not StringInit rs || RecordKeeper.Current is not RecordKeeper keeper)
            {
                return this;
            }

            var matcher = RegexCache.Get(rs.Value, curRec);
            var selected = new List<Record>();
            foreach (var d in keeper.GetAllDerivedDefinitions(ElementType.ToString()))
            {
                if (matcher.IsMatch(d.Name))
                {
                    selected.Add(d);
                }
            }

            selected.Sort((a, b) => NumericNameComparer.Compare(a.Name, b.Name));
            var items = new Init[selected.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = selected[i].DefInit;
            }

            return new ListInit(items, ElementType);
        }

        internal override Init Resolve(Resolver r)
        {
            var nr = Regex.Resolve(r);
            if (!ReferenceEquals(nr, Regex) || r.IsFinal)
            {
                return new InstancesOpInit(ElementType, nr).Fold(r.CurrentRecord, r.IsFinal);
            }

            return this;
        }

        internal override void Print(StringBuilder sb)
        {
            sb.Append("!instances<").Append(ElementType.ToString()).Append(">(");
            Regex.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (InstancesOpInit)other;
            return o.ElementType.Equals(ElementType) && o.Regex.Equals(Regex);
        }

        protected override int ComputeHash() => Combine(ElementType.GetHashCode(), Regex.GetHashCode()) ^ 801;
    }

    /// <summary>Compiled regular expressions for !match and !instances (POSIX-extended-like, search anywhere).</summary>
    internal static class RegexCache
    {
        private static readonly Dictionary<string, Regex> Cache = new Dictionary<string, Regex>(System.StringComparer.Ordinal);

        public static Regex Get(string pattern, Record? curRec)
        {
            lock (Cache)
            {
                if (Cache.TryGetValue(pattern, out var r))
                {
                    return r;
                }

                try
                {
                    r = new Regex(pattern, RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(2));
                }
                catch (System.ArgumentException e)
                {
                    throw Errors.Fatal(curRec?.Loc ?? SourceLocation.Unknown, "invalid regex '" + pattern + "': " + e.Message);
                }

                Cache[pattern] = r;
                return r;
            }
        }
    }

    /// <summary>LLVM's StringRef::compare_numeric: runs of digits compare by value.</summary>
    internal static class NumericNameComparer
    {
        public static int Compare(string a, string b)
        {
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (char.IsDigit(a[i]) && char.IsDigit(b[j]))
                {
                    int si = i, sj = j;
                    while (i < a.Length && char.IsDigit(a[i]))
                    {
                        i++;
                    }

                    while (j < b.Length && char.IsDigit(b[j]))
                    {
                        j++;
                    }

                    int li = i - si, lj = j - sj;
                    if (li != lj)
                    {
                        return li < lj ? -1 : 1;
                    }

                    int c = string.CompareOrdinal(a, si, b, sj, li);
                    if (c != 0)
                    {
                        return c < 0 ? -1 : 1;
                    }

                    continue;
                }

                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }

            return (a.Length - i).CompareTo(b.Length - j);
        }
    }
}
