using System;
using System.Collections;
using System.Collections.Generic;

namespace KnowledgeGen.Model
{
    /// <summary>
    /// An immutable array compared by its elements, so that pipeline models holding lists stay cacheable.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(T[] items)
        {
            _items = items;
        }

        public EquatableArray(IEnumerable<T> items)
        {
            // One copy of exactly the items' length (a list or a sized query is copied once, not into a list first).
            _items = System.Linq.Enumerable.ToArray(items);
        }

        private T[] Items => _items ?? Array.Empty<T>();

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other)
        {
            T[] mine = Items;
            T[] theirs = other.Items;
            if (ReferenceEquals(mine, theirs))
            {
                return true;
            }

            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in Items)
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
            }

            return hash;
        }

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T>
            => new EquatableArray<T>(items);
    }
}
