namespace MlirBuild.Ir;

/// <summary><c>{a = 1 : i64, flag}</c>: entries sorted by name, names unique (as MLIR keeps them).</summary>
public sealed record DictionaryAttr : MlirAttribute
{
    public static readonly DictionaryAttr Empty = new(Array.Empty<NamedAttribute>());

    public DictionaryAttr(IEnumerable<NamedAttribute> entries)
    {
        var array = entries is ICollection<NamedAttribute> c ? CopyOf(c) : entries.ToArray();
        bool sortedUnique = true;
        for (int i = 1; i < array.Length; i++)
        {
            if (string.CompareOrdinal(array[i - 1].Name, array[i].Name) >= 0)
            {
                sortedUnique = false;
                break;
            }
        }

        if (sortedUnique)
        {
            Entries = array;
            return;
        }

        var list = new List<NamedAttribute>(array);
        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

        // Later duplicates win, as in a builder that sets the same name twice.
        for (int i = list.Count - 1; i > 0; i--)
        {
            if (list[i].Name == list[i - 1].Name)
            {
                list.RemoveAt(i - 1);
            }
        }

        Entries = list.ToArray();
    }

    public EquatableArray<NamedAttribute> Entries { get; }

    private static NamedAttribute[] CopyOf(ICollection<NamedAttribute> c)
    {
        var a = new NamedAttribute[c.Count];
        c.CopyTo(a, 0);
        return a;
    }

    public int Count => Entries.Count;

    public MlirAttribute? Get(string name)
    {
        int i = IndexOf(name);
        return i >= 0 ? Entries[i].Value : null;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Binary search by name.</summary>
    public int IndexOf(string name)
    {
        int lo = 0, hi = Entries.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = string.CompareOrdinal(Entries[mid].Name, name);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    public DictionaryAttr With(string name, MlirAttribute value)
    {
        var list = new List<NamedAttribute>(Entries) { new(name, value) };
        return new DictionaryAttr(list);
    }

    public DictionaryAttr Without(string name)
    {
        var list = new List<NamedAttribute>(Entries);
        list.RemoveAll(e => e.Name == name);
        return new DictionaryAttr(list);
    }

    public override void PrintBody(AsmWriter w)
    {
        w.Write('{');
        var entries = Entries.AsSpan();
        for (int i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                w.Write(", ");
            }

            StringFormat.WriteKeywordOrString(w, entries[i].Name);
            if (entries[i].Value is not UnitAttr)
            {
                w.Write(" = ").Write(entries[i].Value);
            }
        }

        w.Write('}');
    }

    /// <summary>Prints <c>a = 1 : i64, flag</c> (unit values print as the bare name).</summary>
    internal static void PrintEntries(AsmWriter w, IEnumerable<NamedAttribute> entries)
    {
        w.WriteList(entries, (x, e) =>
        {
            StringFormat.WriteKeywordOrString(x, e.Name);
            if (e.Value is not UnitAttr)
            {
                x.Write(" = ").Write(e.Value);
            }
        });
    }
}
