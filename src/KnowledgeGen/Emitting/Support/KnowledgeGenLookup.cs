// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Finds an item by id in an open-addressing table, at most half full, built once from the ids' texts without
        /// making a string of each: a lookup allocates nothing. The hash reads the id's length and a few of its characters,
        /// at places chosen when the table is sealed as those where this table's ids differ (at most eight), so that a hit
        /// reads those characters, one slot and compares one string. A filter of the ids' lengths, first and last
        /// characters turns away most misses after reading those three; a miss that passes it usually ends at the first
        /// empty slot or differing stored hash, and one whose characters at the chosen places are a held id's is
        /// compared with that id where it stands in its text. An id's string and its item are made on its first hit (from
        /// its position among the ids) and kept in its slot, so a table of 100,000 ids builds none of their objects
        /// before they are asked for. Private to the knowledge-base class: only its index builds and reads one.
        /// </summary>
        // [GeneratedCode]
        private sealed class KnowledgeGenLookup<T>
            where T : class
        {
            private const int FilterBits = 1 << 15;

            /// <summary>How many ids the places are chosen on: enough that ids agreeing there are rare among all of them.</summary>
            private const int Sample = 1024;

            /// <summary>How far from either end a chosen place may be.</summary>
            private const int Reach = 32;

            /// <summary>How many places the hash reads at most: enough for the five digits of a number and three letters of a word.</summary>
            private const int MaxPlaces = 8;

            private readonly global::System.Func<int, T/*?*/> _item;
            private readonly global::System.Func<int, string> _id;
            private readonly ulong[] _filter = new ulong[FilterBits / 64];
            private string[] _texts;
            private int[] _starts;
            private int[] _lengths;
            private int[] _positions;
            private int _count;
            private Entry[] _entries = new Entry[0];
            private int _mask;
            private int _shift;

            /// <summary>
            /// The places the hash reads, two numbers each: the index of its character is the first number plus, for a place
            /// counted from the end, the id's length (the second number is then all ones, else 0), so that reading one takes
            /// no branch on which end it is counted from. Set when the table is sealed.
            /// </summary>
            private int[] _places = new int[MaxPlaces * 2];

            /// <summary>
            /// An empty table with room for <paramref name="capacity"/> ids, filled with <see cref="Add"/> and then
            /// <see cref="Seal"/>ed before it is shared; <paramref name="item"/> makes the item of an id from its
            /// position, <paramref name="id"/> the id's string.
            /// </summary>
            internal KnowledgeGenLookup(int capacity, global::System.Func<int, T/*?*/> item, global::System.Func<int, string> id)
            {
                _item = item;
                _id = id;
                _texts = new string[capacity];
                _starts = new int[capacity];
                _lengths = new int[capacity];
                _positions = new int[capacity];
            }

            /// <summary>A sealed table of the ids; <paramref name="item"/> makes the item of an id from its position in them.</summary>
            internal static KnowledgeGenLookup<T> Of(string[] ids, global::System.Func<int, T/*?*/> item)
            {
                var lookup = new KnowledgeGenLookup<T>(ids.Length, item, position => ids[position]);
                for (int position = 0; position < ids.Length; position++)
                {
                    lookup.Add(ids[position], 0, ids[position].Length, position);
                }

                lookup.Seal();
                return lookup;
            }

            /// <summary>Takes the id that stands in <paramref name="text"/> at <paramref name="start"/>; a repeated id keeps its first position.</summary>
            internal void Add(string text, int start, int length, int position)
            {
                if (_count == _texts.Length)
                {
                    int grown = (_count * 2) + 4;
                    global::System.Array.Resize(ref _texts, grown);
                    global::System.Array.Resize(ref _starts, grown);
                    global::System.Array.Resize(ref _lengths, grown);
                    global::System.Array.Resize(ref _positions, grown);
                }

                _texts[_count] = text;
                _starts[_count] = start;
                _lengths[_count] = length;
                _positions[_count] = position;
                _count++;
            }

            /// <summary>
            /// Chooses the places the hash reads from the ids taken, and places every id in the table. The places are
            /// chosen on a sample; if many ids of all still agree at them with another, more are chosen on those ids and
            /// the table is filled again.
            /// </summary>
            internal void Seal()
            {
                int bits = 2;
                while ((1 << bits) < _count * 2)
                {
                    bits++;
                }

                _mask = (1 << bits) - 1;
                _shift = 32 - bits;
                var chosen = new int[MaxPlaces];
                int places = Choose(Drawn(), chosen, 0);
                var sharing = new global::System.Collections.Generic.List<int>();
                int shared = Fill(chosen, places, sharing);
                if (shared > _count / 32 && places < MaxPlaces)
                {
                    int more = Choose(sharing.ToArray(), chosen, places);
                    if (more > places)
                    {
                        Fill(chosen, more, null);
                    }
                }
            }

            /// <summary>
            /// Empties the table and places every id in it, hashed at the first <paramref name="places"/> of
            /// <paramref name="chosen"/>; returns how many share their hash with another id, and adds such ids (and those
            /// they share it with) to <paramref name="sharing"/>, up to a sample's worth.
            /// </summary>
            private int Fill(int[] chosen, int places, global::System.Collections.Generic.List<int>/*?*/ sharing)
            {
                // A place not chosen is one no id reaches, which reads as 0 without touching the text.
                _places = new int[MaxPlaces * 2];
                for (int p = 0; p < MaxPlaces; p++)
                {
                    int place = p < places ? chosen[p] : int.MaxValue;
                    _places[2 * p] = place;
                    _places[(2 * p) + 1] = place < 0 ? -1 : 0;
                }

                global::System.Array.Clear(_filter, 0, _filter.Length);
                _entries = new Entry[_mask + 1];
                int shared = 0;
                for (int index = 0; index < _count; index++)
                {
                    int other = Place(index);
                    if (other >= 0)
                    {
                        shared++;
                        if (sharing != null && sharing.Count < Sample)
                        {
                            sharing.Add(index);
                            sharing.Add(other);
                        }
                    }
                }

                return shared;
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
                int bit = length == 0 ? 0 : FilterBit(length, id[0], id[length - 1]);
                if ((_filter[bit >> 6] & (1UL << bit)) == 0)
                {
                    return null;
                }

                uint hash = Hash(id, 0, length);
                int wanted = (int)(hash | 1u);
                Entry[] entries = _entries;
                for (int slot = (int)(hash >> _shift); ; slot = (slot + 1) & _mask)
                {
                    int stored = entries[slot].Hash;
                    if (stored == wanted)
                    {
                        string/*?*/ key = global::System.Threading.Volatile.Read(ref entries[slot].Key);
                        if (key != null ? string.Equals(key, id) : Holds(entries[slot].Index, id, 0, length))
                        {
                            T/*?*/ item = global::System.Threading.Volatile.Read(ref entries[slot].Item);
                            return item ?? Make(slot, out position);
                        }
                    }
                    else if (stored == 0)
                    {
                        return null;
                    }
                }
            }

            /// <summary>The id's string and item of a slot on its first hit; threads racing here each ask, and the makers give equal strings and one object per position.</summary>
            private T/*?*/ Make(int slot, out int position)
            {
                position = _positions[_entries[slot].Index];
                if (global::System.Threading.Volatile.Read(ref _entries[slot].Key) == null)
                {
                    global::System.Threading.Volatile.Write(ref _entries[slot].Key, _id(position));
                }

                T/*?*/ item = _item(position);
                global::System.Threading.Volatile.Write(ref _entries[slot].Item, item);
                return item;
            }

            /// <summary>
            /// Puts the id taken at <paramref name="index"/> in its slot and the filter, unless an equal id is there already;
            /// returns the index of another id of the same hash it passed, or -1.
            /// </summary>
            private int Place(int index)
            {
                string text = _texts[index];
                int start = _starts[index];
                int length = _lengths[index];
                uint hash = Hash(text, start, length);
                int wanted = (int)(hash | 1u);
                int slot = (int)(hash >> _shift);
                int other = -1;
                while (_entries[slot].Hash != 0)
                {
                    if (_entries[slot].Hash == wanted)
                    {
                        if (Holds(_entries[slot].Index, text, start, length))
                        {
                            return -1;
                        }

                        other = _entries[slot].Index;
                    }

                    slot = (slot + 1) & _mask;
                }

                _entries[slot].Hash = wanted;
                _entries[slot].Index = index;
                int bit = length == 0 ? 0 : FilterBit(length, text[start], text[start + length - 1]);
                _filter[bit >> 6] |= 1UL << bit;
                return other;
            }

            /// <summary>Whether the id taken at <paramref name="index"/> is the one in <paramref name="text"/> at <paramref name="start"/>, compared where it stands.</summary>
            private bool Holds(int index, string text, int start, int length)
                => _lengths[index] == length && string.CompareOrdinal(_texts[index], _starts[index], text, start, length) == 0;

            /// <summary>The filter's bit for a length, first and last character: distinct for most ids of letters and digits under 32 characters.</summary>
            private static int FilterBit(int length, char first, char last) => ((length << 10) ^ (first << 5) ^ last) & (FilterBits - 1);

            /// <summary>
            /// The length and the characters at the eight places (0 for a place the id is too short for, or one not chosen),
            /// packed four to a number in two numbers, each multiplied by a constant of its own so that the multiplications
            /// run side by side; ids that agree at the places share a hash and cost a string comparison more. Written out
            /// rather than as a loop over the places chosen, which costs a hit more than the unchosen places' reads do.
            /// 0 in a slot marks it empty.
            /// </summary>
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            private uint Hash(string text, int start, int length)
            {
                int[] p = _places;
                ulong odd = At(text, start, length, p[14] + (length & p[15]))
                    | ((ulong)At(text, start, length, p[10] + (length & p[11])) << 16)
                    | ((ulong)At(text, start, length, p[6] + (length & p[7])) << 32)
                    | ((ulong)At(text, start, length, p[2] + (length & p[3])) << 48);
                ulong even = At(text, start, length, p[12] + (length & p[13]))
                    | ((ulong)At(text, start, length, p[8] + (length & p[9])) << 16)
                    | ((ulong)At(text, start, length, p[4] + (length & p[5])) << 32)
                    | ((ulong)At(text, start, length, p[0] + (length & p[1])) << 48);
                return (uint)(((even * 0x9E3779B97F4A7C15UL) + (odd * 0xC2B2AE3D27D4EB4FUL) + ((ulong)length * 0x165667B19E3779F9UL)) >> 32);
            }

            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            private static uint At(string text, int start, int length, int index) => (uint)index < (uint)length ? text[start + index] : 0u;

            /// <summary>Up to <see cref="Sample"/> of the ids taken, drawn at random (the same on every run), or all of them if there are no more.</summary>
            private int[] Drawn()
            {
                int count = _count < Sample ? _count : Sample;
                var sample = new int[count];
                ulong state = 0x2545F4914F6CDD1DUL;
                for (int i = 0; i < count; i++)
                {
                    state = (state * 6364136223846793005UL) + 1442695040888963407UL;
                    sample[i] = count == _count ? i : (int)((state >> 33) % (ulong)_count);
                }

                return sample;
            }

            /// <summary>
            /// Adds places to the first <paramref name="places"/> of <paramref name="chosen"/>, one at a time, each the one
            /// that tells apart the most of the sampled ids (with the length and the places before it), until they are all
            /// told apart, no place helps or there are <see cref="MaxPlaces"/>; returns how many there are. A place is a
            /// character counted from the start (0 and up) or from the end (-1 for the last and down), within
            /// <see cref="Reach"/> of it.
            /// </summary>
            private int Choose(int[] sample, int[] chosen, int places)
            {
                int count = sample.Length;
                int longest = 0;
                var keys = new ulong[count];
                var whole = new ulong[count];
                for (int i = 0; i < count; i++)
                {
                    int length = _lengths[sample[i]];
                    longest = length > longest ? length : longest;
                    keys[i] = Mix(0, (uint)length);
                    for (int p = 0; p < places; p++)
                    {
                        keys[i] = Mix(keys[i], CharAt(sample[i], chosen[p]));
                    }

                    whole[i] = Mix(0, (uint)length);
                    for (int c = 0; c < length; c++)
                    {
                        whole[i] = Mix(whole[i], CharAt(sample[i], c));
                    }
                }

                var seen = new ulong[4 << Log2(count)];
                int told = Distinct(keys, seen);
                int goal = Distinct(whole, seen);
                int reach = longest < Reach ? longest : Reach;
                while (places < MaxPlaces && told < goal)
                {
                    int best = 0;
                    int bestTold = told;
                    for (int candidate = -reach; candidate < reach; candidate++)
                    {
                        for (int i = 0; i < count; i++)
                        {
                            whole[i] = Mix(keys[i], CharAt(sample[i], candidate));
                        }

                        int tells = Distinct(whole, seen);
                        if (tells > bestTold)
                        {
                            best = candidate;
                            bestTold = tells;
                        }
                    }

                    if (bestTold == told)
                    {
                        break;
                    }

                    for (int i = 0; i < count; i++)
                    {
                        keys[i] = Mix(keys[i], CharAt(sample[i], best));
                    }

                    chosen[places++] = best;
                    told = bestTold;
                }

                return places;
            }

            /// <summary>The character of the id taken at <paramref name="index"/> at a place, or 0 where it is too short.</summary>
            private uint CharAt(int index, int place)
            {
                int length = _lengths[index];
                return At(_texts[index], _starts[index], length, place < 0 ? length + place : place);
            }

            private static ulong Mix(ulong key, uint value)
            {
                key = (key + value + 1) * 0x9E3779B97F4A7C15UL;
                return key ^ (key >> 29);
            }

            /// <summary>How many different keys there are, counted in <paramref name="seen"/>, an open-addressing set at most a quarter full.</summary>
            private static int Distinct(ulong[] keys, ulong[] seen)
            {
                global::System.Array.Clear(seen, 0, seen.Length);
                int mask = seen.Length - 1;
                int distinct = 0;
                foreach (ulong each in keys)
                {
                    ulong key = each == 0 ? 1 : each;
                    int slot = (int)(key >> 40) & mask;
                    while (seen[slot] != 0 && seen[slot] != key)
                    {
                        slot = (slot + 1) & mask;
                    }

                    if (seen[slot] == 0)
                    {
                        seen[slot] = key;
                        distinct++;
                    }
                }

                return distinct;
            }

            private static int Log2(int value)
            {
                int log = 0;
                while ((1 << log) < value)
                {
                    log++;
                }

                return log;
            }

            /// <summary>One slot: the id's hash (0 when empty), the order it was taken in, and its string and item once made.</summary>
            private struct Entry
            {
                internal int Hash;
                internal int Index;
                internal string/*?*/ Key;
                internal T/*?*/ Item;
            }
        }
    }
}
