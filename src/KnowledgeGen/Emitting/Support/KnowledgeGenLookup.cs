// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Finds an item by id in an open-addressing table built once from the ids alone, at most half full: a miss
        /// usually ends at the first empty slot or differing stored hash without comparing strings, and a lookup
        /// allocates nothing. The stored hashes are an array of their own, so that probing reads one cache line of them
        /// and touches a key only where the hash matches. An item is made on its first lookup (from its position among
        /// the ids) and kept in its slot, so a table of 100,000 ids builds none of their objects before they are asked
        /// for. The hash is computed here rather than taken from <see cref="string.GetHashCode()"/>, which is randomised
        /// per process and slower; a slot is the hash's top bits (Fibonacci hashing), which a multiplicative hash mixes
        /// best. Private to the knowledge-base class: only its index builds and reads one.
        /// </summary>
        // [GeneratedCode]
        private sealed class KnowledgeGenLookup<T>
            where T : class
        {
            private const uint Golden = 2654435769u;
            private readonly int[] _hashes;
            private readonly string/*?*/[] _keys;
            private readonly int[] _positions;
            private readonly T/*?*/[] _items;
            private readonly global::System.Func<int, T/*?*/> _item;
            private readonly int _mask;
            private readonly int _shift;

            /// <summary>A table of the ids; <paramref name="item"/> makes the item of an id from its position in them. A repeated id keeps its first position.</summary>
            internal KnowledgeGenLookup(string[] ids, global::System.Func<int, T/*?*/> item)
            {
                int bits = 2;
                while ((1 << bits) < ids.Length * 2)
                {
                    bits++;
                }

                _hashes = new int[1 << bits];
                _keys = new string[1 << bits];
                _positions = new int[1 << bits];
                _items = new T[1 << bits];
                _item = item;
                _mask = (1 << bits) - 1;
                _shift = 32 - bits;
                for (int position = 0; position < ids.Length; position++)
                {
                    string key = ids[position];
                    if (Slot(key) < 0)
                    {
                        uint hash = Hash(key);
                        int slot = (int)(hash >> _shift);
                        while (_hashes[slot] != 0)
                        {
                            slot = (slot + 1) & _mask;
                        }

                        _hashes[slot] = (int)(hash | 1u);
                        _keys[slot] = key;
                        _positions[slot] = position;
                    }
                }
            }

            /// <summary>The item with the id, or null if there is none.</summary>
            internal T/*?*/ Find(string/*?*/ id)
            {
                int position;
                return Find(id, out position);
            }

            /// <summary>
            /// The item with the id, or null; <paramref name="position"/> is -1 for an id the table does not hold, or the
            /// place among the ids of one whose item is null (so that a caller can tell such an id from an unknown one).
            /// </summary>
            internal T/*?*/ Find(string/*?*/ id, out int position)
            {
                position = -1;
                int slot = Slot(id);
                if (slot < 0)
                {
                    return null;
                }

                T/*?*/ item = global::System.Threading.Volatile.Read(ref _items[slot]);
                if (item != null)
                {
                    return item;
                }

                // Threads racing here each ask for the item, and the maker gives one object per position: any write is the same.
                position = _positions[slot];
                item = _item(position);
                global::System.Threading.Volatile.Write(ref _items[slot], item);
                return item;
            }

            private int Slot(string/*?*/ id)
            {
                if (id == null)
                {
                    return -1;
                }

                uint hash = Hash(id);
                int wanted = (int)(hash | 1u);
                int[] hashes = _hashes;
                for (int slot = (int)(hash >> _shift); ; slot = (slot + 1) & _mask)
                {
                    int stored = hashes[slot];
                    if (stored == wanted && string.Equals(_keys[slot], id))
                    {
                        return slot;
                    }

                    if (stored == 0)
                    {
                        return -1;
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
