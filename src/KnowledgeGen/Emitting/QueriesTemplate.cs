namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// The query API over the whole knowledge base. Its indexes are built on first use from the arrays each
    /// fact file's data class exposes, in one pass, and held in dictionaries: no lookup scans the facts, and the
    /// generated code stays small however many facts there are. Written for C# 8 with no LINQ, so that any
    /// consumer can compile it. VISIBILITY, KNOWLEDGE_BASE, FACT_ARRAYS, ENTITY_ARRAYS and SOURCE_ARRAYS are
    /// replaced by the emitter.
    /// </summary>
    internal static class QueriesTemplate
    {
        public const string Text = @"
VISIBILITY static partial class KNOWLEDGE_BASE
{
    /// <summary>Every fact, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> All => Index.All;

    /// <summary>Every entity, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Entity> AllEntities => Index.Entities;

    /// <summary>Every source, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Source> AllSources => Index.Sources;

    /// <summary>The fact with the id, or null if there is none.</summary>
    public static Fact? Find(string id) => Index.FactsById.TryGetValue(id, out Fact? fact) ? fact : null;

    /// <summary>The entity with the id, or null if there is none.</summary>
    public static Entity? FindEntity(string id) => Index.EntitiesById.TryGetValue(id, out Entity? entity) ? entity : null;

    /// <summary>The source with the id, or null if there is none.</summary>
    public static Source? FindSource(string id) => Index.SourcesById.TryGetValue(id, out Source? source) ? source : null;

    /// <summary>The facts about the entity, ordered by id; empty for an unknown id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> About(string entityId) => Index.Get(Index.About, entityId);

    /// <summary>The facts about the entity, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> About(Entity entity) => About(entity.Id);

    /// <summary>The facts citing the source, ordered by id; empty for an unknown id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> CitedIn(string sourceId) => Index.Get(Index.CitedIn, sourceId);

    /// <summary>The facts citing the source, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> CitedIn(Source source) => CitedIn(source.Id);

    /// <summary>The roles the person held, earliest first where the time is known; empty if none.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> RolesOf(string personId) => Index.Get(Index.RolesOf, personId);

    /// <summary>The roles the person held, earliest first where the time is known.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> RolesOf(Entity person) => RolesOf(person.Id);

    /// <summary>The later facts that replace the fact (a revised figure, a changed demand); empty if none.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> SupersededBy(string factId) => Index.Get(Index.SupersededBy, factId);

    /// <summary>The facts that disagree with the fact, whichever of the two names the other; empty if none.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> Contradicting(string factId) => Index.Get(Index.Contradicting, factId);

    /// <summary>The facts of the kind, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> OfKind(FactKind kind)
        => (uint)kind < (uint)Index.ByKind.Length ? Index.ByKind[(int)kind] : Index.None;

    /// <summary>The facts known to hold on the day of the moment, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> HoldingAt(global::System.DateTime moment) => HoldingBetween(moment, moment);

    /// <summary>The facts known to hold on at least one day of the range, ordered by id.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<Fact> HoldingBetween(global::System.DateTime from, global::System.DateTime to)
    {
        var result = new global::System.Collections.Generic.List<Fact>();
        foreach (Fact fact in Index.Dated)
        {
            if (fact.Holds!.Overlaps(from, to))
            {
                result.Add(fact);
            }
        }

        return result;
    }

    /// <summary>Every fact as a Fact, with its statement, typed value and citations.</summary>
    public static partial class Facts
    {
    }

    /// <summary>Every source article the facts quote.</summary>
    public static partial class Sources
    {
    }

    /// <summary>The statement of every claim: a fact with no typed value.</summary>
    public static partial class Claims
    {
    }

    /// <summary>The amount of every money fact, as a decimal constant.</summary>
    public static partial class Money
    {
    }

    /// <summary>The amount of every quantity fact, as a decimal constant.</summary>
    public static partial class Quantities
    {
    }

    /// <summary>The value of every percentage fact, as a decimal constant: 1.8 means 1.8%.</summary>
    public static partial class Percentages
    {
    }

    /// <summary>The value of every date fact.</summary>
    public static partial class Dates
    {
    }

    /// <summary>The value of every role fact: who held which position.</summary>
    public static partial class Roles
    {
    }

    /// <summary>The value of every stance fact: who held which position on what.</summary>
    public static partial class Stances
    {
    }

    /// <summary>The value of every event fact: what happened, where and when.</summary>
    public static partial class Events
    {
    }

    /// <summary>The words of every quote fact, as a string constant.</summary>
    public static partial class Quotes
    {
    }

    /// <summary>Every person.</summary>
    public static partial class People
    {
    }

    /// <summary>Every organisation.</summary>
    public static partial class Organisations
    {
    }

    /// <summary>Every country.</summary>
    public static partial class Countries
    {
    }

    /// <summary>Every place.</summary>
    public static partial class Places
    {
    }

    /// <summary>Every programme, plan or policy.</summary>
    public static partial class Programmes
    {
    }

    /// <summary>Every publication.</summary>
    public static partial class Publications
    {
    }

    /// <summary>Every group.</summary>
    public static partial class Groups
    {
    }

    /// <summary>
    /// Decodes the data tables each fact file's data class holds: a row of integers per record, indexing the
    /// file's strings (-1 for null). The field order mirrors the generator's DataTableWriter.
    /// </summary>
    private sealed class Table
    {
        private readonly string[] _strings;
        private readonly int[] _rows;
        private int _next;

        private Table(string[] strings, int[] rows)
        {
            _strings = strings;
            _rows = rows;
        }

        internal static Fact[] Facts(string[] strings, int[] rows)
        {
            var table = new Table(strings, rows);
            var facts = new global::System.Collections.Generic.List<Fact>();
            while (!table.Done)
            {
                facts.Add(table.ReadFact());
            }

            return facts.ToArray();
        }

        internal static Entity[] Entities(string[] strings, int[] rows)
        {
            var table = new Table(strings, rows);
            var entities = new global::System.Collections.Generic.List<Entity>();
            while (!table.Done)
            {
                entities.Add(new Entity(table.Text()!, (EntityKind)table.Int(), table.Text()!, table.Texts(), table.Text()));
            }

            return entities.ToArray();
        }

        internal static Source[] Sources(string[] strings, int[] rows)
        {
            var table = new Table(strings, rows);
            var sources = new global::System.Collections.Generic.List<Source>();
            while (!table.Done)
            {
                sources.Add(new Source(table.Text()!, table.Text()!, table.Text(), table.DateValue(), table.Text()!, table.Text()!));
            }

            return sources.ToArray();
        }

        private bool Done => _next >= _rows.Length;

        private Fact ReadFact()
        {
            string id = Text()!;
            var kind = (FactKind)Int();
            string statement = Text()!;
            string[] about = Texts();
            FactValue? value = Value(kind);
            FactPeriod? holds = Int() == 0 ? null : new FactPeriod(Date(), Date(), Text());
            string? context = Text();
            var citations = new Citation[Int()];
            for (int i = 0; i < citations.Length; i++)
            {
                citations[i] = new Citation(Text()!, Text()!, Text()!);
            }

            return new Fact(id, kind, statement, about, value, holds, context, citations, Texts(), Texts());
        }

        private FactValue? Value(FactKind kind)
        {
            switch (kind)
            {
                case FactKind.Money: return new MoneyValue(Number(), Text()!, Text()!);
                case FactKind.Quantity: return new QuantityValue(Number(), Text()!, Text()!);
                case FactKind.Percentage: return new PercentageValue(Number(), Text()!);
                case FactKind.Date: return DateValue();
                case FactKind.Role: return new RoleValue(Text()!, Text()!, Text());
                case FactKind.Stance: return new StanceValue(Text()!, Text()!, Text()!);
                case FactKind.Event: return new EventValue(Text()!, Text(), DateValue());
                case FactKind.Quote: return new QuoteValue(Text()!, Text()!);
                default: return null;
            }
        }

        private DateValue? DateValue()
        {
            if (Int() == 0)
            {
                return null;
            }

            FactDate date = Date()!.Value;
            return new DateValue(date, Text(), Text());
        }

        private FactDate? Date()
        {
            int year = Int();
            int month = Int();
            int day = Int();
            var precision = (DatePrecision)Int();
            return year < 0 ? (FactDate?)null : new FactDate(year, month, day, precision);
        }

        private decimal Number() => decimal.Parse(Text()!, global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);

        private string[] Texts()
        {
            var texts = new string[Int()];
            for (int i = 0; i < texts.Length; i++)
            {
                texts[i] = Text()!;
            }

            return texts;
        }

        private string? Text()
        {
            int index = Int();
            return index < 0 ? null : _strings[index];
        }

        private int Int() => _rows[_next++];
    }

    private static class Index
    {
        internal static readonly Fact[] None = new Fact[0];
        internal static readonly Fact[] All = Sorted(new Fact[][] { FACT_ARRAYS }, fact => fact.Id);
        internal static readonly Entity[] Entities = Sorted(new Entity[][] { ENTITY_ARRAYS }, entity => entity.Id);
        internal static readonly Source[] Sources = Sorted(new Source[][] { SOURCE_ARRAYS }, source => source.Id);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Fact> FactsById = ById(All, fact => fact.Id);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Entity> EntitiesById = ById(Entities, entity => entity.Id);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Source> SourcesById = ById(Sources, source => source.Id);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Fact[]> About = Group(All, fact => fact.About);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Fact[]> CitedIn = Group(All, fact => fact.SourceIds);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Fact[]> SupersededBy = Group(All, fact => fact.Supersedes);
        internal static readonly global::System.Collections.Generic.Dictionary<string, Fact[]> Contradicting = Group(All, ContradictionsOf(All));
        internal static readonly global::System.Collections.Generic.Dictionary<string, Fact[]> RolesOf = Group(RolesInTimeOrder(All), fact => new[] { ((RoleValue)fact.Value!).PersonId });
        internal static readonly Fact[][] ByKind = GroupByKind(All);
        internal static readonly Fact[] Dated = Where(All, fact => fact.Holds != null);

        internal static global::System.Collections.Generic.IReadOnlyList<Fact> Get(global::System.Collections.Generic.Dictionary<string, Fact[]> index, string key)
            => index.TryGetValue(key, out Fact[]? facts) ? facts : None;

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

        private static global::System.Collections.Generic.Dictionary<string, T> ById<T>(T[] items, global::System.Func<T, string> id)
        {
            var byId = new global::System.Collections.Generic.Dictionary<string, T>(items.Length, global::System.StringComparer.Ordinal);
            foreach (T item in items)
            {
                if (!byId.ContainsKey(id(item)))
                {
                    byId.Add(id(item), item);
                }
            }

            return byId;
        }

        /// <summary>Each fact under every key it names, in the order of the facts given, each once per key.</summary>
        private static global::System.Collections.Generic.Dictionary<string, Fact[]> Group(global::System.Collections.Generic.IEnumerable<Fact> facts, global::System.Func<Fact, global::System.Collections.Generic.IReadOnlyList<string>> keys)
        {
            var lists = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<Fact>>(global::System.StringComparer.Ordinal);
            foreach (Fact fact in facts)
            {
                foreach (string key in keys(fact))
                {
                    if (!lists.TryGetValue(key, out global::System.Collections.Generic.List<Fact>? list))
                    {
                        list = new global::System.Collections.Generic.List<Fact>();
                        lists.Add(key, list);
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], fact))
                    {
                        list.Add(fact);
                    }
                }
            }

            var groups = new global::System.Collections.Generic.Dictionary<string, Fact[]>(lists.Count, global::System.StringComparer.Ordinal);
            foreach (global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.List<Fact>> pair in lists)
            {
                groups.Add(pair.Key, pair.Value.ToArray());
            }

            return groups;
        }

        /// <summary>A contradiction is symmetric: whichever of two facts names the other, each is listed under both.</summary>
        private static global::System.Func<Fact, global::System.Collections.Generic.IReadOnlyList<string>> ContradictionsOf(Fact[] facts)
        {
            var others = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>>(global::System.StringComparer.Ordinal);
            foreach (Fact fact in facts)
            {
                foreach (string other in fact.Contradicts)
                {
                    Link(others, fact.Id, other);
                    Link(others, other, fact.Id);
                }
            }

            return fact => others.TryGetValue(fact.Id, out global::System.Collections.Generic.List<string>? keys) ? keys : (global::System.Collections.Generic.IReadOnlyList<string>)new string[0];
        }

        private static void Link(global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>> others, string from, string to)
        {
            if (!others.TryGetValue(from, out global::System.Collections.Generic.List<string>? list))
            {
                list = new global::System.Collections.Generic.List<string>();
                others.Add(from, list);
            }

            if (!list.Contains(to))
            {
                list.Add(to);
            }
        }

        private static Fact[] RolesInTimeOrder(Fact[] facts)
        {
            Fact[] roles = Where(facts, fact => fact.Kind == FactKind.Role);
            var order = new global::System.Collections.Generic.Dictionary<Fact, int>(roles.Length);
            for (int i = 0; i < roles.Length; i++)
            {
                order.Add(roles[i], i);
            }

            global::System.Array.Sort(roles, (left, right) =>
            {
                FactDate? a = left.Holds?.From;
                FactDate? b = right.Holds?.From;
                int byTime = a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.Value.CompareTo(b.Value);
                return byTime != 0 ? byTime : order[left].CompareTo(order[right]);
            });
            return roles;
        }

        private static Fact[][] GroupByKind(Fact[] facts)
        {
            var byKind = new Fact[(int)FactKind.Quote + 1][];
            for (int kind = 0; kind < byKind.Length; kind++)
            {
                byKind[kind] = Where(facts, fact => (int)fact.Kind == kind);
            }

            return byKind;
        }

        private static Fact[] Where(Fact[] facts, global::System.Func<Fact, bool> keep)
        {
            var kept = new global::System.Collections.Generic.List<Fact>();
            foreach (Fact fact in facts)
            {
                if (keep(fact))
                {
                    kept.Add(fact);
                }
            }

            return kept.ToArray();
        }
    }
}
";
    }
}
