using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace MlirBuild.TableGen.Ods
{
    /// <summary>
    /// A read-only array compared by its elements. Models handed to the incremental generator are built from
    /// these so that an unchanged input produces an equal model and the pipeline's later steps stay cached.
    /// </summary>
    public sealed class ImmutableEquatableArray<T> : IEquatable<ImmutableEquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static ImmutableEquatableArray<T> Empty { get; } = new ImmutableEquatableArray<T>(Array.Empty<T>());

        private readonly T[] _items;

        public ImmutableEquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        private ImmutableEquatableArray(T[] items) => _items = items;

        public int Count => _items.Length;

        public T this[int index] => _items[index];

        public bool Equals(ImmutableEquatableArray<T>? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null || other._items.Length != _items.Length)
            {
                return false;
            }

            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is ImmutableEquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in _items)
                {
                    hash = (hash * 31) + (item is null ? 0 : item.GetHashCode());
                }

                return hash;
            }
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public override string ToString() => "[" + string.Join(", ", _items) + "]";
    }

    /// <summary>Creation helpers for <see cref="ImmutableEquatableArray{T}"/>.</summary>
    public static class ImmutableEquatableArray
    {
        public static ImmutableEquatableArray<T> ToImmutableEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new ImmutableEquatableArray<T>(items);

        public static ImmutableEquatableArray<T> Create<T>(params T[] items)
            where T : IEquatable<T> => new ImmutableEquatableArray<T>(items);
    }
}
