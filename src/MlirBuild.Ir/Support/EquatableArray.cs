using System.Collections;

namespace MlirBuild.Ir;

/// <summary>An immutable array with value equality, so records holding lists compare by content.</summary>
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly T[]? items;

    public EquatableArray(T[] items) => this.items = items;

    public EquatableArray(IEnumerable<T> items) => this.items = items.ToArray();

    public static EquatableArray<T> Empty => new(Array.Empty<T>());

    public int Count => items?.Length ?? 0;

    public T this[int index] => items![index];

    public ReadOnlySpan<T> AsSpan() => items;

    public T[] ToArray() => items is null ? Array.Empty<T>() : (T[])items.Clone();

    public bool Equals(EquatableArray<T> other)
    {
        var a = items ?? Array.Empty<T>();
        var b = other.items ?? Array.Empty<T>();
        if (a.Length != b.Length)
        {
            return false;
        }

        var cmp = EqualityComparer<T>.Default;
        for (int i = 0; i < a.Length; i++)
        {
            if (!cmp.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> o && Equals(o);

    public override int GetHashCode()
    {
        var h = new HashCode();
        if (items is not null)
        {
            foreach (var x in items)
            {
                h.Add(x);
            }
        }

        return h.ToHashCode();
    }

    public static bool operator ==(EquatableArray<T> a, EquatableArray<T> b) => a.Equals(b);

    public static bool operator !=(EquatableArray<T> a, EquatableArray<T> b) => !a.Equals(b);

    /// <summary>A struct enumerator: <c>foreach</c> over the array allocates nothing (hot in the printer).</summary>
    public Enumerator GetEnumerator() => new(items ?? Array.Empty<T>());

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] array;
        private int index;

        internal Enumerator(T[] array)
        {
            this.array = array;
            index = -1;
        }

        public readonly T Current => array[index];

        public bool MoveNext() => ++index < array.Length;
    }

    public static implicit operator EquatableArray<T>(T[] items) => new(items);
}
