// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Finds an item by id in an open-addressing table, at most half full, built once from the ids' texts without
        /// making a string of each: a lookup allocates nothing. Two things keep a miss cheap. A filter of the ids'
        /// lengths and last characters turns away an id no held id matches in both, after reading those two; any
        /// other miss hashes the id and usually ends at the first empty slot or differing stored hash, without
        /// comparing strings. A hit hashes, reads one slot and compares one string. An id's string and its item are
        /// made on its first lookup (from its position among the ids) and kept in its slot, so a table of 100,000 ids
        /// builds none of their objects before they are asked for. The hash is computed here rather than taken from
        /// <see cref="string.GetHashCode()"/>, which is randomised per process and reads every character; a slot is
        /// the hash's top bits. Private to the knowledge-base class: only its index builds and reads one.
        /// </summary>
        // [GeneratedCode]
        private sealed class KnowledgeGenLookup<T>
            where T : class
        {
            private const int FilterBits = 4096;
            private readonly Entry[] _entries;
            private readonly ulong[] _filter = new ulong[FilterBits / 64];
            private readonly global::System.Func<int, T/*?*/> _item;
            private readonly global::System.Func<int, string> _id;
            private readonly int _mask;
            private readonly int _shift;

            /// <summary>
            /// An empty table with room for <paramref name="capacity"/> ids, filled with <see cref="Add"/> before it is
            /// shared; <paramref name="item"/> makes the item of an id from its position, <paramref name="id"/> the id's string.
            /// </summary>
            internal KnowledgeGenLookup(int capacity, global::System.Func<int, T/*?*/> item, global::System.Func<int, string> id)
            {
                int bits = 2;
                while ((1 << bits) < capacity * 2)
                {
                    bits++;
                }

                _entries = new Entry[1 << bits];
                _item = item;
                _id = id;
                _mask = (1 << bits) - 1;
                _shift = 32 - bits;
            }

            /// <summary>A table of the ids; <paramref name="item"/> makes the item of an id from its position in them.</summary>
            internal static KnowledgeGenLookup<T> Of(string[] ids, global::System.Func<int, T/*?*/> item)
            {
                var lookup = new KnowledgeGenLookup<T>(ids.Length, item, position => ids[position]);
                for (int position = 0; position < ids.Length; position++)
                {
                    lookup.Add(ids[position], 0, ids[position].Length, position);
                }

                return lookup;
            }

            /// <summary>Adds the id that stands in <paramref name="text"/> at <paramref name="start"/>; a repeated id keeps its first position.</summary>
            internal void Add(string text, int start, int length, int position)
            {
                uint hash = Hash(text, start, length);
                int wanted = (int)(hash | 1u);
                int slot = (int)(hash >> _shift);
                while (_entries[slot].Hash != 0)
                {
                    if (_entries[slot].Hash == wanted && Same(KeyAt(slot), text, start, length))
                    {
                        return;
                    }

                    slot = (slot + 1) & _mask;
                }

                _entries[slot].Hash = wanted;
                _entries[slot].Position = position;
                int bit = FilterBit(length, length == 0 ? '\0' : text[start + length - 1]);
                _filter[bit >> 6] |= 1UL << bit;
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
            // The filter, the hash and the probe are inlined into the caller: a lookup takes a few nanoseconds, and a call
            // for each step would be a large part of them.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            internal T/*?*/ Find(string/*?*/ id, out int position)
            {
                position = -1;
                if (id == null)
                {
                    return null;
                }

                int length = id.Length;
                int bit = FilterBit(length, length == 0 ? '\0' : id[length - 1]);
                if ((_filter[bit >> 6] & (1UL << bit)) == 0)
                {
                    return null;
                }

                int slot = Slot(id);
                if (slot < 0)
                {
                    return null;
                }

                T/*?*/ item = global::System.Threading.Volatile.Read(ref _entries[slot].Item);
                return item ?? Make(slot, out position);
            }

            /// <summary>The item of a slot on its first lookup; threads racing here each ask, and the maker gives one object per position.</summary>
            private T/*?*/ Make(int slot, out int position)
            {
                position = _entries[slot].Position;
                T/*?*/ item = _item(position);
                global::System.Threading.Volatile.Write(ref _entries[slot].Item, item);
                return item;
            }

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            private int Slot(string id)
            {
                uint hash = Hash(id, 0, id.Length);
                int wanted = (int)(hash | 1u);
                Entry[] entries = _entries;
                for (int slot = (int)(hash >> _shift); ; slot = (slot + 1) & _mask)
                {
                    int stored = entries[slot].Hash;
                    if (stored == wanted && string.Equals(KeyAt(slot), id))
                    {
                        return slot;
                    }

                    if (stored == 0)
                    {
                        return -1;
                    }
                }
            }

            /// <summary>The id of a filled slot, made from its position on first need; racing threads make equal strings.</summary>
            private string KeyAt(int slot)
            {
                string/*?*/ key = global::System.Threading.Volatile.Read(ref _entries[slot].Key);
                if (key == null)
                {
                    key = _id(_entries[slot].Position);
                    global::System.Threading.Volatile.Write(ref _entries[slot].Key, key);
                }

                return key;
            }

            private static bool Same(string key, string text, int start, int length) => key.Length == length && string.CompareOrdinal(key, 0, text, start, length) == 0;

            /// <summary>The filter's bit for a length and last character: one bit each for every length under 32 and ASCII character.</summary>
            private static int FilterBit(int length, char last) => ((length << 7) ^ last) & (FilterBits - 1);

            /// <summary>
            /// The length and at most twelve characters: the first, those at a third and at half the length, and the last
            /// nine, where ids made of words, dates and numbers differ. Reading a sample, not the whole id, is what makes a
            /// miss cheaper than a dictionary's; ids that differ only elsewhere share a hash and cost one string
            /// comparison more. Each pair of characters is multiplied by a constant of its own and the products are added,
            /// so the multiplications run side by side rather than one after another. 0 in a slot marks it empty.
            /// </summary>
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            private static uint Hash(string text, int start, int length)
            {
                uint hash = (uint)length * 0x9E3779B1u;
                int end = start + length;
                if (length < 12)
                {
                    for (int i = start; i < end; i++)
                    {
                        hash = (hash ^ text[i]) * 0x85EBCA77u;
                    }

                    return hash;
                }

                return hash
                    + ((text[start] | ((uint)text[start + (length / 3)] << 16)) * 0x85EBCA77u)
                    + ((text[start + (length / 2)] | ((uint)text[end - 9] << 16)) * 0xC2B2AE3Du)
                    + ((text[end - 8] | ((uint)text[end - 7] << 16)) * 0x27D4EB2Fu)
                    + ((text[end - 6] | ((uint)text[end - 5] << 16)) * 0x165667B1u)
                    + ((text[end - 4] | ((uint)text[end - 3] << 16)) * 0xD3A2646Du)
                    + ((text[end - 2] | ((uint)text[end - 1] << 16)) * 0xFD7046C5u);
            }

            /// <summary>One slot: the id's hash (0 when empty), its position among the ids, and its string and item once made.</summary>
            private struct Entry
            {
                internal int Hash;
                internal int Position;
                internal string/*?*/ Key;
                internal T/*?*/ Item;
            }
        }
    }
}
