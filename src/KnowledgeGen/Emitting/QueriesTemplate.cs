namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// The knowledge-base class: its collections, lookups and nested groups, the decoder of each fact file's data
    /// tables, and the index that links every fact, entity and source to the objects its ids name, once, on first
    /// use. No lookup scans the facts and no access after the first allocates. Written for C# 7.3 with no LINQ.
    /// Tokens as in <see cref="SupportTypesTemplate"/>, and VISIBILITY, CLASS_NAME, KIND_MEMBERS, KIND_CASES,
    /// KIND_ARRAYS, FACT_ARRAYS, ENTITY_ARRAYS and SOURCE_ARRAYS, written by <see cref="KnowledgeBaseEmitter"/>.
    /// </summary>
    internal static class QueriesTemplate
    {
        public const string Text = @"
GENERATED_CODE
VISIBILITY static partial class CLASS_NAME
{
    /// <summary>Every fact, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Fact> AllFacts => KB::KnowledgeGenIndex.Facts;

    /// <summary>Every entity, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Entity> AllEntities => KB::KnowledgeGenIndex.Entities;

    /// <summary>Every source, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Source> AllSources => KB::KnowledgeGenIndex.Sources;

    /// <summary>Every measure, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Measure> AllMeasures => KB::KnowledgeGenIndex.Measures;

    /// <summary>The fact with the id, or null if there is none.</summary>
    public static KB::Fact/*?*/ FindFact(string id) => KB::KnowledgeGenIndex.FactsById.Find(id);

    /// <summary>The entity with the id, or null if there is none.</summary>
    public static KB::Entity/*?*/ FindEntity(string id) => KB::KnowledgeGenIndex.EntitiesById.Find(id);

    /// <summary>The source with the id, or null if there is none.</summary>
    public static KB::Source/*?*/ FindSource(string id) => KB::KnowledgeGenIndex.SourcesById.Find(id);

    /// <summary>The measure with the id, or null if there is none.</summary>
    public static KB::Measure/*?*/ FindMeasure(string id) => KB::KnowledgeGenIndex.MeasuresById.Find(id);

    /// <summary>The facts of the kind, ordered by id; the typed lists (<see cref=""MoneyFacts""/> and so on) hold the same facts typed.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Fact> OfKind(KB::FactKind kind)
        => (uint)kind < (uint)KB::KnowledgeGenIndex.ByKind.Length ? KB::KnowledgeGenIndex.ByKind[(int)kind] : KB::KnowledgeGenIndex.NoFacts;

KIND_MEMBERS
    /// <summary>The facts known to hold on the day of the moment, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Fact> HoldingAt(global::System.DateTime moment) => KB::HoldingBetween(moment, moment);

    /// <summary>The facts known to hold on at least one day of the range, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<KB::Fact> HoldingBetween(global::System.DateTime from, global::System.DateTime to)
    {
        var result = new global::System.Collections.Generic.List<KB::Fact>();
        foreach (KB::Fact fact in KB::KnowledgeGenIndex.Dated)
        {
            if (fact.Holds/*!*/.Overlaps(from, to))
            {
                result.Add(fact);
            }
        }

        return result;
    }

    /// <summary>Every fact by name, typed by its kind: its statement, value and citations.</summary>
    GENERATED_CODE
    public static partial class Facts
    {
    }

    /// <summary>Every source article the facts quote.</summary>
    GENERATED_CODE
    public static partial class Sources
    {
    }

    /// <summary>The statement of every claim: a fact with no typed value.</summary>
    GENERATED_CODE
    public static partial class Claims
    {
    }

    /// <summary>The amount of every money fact, as a decimal constant.</summary>
    GENERATED_CODE
    public static partial class Money
    {
    }

    /// <summary>The amount of every quantity fact, as a decimal constant.</summary>
    GENERATED_CODE
    public static partial class Quantities
    {
    }

    /// <summary>The value of every percentage fact, as a decimal constant: 1.8 means 1.8%.</summary>
    GENERATED_CODE
    public static partial class Percentages
    {
    }

    /// <summary>The value of every date fact.</summary>
    GENERATED_CODE
    public static partial class Dates
    {
    }

    /// <summary>The value of every role fact: who held which position.</summary>
    GENERATED_CODE
    public static partial class Roles
    {
    }

    /// <summary>The value of every stance fact: who held which position on what.</summary>
    GENERATED_CODE
    public static partial class Stances
    {
    }

    /// <summary>The value of every event fact: what happened, where and when.</summary>
    GENERATED_CODE
    public static partial class Events
    {
    }

    /// <summary>The words of every quote fact, as a string constant.</summary>
    GENERATED_CODE
    public static partial class Quotes
    {
    }

    /// <summary>Every measure: what a number measures, with its series of facts.</summary>
    GENERATED_CODE
    public static partial class Measures
    {
    }

    /// <summary>Every person.</summary>
    GENERATED_CODE
    public static partial class People
    {
    }

    /// <summary>Every organisation.</summary>
    GENERATED_CODE
    public static partial class Organisations
    {
    }

    /// <summary>Every country.</summary>
    GENERATED_CODE
    public static partial class Countries
    {
    }

    /// <summary>Every place.</summary>
    GENERATED_CODE
    public static partial class Places
    {
    }

    /// <summary>Every programme, plan or policy.</summary>
    GENERATED_CODE
    public static partial class Programmes
    {
    }

    /// <summary>Every publication.</summary>
    GENERATED_CODE
    public static partial class Publications
    {
    }

    /// <summary>Every group.</summary>
    GENERATED_CODE
    public static partial class Groups
    {
    }

    /// <summary>
    /// Decodes the data tables each fact file's data class holds: a row of integers per record, indexing the
    /// file's strings (-1 for null). The field order mirrors the generator's DataTableWriter.
    /// </summary>
    GENERATED_CODE
    private sealed class KnowledgeGenTable
    {
        private readonly string[] _strings;
        private readonly int[] _rows;
        private int _next;

        private KnowledgeGenTable(string[] strings, int[] rows)
        {
            _strings = strings;
            _rows = rows;
        }

        /// <summary>
        /// A data class's string pool, from the constant that holds it (the generator's FactFileEmitter.WriteStrings):
        /// read through reflection, since code that named the constant would copy it into the user-string heap.
        /// </summary>
        internal static string[] Pool(global::System.Reflection.FieldInfo/*?*/ field)
        {
            string/*?*/ joined = field == null ? null : field.GetRawConstantValue() as string;
            return joined == null ? new string[0] : joined.Split('\u001F');
        }

        internal static KB::Fact[] Facts(string[] strings, int[] rows)
        {
            var table = new KB::KnowledgeGenTable(strings, rows);
            var facts = new global::System.Collections.Generic.List<KB::Fact>();
            while (!table.Done)
            {
                facts.Add(table.ReadFact());
            }

            return facts.ToArray();
        }

        internal static KB::Entity[] Entities(string[] strings, int[] rows)
        {
            var table = new KB::KnowledgeGenTable(strings, rows);
            var entities = new global::System.Collections.Generic.List<KB::Entity>();
            while (!table.Done)
            {
                entities.Add(new KB::Entity(table.Text(), (KB::EntityKind)table.Int(), table.Text(), table.Texts(), table.OptionalText()));
            }

            return entities.ToArray();
        }

        internal static KB::Measure[] Measures(string[] strings, int[] rows)
        {
            var table = new KB::KnowledgeGenTable(strings, rows);
            var measures = new global::System.Collections.Generic.List<KB::Measure>();
            while (!table.Done)
            {
                measures.Add(new KB::Measure(table.Text(), table.Text(), table.Text()));
            }

            return measures.ToArray();
        }

        internal static KB::Source[] Sources(string[] strings, int[] rows)
        {
            var table = new KB::KnowledgeGenTable(strings, rows);
            var sources = new global::System.Collections.Generic.List<KB::Source>();
            while (!table.Done)
            {
                sources.Add(new KB::Source(table.Text(), table.Text(), table.OptionalText(), table.DateValue(), table.Text(), table.Text()));
            }

            return sources.ToArray();
        }

        private bool Done => _next >= _rows.Length;

        private KB::Fact ReadFact()
        {
            string id = Text();
            var kind = (KB::FactKind)Int();
            string statement = Text();
            string[] about = Texts();
            KB::FactValue/*?*/ value = Value(kind);
            KB::FactPeriod/*?*/ holds = Int() == 0 ? null : new KB::FactPeriod(Date(), Date(), OptionalText());
            string/*?*/ context = OptionalText();
            var citations = new KB::Citation[Int()];
            for (int i = 0; i < citations.Length; i++)
            {
                citations[i] = new KB::Citation(Text(), Text(), Text());
            }

            string[] supersedes = Texts();
            string[] contradicts = Texts();
            string[] accordingTo = Texts();
            int stage = Int();
            KB::FactStatus? status = stage < 0 ? (KB::FactStatus?)null : (KB::FactStatus)stage;
            string/*?*/ measure = OptionalText();
            switch (kind)
            {
KIND_CASES
                default: return new KB::ClaimFact(id, statement, about, holds, context, citations, supersedes, contradicts, accordingTo, status, measure);
            }
        }

        private KB::FactValue/*?*/ Value(KB::FactKind kind)
        {
            switch (kind)
            {
                case KB::FactKind.Money: return MoneyValue();
                case KB::FactKind.Quantity: return new KB::QuantityValue(Number(), Text(), Text(), Qualifier(), OptionalNumber());
                case KB::FactKind.Percentage: return PercentageValue();
                case KB::FactKind.Date: return DateValue();
                case KB::FactKind.Role: return new KB::RoleValue(Text(), Text(), OptionalText());
                case KB::FactKind.Stance: return new KB::StanceValue(Text(), Text(), Text());
                case KB::FactKind.Event: return new KB::EventValue(Text(), OptionalText(), DateValue());
                case KB::FactKind.Quote: return new KB::QuoteValue(Text(), Text());
                case KB::FactKind.TradeAction:
                    return new KB::TradeActionValue(
                        Text(), Texts(), (KB::TradeInstrument)Int(), Text(), OptionalText(),
                        Int() == 0 ? null : MoneyValue(),
                        Int() == 0 ? null : PercentageValue(),
                        DateValue());
                default: return null;
            }
        }

        private KB::MoneyValue MoneyValue() => new KB::MoneyValue(Number(), Text(), Text(), Qualifier(), OptionalNumber());

        private KB::PercentageValue PercentageValue() => new KB::PercentageValue(Number(), Text(), Qualifier(), OptionalNumber());

        private KB::ValueQualifier? Qualifier()
        {
            int qualifier = Int();
            return qualifier < 0 ? (KB::ValueQualifier?)null : (KB::ValueQualifier)qualifier;
        }

        private decimal? OptionalNumber()
        {
            string/*?*/ text = OptionalText();
            return text == null ? (decimal?)null : ParseNumber(text);
        }

        private KB::DateValue/*?*/ DateValue()
        {
            if (Int() == 0)
            {
                return null;
            }

            KB::FactDate date = Date().GetValueOrDefault();
            return new KB::DateValue(date, OptionalText(), OptionalText());
        }

        private KB::FactDate? Date()
        {
            int year = Int();
            int month = Int();
            int day = Int();
            var precision = (KB::DatePrecision)Int();
            return year < 0 ? (KB::FactDate?)null : new KB::FactDate(year, month, day, precision);
        }

        private decimal Number() => ParseNumber(Text());

        private static decimal ParseNumber(string text) => decimal.Parse(text, global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);

        private string[] Texts()
        {
            var texts = new string[Int()];
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = Text();
            }

            return texts;
        }

        /// <summary>A string the writer never leaves out.</summary>
        private string Text() => _strings[Int()];

        private string/*?*/ OptionalText()
        {
            int index = Int();
            return index < 0 ? null : _strings[index];
        }

        private int Int() => _rows[_next++];
    }

    /// <summary>
    /// Finds an item by id in an open-addressing table built once, at most half full: a miss usually ends at the first
    /// empty slot or differing stored hash without comparing strings, and a lookup allocates nothing. The hash is
    /// computed here rather than taken from <see cref=""string.GetHashCode()""/>, which is randomised per process and
    /// slower; a slot is the hash's top bits (Fibonacci hashing), which a multiplicative hash mixes best. Internal, not
    /// private, because the support types' linking takes it; hidden from IntelliSense.
    /// </summary>
    GENERATED_CODE
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    internal sealed class KnowledgeGenLookup<T>
        where T : class
    {
        private const uint Golden = 2654435769u;
        private readonly KB::KnowledgeGenLookup<T>.Slot[] _slots;
        private readonly int _mask;
        private readonly int _shift;

        internal KnowledgeGenLookup(T[] items, global::System.Func<T, string> id)
        {
            int bits = 2;
            while ((1 << bits) < items.Length * 2)
            {
                bits++;
            }

            _slots = new KB::KnowledgeGenLookup<T>.Slot[1 << bits];
            _mask = (1 << bits) - 1;
            _shift = 32 - bits;
            foreach (T item in items)
            {
                string key = id(item);
                if (Find(key) == null)
                {
                    uint hash = Hash(key);
                    int slot = (int)(hash >> _shift);
                    while (_slots[slot].Hash != 0)
                    {
                        slot = (slot + 1) & _mask;
                    }

                    _slots[slot] = new KB::KnowledgeGenLookup<T>.Slot((int)(hash | 1u), key, item);
                }
            }
        }

        /// <summary>The item with the id, or null if there is none.</summary>
        internal T/*?*/ Find(string/*?*/ id)
        {
            if (id == null)
            {
                return null;
            }

            uint hash = Hash(id);
            int wanted = (int)(hash | 1u);
            KB::KnowledgeGenLookup<T>.Slot[] slots = _slots;
            for (int slot = (int)(hash >> _shift); ; slot = (slot + 1) & _mask)
            {
                int stored = slots[slot].Hash;
                if (stored == wanted && string.Equals(slots[slot].Key, id))
                {
                    return slots[slot].Item;
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

        private struct Slot
        {
            internal readonly int Hash;
            internal readonly string/*?*/ Key;
            internal readonly T/*?*/ Item;

            internal Slot(int hash, string key, T item)
            {
                Hash = hash;
                Key = key;
                Item = item;
            }
        }
    }

    /// <summary>
    /// Every fact, entity and source, gathered from the data classes and linked to one another on first use. The
    /// explicit static constructor makes the first call of any member, <see cref=""EnsureLinked""/> included,
    /// finish the linking first; the named members go through it, so none can see an unlinked object.
    /// </summary>
    GENERATED_CODE
    private static class KnowledgeGenIndex
    {
        internal static readonly KB::Fact[] NoFacts = new KB::Fact[0];
        internal static readonly KB::Fact[] Facts = Sorted(new KB::Fact[][] { FACT_ARRAYS }, fact => fact.Id);
        internal static readonly KB::Entity[] Entities = Sorted(new KB::Entity[][] { ENTITY_ARRAYS }, entity => entity.Id);
        internal static readonly KB::Source[] Sources = Sorted(new KB::Source[][] { SOURCE_ARRAYS }, source => source.Id);
        internal static readonly KB::KnowledgeGenLookup<KB::Fact> FactsById = new KB::KnowledgeGenLookup<KB::Fact>(Facts, fact => fact.Id);
        internal static readonly KB::KnowledgeGenLookup<KB::Entity> EntitiesById = new KB::KnowledgeGenLookup<KB::Entity>(Entities, entity => entity.Id);
        internal static readonly KB::KnowledgeGenLookup<KB::Source> SourcesById = new KB::KnowledgeGenLookup<KB::Source>(Sources, source => source.Id);
        internal static readonly KB::Measure[] Measures = Sorted(new KB::Measure[][] { MEASURE_ARRAYS }, measure => measure.Id);
        internal static readonly KB::KnowledgeGenLookup<KB::Measure> MeasuresById = new KB::KnowledgeGenLookup<KB::Measure>(Measures, measure => measure.Id);
KIND_ARRAYS
        internal static readonly KB::Fact[] Dated = Where(Facts, fact => fact.Holds != null);
        private static readonly bool s_linked = Link();

        static KnowledgeGenIndex()
        {
        }

        /// <summary>Makes sure the static constructor, and so the linking, has run.</summary>
        internal static bool EnsureLinked() => s_linked;

        private static bool Link()
        {
            foreach (KB::Fact fact in Facts)
            {
                fact.KnowledgeGenLink(FactsById, EntitiesById, SourcesById, MeasuresById);
            }

            var supersededBy = new KB::KnowledgeGenIndex.Lists<KB::Fact, KB::Fact>();
            var contradicts = new KB::KnowledgeGenIndex.Lists<KB::Fact, KB::Fact>();
            var aboutEntity = new KB::KnowledgeGenIndex.Lists<KB::Entity, KB::Fact>();
            var citingSource = new KB::KnowledgeGenIndex.Lists<KB::Source, KB::Fact>();
            var ofMeasure = new KB::KnowledgeGenIndex.Lists<KB::Measure, KB::Fact>();
            foreach (KB::Fact fact in InTimeOrder(Facts))
            {
                if (fact.Measure != null)
                {
                    ofMeasure.Add(fact.Measure, fact);
                }
            }

            foreach (KB::Fact fact in Facts)
            {
                foreach (KB::Fact earlier in fact.Supersedes)
                {
                    supersededBy.Add(earlier, fact);
                }

                foreach (KB::Fact other in fact.Contradicts)
                {
                    contradicts.AddOnce(fact, other);
                    contradicts.AddOnce(other, fact);
                }

                foreach (KB::Entity entity in fact.About)
                {
                    aboutEntity.Add(entity, fact);
                }

                foreach (KB::Source source in fact.Sources)
                {
                    citingSource.Add(source, fact);
                }
            }

            var roles = new KB::KnowledgeGenIndex.Lists<KB::Entity, KB::RoleFact>();
            foreach (KB::RoleFact role in InTimeOrder(RoleFacts))
            {
                if (role.Value.Person != null)
                {
                    roles.Add(role.Value.Person, role);
                }
            }

            foreach (KB::Fact fact in Facts)
            {
                fact.KnowledgeGenLinkBack(supersededBy.Get(fact), contradicts.Get(fact));
            }

            foreach (KB::Entity entity in Entities)
            {
                entity.KnowledgeGenLink(aboutEntity.Get(entity), roles.Get(entity));
            }

            foreach (KB::Source source in Sources)
            {
                source.KnowledgeGenLink(citingSource.Get(source));
            }

            foreach (KB::Measure measure in Measures)
            {
                measure.KnowledgeGenLink(ofMeasure.Get(measure));
            }

            return true;
        }

        private static T[] Sorted<T>(T[][] parts, global::System.Func<T, string> id)
        {
            int count = 0;
            foreach (T[] part in parts)
            {
                count += part.Length;
            }

            var all = new T[count];
            int next = 0;
            foreach (T[] part in parts)
            {
                global::System.Array.Copy(part, 0, all, next, part.Length);
                next += part.Length;
            }

            global::System.Array.Sort(all, (left, right) => string.CompareOrdinal(id(left), id(right)));
            return all;
        }

        private static T[] OfType<T>(KB::Fact[] facts)
            where T : KB::Fact
        {
            var kept = new global::System.Collections.Generic.List<T>();
            foreach (KB::Fact fact in facts)
            {
                T/*?*/ typed = fact as T;
                if (typed != null)
                {
                    kept.Add(typed);
                }
            }

            return kept.ToArray();
        }

        private static KB::Fact[] Where(KB::Fact[] facts, global::System.Func<KB::Fact, bool> keep)
        {
            var kept = new global::System.Collections.Generic.List<KB::Fact>();
            foreach (KB::Fact fact in facts)
            {
                if (keep(fact))
                {
                    kept.Add(fact);
                }
            }

            return kept.ToArray();
        }

        /// <summary>Facts by the date they hold from, those with no start last, ties in id order (the sort is not stable).</summary>
        private static T[] InTimeOrder<T>(T[] facts)
            where T : KB::Fact
        {
            var sorted = (T[])facts.Clone();
            global::System.Array.Sort(sorted, (left, right) =>
            {
                KB::FactDate? a = left.Holds == null ? null : left.Holds.From;
                KB::FactDate? b = right.Holds == null ? null : right.Holds.From;
                int byTime = a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.Value.CompareTo(b.Value);
                return byTime != 0 ? byTime : string.CompareOrdinal(left.Id, right.Id);
            });
            return sorted;
        }

        /// <summary>
        /// Lists by key, in the order added; keys compare by reference. <see cref=""Add""/> is for items that arrive
        /// in order, so that a repeat can only follow itself; <see cref=""AddOnce""/> looks through the list.
        /// </summary>
        private sealed class Lists<TKey, TItem>
            where TKey : class
            where TItem : class
        {
            private readonly global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<TItem>> _lists =
                new global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<TItem>>();

            internal void Add(TKey key, TItem item)
            {
                global::System.Collections.Generic.List<TItem> list = ListOf(key);
                if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], item))
                {
                    list.Add(item);
                }
            }

            internal void AddOnce(TKey key, TItem item)
            {
                global::System.Collections.Generic.List<TItem> list = ListOf(key);
                if (!list.Contains(item))
                {
                    list.Add(item);
                }
            }

            private global::System.Collections.Generic.List<TItem> ListOf(TKey key)
            {
                global::System.Collections.Generic.List<TItem>/*?*/ list;
                if (!_lists.TryGetValue(key, out list))
                {
                    list = new global::System.Collections.Generic.List<TItem>();
                    _lists.Add(key, list);
                }

                return list;
            }

            internal TItem[] Get(TKey key)
            {
                global::System.Collections.Generic.List<TItem>/*?*/ list;
                return _lists.TryGetValue(key, out list) ? list.ToArray() : new TItem[0];
            }
        }
    }
}
";
    }
}
