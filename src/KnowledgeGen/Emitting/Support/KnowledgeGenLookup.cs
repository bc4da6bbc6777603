// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Finds an item by id in an open-addressing table built once, at most half full: a miss usually ends at the first
        /// empty slot or differing stored hash without comparing strings, and a lookup allocates nothing. The stored
        /// hashes are an array of their own, so that probing reads one cache line of them and touches a key only where
        /// the hash matches. The hash is computed here rather than taken from <see cref="string.GetHashCode()"/>, which is
        /// randomised per process and slower; a slot is the hash's top bits (Fibonacci hashing), which a multiplicative
        /// hash mixes best. Private to the knowledge-base class: only its index builds and reads one.
        /// </summary>
        // [GeneratedCode]
        private sealed class KnowledgeGenLookup<T>
            where T : class
        {
            private const uint Golden = 2654435769u;
            private readonly int[] _hashes;
            private readonly string/*?*/[] _keys;
            private readonly T/*?*/[] _items;
            private readonly int _mask;
            private readonly int _shift;

            internal KnowledgeGenLookup(T[] items, global::System.Func<T, string> id)
            {
                int bits = 2;
                while ((1 << bits) < items.Length * 2)
                {
                    bits++;
                }

                _hashes = new int[1 << bits];
                _keys = new string[1 << bits];
                _items = new T[1 << bits];
                _mask = (1 << bits) - 1;
                _shift = 32 - bits;
                IsEmpty = items.Length == 0;
                foreach (T item in items)
                {
                    string key = id(item);
                    if (Find(key) == null)
                    {
                        uint hash = Hash(key);
                        int slot = (int)(hash >> _shift);
                        while (_hashes[slot] != 0)
                        {
                            slot = (slot + 1) & _mask;
                        }

                        _hashes[slot] = (int)(hash | 1u);
                        _keys[slot] = key;
                        _items[slot] = item;
                    }
                }
            }

            /// <summary>Whether the table holds nothing, so that a caller can skip the hash.</summary>
            internal bool IsEmpty { get; }

            /// <summary>The item with the id, or null if there is none.</summary>
            internal T/*?*/ Find(string/*?*/ id)
            {
                if (id == null)
                {
                    return null;
                }

                uint hash = Hash(id);
                int wanted = (int)(hash | 1u);
                int[] hashes = _hashes;
                for (int slot = (int)(hash >> _shift); ; slot = (slot + 1) & _mask)
                {
                    int stored = hashes[slot];
                    if (stored == wanted && string.Equals(_keys[slot], id))
                    {
                        return _items[slot];
                    }

                    if (stored == 0)
                    {
                        return null;
                    }
                }
            }

            /// <summary>
            /// The length and at most twelve characters: the first, those at a third and at half the length, and the last
            /// nine, where ids made of words, dates and numbers differ. Reading a sample, not the whole id, is what makes a
            /// miss cheaper than a dictionary's; ids that differ only elsewhere share a hash and cost one string
            /// comparison more. Two characters a round, each round one multiplication; 0 in a slot marks it empty.
            /// </summary>
            private static uint Hash(string id)
            {
                int length = id.Length;
                uint hash = (uint)length * Golden;
                if (length <= 12)
                {
                    int i = 0;
                    for (; i + 1 < length; i += 2)
                    {
                        hash = (hash ^ (id[i] | ((uint)id[i + 1] << 16))) * Golden;
                    }

                    return i < length ? (hash ^ id[i]) * Golden : hash;
                }

                hash = (hash ^ (id[0] | ((uint)id[length / 3] << 16))) * Golden;
                hash = (hash ^ (id[length / 2] | ((uint)id[length - 9] << 16))) * Golden;
                hash = (hash ^ (id[length - 8] | ((uint)id[length - 7] << 16))) * Golden;
                hash = (hash ^ (id[length - 6] | ((uint)id[length - 5] << 16))) * Golden;
                hash = (hash ^ (id[length - 4] | ((uint)id[length - 3] << 16))) * Golden;
                return (hash ^ (id[length - 2] | ((uint)id[length - 1] << 16))) * Golden;
            }
        }
    }
}
