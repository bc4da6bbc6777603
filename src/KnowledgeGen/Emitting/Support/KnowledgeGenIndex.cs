// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Every fact, entity, source and measure, gathered from the fact files' tables, each part on its first use: the
        /// count of facts needs nothing decoded, a lookup by id reads the ids alone and builds the one fact it finds,
        /// the list by id sorts the ids, and the links between objects are made once, when the first is read. Private to
        /// the knowledge-base class: the objects read their links from here, and no code of the consumer's can reach it
        /// to change one. Written without LINQ, so that no extension method of the consumer's namespace can stand in for one.
        /// </summary>
        // [GeneratedCode]
        private static class KnowledgeGenIndex
        {
            /// <summary>Where each file's facts start in the facts of all files, one more for the end; the same for retired ids.</summary>
            private static readonly int[] s_factStarts = Starts(false);
            private static readonly int[] s_retiredStarts = Starts(true);

            /// <summary>Every fact, ordered by id, built as it is read.</summary>
            internal static readonly global::System.Collections.Generic.IReadOnlyList<Fact> Facts = new FactList();

            internal static global::System.Collections.ObjectModel.ReadOnlyCollection<Entity> Entities => Declared.Entities;

            internal static global::System.Collections.ObjectModel.ReadOnlyCollection<Source> Sources => Declared.Sources;

            internal static global::System.Collections.ObjectModel.ReadOnlyCollection<Measure> Measures => Declared.Measures;

            private static int FactCount => s_factStarts[s_factStarts.Length - 1];

            /// <summary>The fact with the id; for a retired id its replacement, or a <see cref="global::System.NotSupportedException"/> saying why it went.</summary>
            // Inlined into the public FindFact with the lookup, so that a found or missing id costs no call; a retired id takes the call.
            [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            internal static Fact/*?*/ FindFact(string/*?*/ id)
            {
                int position;
                Fact/*?*/ fact = ById.Facts.Find(id, out position);
                return fact != null || position < 0 ? fact : Replacement(position);
            }

            /// <summary>The fact replacing the retired id at the position, or a <see cref="global::System.NotSupportedException"/> saying why it went.</summary>
            private static Fact Replacement(int position)
            {
                KnowledgeGenTable.RetiredId retired = RetiredAt(position - FactCount);
                Fact/*?*/ replacement = ById.Facts.Find(retired.Replacement);
                if (replacement == null)
                {
                    throw new global::System.NotSupportedException("The fact '" + retired.Id + "' was retired: " + retired.Message);
                }

                return replacement;
            }

            internal static Entity/*?*/ Entity(string/*?*/ id) => Declared.EntitiesById.Find(id);

            internal static Source/*?*/ Source(string/*?*/ id) => DeclaredSources.ById.Find(id);

            /// <summary>The source's sentences that a citation gives (see <see cref="Source.Sentences"/>); empty where no source has the id (reported by the build).</summary>
            internal static string Sentences(string sourceId, int number, int count)
            {
                Source/*?*/ source = Source(sourceId);
                return source == null ? string.Empty : source.Sentences(number, count);
            }

            /// <summary>The entities with the ids, in order, as a read-only list; an id no entity has (reported by the build) left out.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<Entity> EntitiesWithIds(string[] ids) => ReadOnly(Resolve(Declared.EntitiesById, ids));

            internal static Measure/*?*/ Measure(string/*?*/ id) => Declared.MeasuresById.Find(id);

            internal static FactLinks LinksOf(Fact fact)
            {
                FactLinks/*?*/ links;
                return Linked.FactLinks.TryGetValue(fact, out links) ? links/*!*/ : FactLinks.None;
            }

            internal static global::System.Collections.Generic.IReadOnlyList<Fact> FactsAbout(Entity entity) => Linked.About.Get(entity);

            internal static global::System.Collections.Generic.IReadOnlyList<RoleFact> RolesOf(Entity entity) => Linked.Roles.Get(entity);

            internal static global::System.Collections.Generic.IReadOnlyList<Fact> FactsCiting(Source source) => Linked.Citing.Get(source);

            /// <summary>The facts of the measure, typed; the measure keeps the list.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<TFact> SeriesOf<TFact>(Measure<TFact> measure)
                where TFact : Fact
                => OfType<TFact>(Linked.Series.Get(measure));

            /// <summary>The facts of one kind, typed, listed once.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<TFact> FactsOf<TFact>()
                where TFact : Fact
                => Typed<TFact>.All;

            /// <summary>The facts known to hold on at least one day of the range, ordered by id.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<Fact> HoldingBetween(global::System.DateTime from, global::System.DateTime to)
            {
                var holding = new global::System.Collections.Generic.List<Fact>();
                foreach (Fact fact in Linked.Dated)
                {
                    if (fact.Holds/*!*/.Overlaps(from, to))
                    {
                        holding.Add(fact);
                    }
                }

                return holding.AsReadOnly();
            }

            /// <summary>The fact at a position among all files' facts (files in the order of KnowledgeGenFiles, rows in file order).</summary>
            private static Fact FactAt(int position)
            {
                int file = FileOf(s_factStarts, position);
                return KnowledgeGenFiles.All[file].Fact(position - s_factStarts[file]);
            }

            /// <summary>The id at a position among all files' facts and then all files' retired ids, as a string of its own.</summary>
            private static string IdAt(int position)
            {
                if (position < FactCount)
                {
                    int file = FileOf(s_factStarts, position);
                    return KnowledgeGenFiles.All[file].Ids().Id(position - s_factStarts[file]);
                }

                int retired = position - FactCount;
                int holder = FileOf(s_retiredStarts, retired);
                return KnowledgeGenFiles.All[holder].Ids().Id(KnowledgeGenFiles.All[holder].FactCount + retired - s_retiredStarts[holder]);
            }

            private static KnowledgeGenTable.RetiredId RetiredAt(int position)
            {
                int file = FileOf(s_retiredStarts, position);
                return KnowledgeGenFiles.All[file].Retired[position - s_retiredStarts[file]];
            }

            private static KnowledgeGenTable.NamedIds NamesAt(int position)
            {
                int file = FileOf(s_factStarts, position);
                return KnowledgeGenFiles.All[file].Names(position - s_factStarts[file]);
            }

            /// <summary>The last file whose start is at or before the position (a file with no facts starts where the next does).</summary>
            private static int FileOf(int[] starts, int position)
            {
                int low = 0;
                int high = starts.Length - 2;
                while (low < high)
                {
                    int middle = (low + high + 1) / 2;
                    if (starts[middle] <= position)
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return low;
            }

            private static int[] Starts(bool retired)
            {
                KnowledgeGenTable[] files = KnowledgeGenFiles.All;
                var starts = new int[files.Length + 1];
                for (int i = 0; i < files.Length; i++)
                {
                    starts[i + 1] = starts[i] + (retired ? files[i].RetiredCount : files[i].FactCount);
                }

                return starts;
            }

            private static global::System.Collections.ObjectModel.ReadOnlyCollection<T> ReadOnly<T>(T[] items) => new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

            private static T[] Resolve<T>(KnowledgeGenLookup<T> items, string[] ids)
                where T : class
            {
                var resolved = new global::System.Collections.Generic.List<T>(ids.Length);
                foreach (string id in ids)
                {
                    T/*?*/ item = items.Find(id);
                    if (item != null)
                    {
                        resolved.Add(item);
                    }
                }

                return resolved.ToArray();
            }

            /// <summary>
            /// The lookup of facts by id, built on the first: every file's constant of ids is read and hashed where it
            /// stands, and nothing else is decoded; the facts come first, then the retired ids, whose positions have no item.
            /// </summary>
            private static class ById
            {
                internal static readonly KnowledgeGenLookup<Fact> Facts = Build();

                private static KnowledgeGenLookup<Fact> Build()
                {
                    KnowledgeGenTable[] files = KnowledgeGenFiles.All;
                    var facts = new KnowledgeGenLookup<Fact>(FactCount + s_retiredStarts[files.Length], position => position < FactCount ? FactAt(position) : null, IdAt);
                    for (int i = 0; i < files.Length; i++)
                    {
                        Add(facts, files[i].Ids(), 0, files[i].FactCount, s_factStarts[i]);
                    }

                    for (int i = 0; i < files.Length; i++)
                    {
                        Add(facts, files[i].Ids(), files[i].FactCount, files[i].RetiredCount, FactCount + s_retiredStarts[i]);
                    }

                    facts.Seal();
                    return facts;
                }

                private static void Add(KnowledgeGenLookup<Fact> facts, KnowledgeGenTable.IdText ids, int first, int count, int position)
                {
                    for (int i = 0; i < count; i++)
                    {
                        facts.Add(ids.Text, ids.Start(first + i), ids.Length(first + i), position + i);
                    }
                }
            }

            /// <summary>The positions of all facts ordered by id, sorted from the ids on the first read of the list.</summary>
            private static class ByIdOrder
            {
                internal static readonly int[] Positions = Sorted();

                private static int[] Sorted()
                {
                    var ids = new string[FactCount];
                    var positions = new int[ids.Length];
                    for (int i = 0; i < positions.Length; i++)
                    {
                        ids[i] = IdAt(i);
                        positions[i] = i;
                    }

                    global::System.Array.Sort(ids, positions, global::System.StringComparer.Ordinal);
                    return positions;
                }
            }

            /// <summary>Every fact ordered by id: its count is the files' counts, and each fact is built as it is read.</summary>
            private sealed class FactList : global::System.Collections.Generic.IReadOnlyList<Fact>
            {
                public int Count => FactCount;

                public Fact this[int index]
                {
                    get
                    {
                        if ((uint)index >= (uint)FactCount)
                        {
                            throw new global::System.ArgumentOutOfRangeException(nameof(index));
                        }

                        return FactAt(ByIdOrder.Positions[index]);
                    }
                }

                public global::System.Collections.Generic.IEnumerator<Fact> GetEnumerator()
                {
                    for (int i = 0; i < FactCount; i++)
                    {
                        yield return this[i];
                    }
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }

            /// <summary>Every entity, source and measure, decoded from every file on the first use of any.</summary>
            private static class Declared
            {
                internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Entity> Entities;
                internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Source> Sources;
                internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Measure> Measures;
                internal static readonly KnowledgeGenLookup<Entity> EntitiesById;
                internal static readonly KnowledgeGenLookup<Measure> MeasuresById;

                static Declared()
                {
                    var entities = new global::System.Collections.Generic.List<Entity>();
                    var sources = new global::System.Collections.Generic.List<Source>();
                    var measures = new global::System.Collections.Generic.List<Measure>();
                    foreach (KnowledgeGenTable file in KnowledgeGenFiles.All)
                    {
                        entities.AddRange(file.Entities);
                        sources.AddRange(file.Sources);
                        measures.AddRange(file.Measures);
                    }

                    Entities = ReadOnly(Sorted(entities, entity => entity.Id));
                    Sources = ReadOnly(Sorted(sources, source => source.Id));
                    Measures = ReadOnly(Sorted(measures, measure => measure.Id));
                    EntitiesById = Lookup(entities, entity => entity.Id);
                    MeasuresById = Lookup(measures, measure => measure.Id);
                }

                private static T[] Sorted<T>(global::System.Collections.Generic.List<T> items, global::System.Func<T, string> id)
                {
                    T[] sorted = items.ToArray();
                    global::System.Array.Sort(sorted, (left, right) => string.CompareOrdinal(id(left), id(right)));
                    return sorted;
                }

            }

            /// <summary>
            /// The sources by id, from the files that declare sources alone: a fact's citations read their sentences from
            /// their sources as the fact is built, and the first fact read should not decode every file.
            /// </summary>
            private static class DeclaredSources
            {
                internal static readonly KnowledgeGenLookup<Source> ById = Build();

                private static KnowledgeGenLookup<Source> Build()
                {
                    var sources = new global::System.Collections.Generic.List<Source>();
                    foreach (KnowledgeGenTable file in KnowledgeGenFiles.All)
                    {
                        if (file.SourceCount > 0)
                        {
                            sources.AddRange(file.Sources);
                        }
                    }

                    return Lookup(sources, source => source.Id);
                }
            }

            private static KnowledgeGenLookup<T> Lookup<T>(global::System.Collections.Generic.List<T> items, global::System.Func<T, string> id)
                where T : class
            {
                T[] all = items.ToArray();
                var ids = new string[all.Length];
                for (int i = 0; i < all.Length; i++)
                {
                    ids[i] = id(all[i]);
                }

                return KnowledgeGenLookup<T>.Of(ids, position => all[position]);
            }

            /// <summary>What every fact points to and what points to each object, linked once, on the first read of a link.</summary>
            private static class Linked
            {
                internal static readonly global::System.Collections.Generic.List<Fact> Dated = new global::System.Collections.Generic.List<Fact>();
                internal static readonly global::System.Collections.Generic.Dictionary<Fact, FactLinks> FactLinks = new global::System.Collections.Generic.Dictionary<Fact, FactLinks>();
                internal static readonly Lists<Entity, Fact> About = new Lists<Entity, Fact>();
                internal static readonly Lists<Entity, RoleFact> Roles = new Lists<Entity, RoleFact>();
                internal static readonly Lists<Source, Fact> Citing = new Lists<Source, Fact>();
                internal static readonly Lists<Measure, Fact> Series = new Lists<Measure, Fact>();

                static Linked()
                {
                    int[] order = ByIdOrder.Positions;
                    var facts = new Fact[order.Length];
                    var names = new KnowledgeGenTable.NamedIds[order.Length];
                    for (int i = 0; i < order.Length; i++)
                    {
                        facts[i] = FactAt(order[i]);
                        names[i] = NamesAt(order[i]);
                    }

                    Link(facts, names);
                }

                private static void Link(Fact[] facts, KnowledgeGenTable.NamedIds[] names)
                {
                    var supersededBy = new Lists<Fact, Fact>();
                    var contradicts = new Lists<Fact, Fact>();
                    for (int i = 0; i < facts.Length; i++)
                    {
                        foreach (Fact earlier in Resolve(ById.Facts, names[i].Supersedes))
                        {
                            supersededBy.Add(earlier, facts[i]);
                        }

                        foreach (Fact other in Resolve(ById.Facts, names[i].Contradicts))
                        {
                            contradicts.AddOnce(facts[i], other);
                            contradicts.AddOnce(other, facts[i]);
                        }
                    }

                    var citations = new global::System.Collections.Generic.List<KnowledgeGenIndex.Place>();
                    for (int i = 0; i < facts.Length; i++)
                    {
                        Fact fact = facts[i];
                        KnowledgeGenTable.NamedIds named = names[i];
                        var cited = new global::System.Collections.Generic.List<Source>();
                        foreach (Citation citation in fact.Citations)
                        {
                            Source/*?*/ source = citation.Source;
                            if (source != null && !cited.Contains(source))
                            {
                                cited.Add(source);
                                citations.Add(new KnowledgeGenIndex.Place(source, citation.SentenceNumber, fact));
                            }
                        }

                        Entity[] about = Resolve(Declared.EntitiesById, named.About);
                        FactLinks.Add(fact, new FactLinks(
                            about,
                            Resolve(Declared.EntitiesById, named.AccordingTo),
                            Declared.MeasuresById.Find(named.Measure),
                            cited.ToArray(),
                            Resolve(ById.Facts, named.Supersedes),
                            supersededBy.Get(fact),
                            contradicts.Get(fact)));
                        foreach (Entity entity in about)
                        {
                            About.Add(entity, fact);
                        }

                        if (fact.Holds != null)
                        {
                            Dated.Add(fact);
                        }
                    }

                    foreach (Fact fact in InTimeOrder(facts))
                    {
                        if (fact.Measure != null)
                        {
                            Series.Add(fact.Measure, fact);
                        }

                        RoleFact/*?*/ role = fact as RoleFact;
                        if (role != null && role.Value.Person != null)
                        {
                            Roles.Add(role.Value.Person, role);
                        }
                    }

                    // The place of a fact in an article is the first sentence of it the fact cites; a fact citing two
                    // articles stands in each at its own place.
                    KnowledgeGenIndex.Place[] places = citations.ToArray();
                    global::System.Array.Sort(places, (left, right) => left.Sentence != right.Sentence ? left.Sentence.CompareTo(right.Sentence) : string.CompareOrdinal(left.Fact.Id, right.Fact.Id));
                    foreach (KnowledgeGenIndex.Place place in places)
                    {
                        Citing.Add(place.Source, place.Fact);
                    }
                }
            }

            private static global::System.Collections.ObjectModel.ReadOnlyCollection<TFact> OfType<TFact>(global::System.Collections.Generic.IEnumerable<Fact> facts)
                where TFact : Fact
            {
                var typed = new global::System.Collections.Generic.List<TFact>();
                foreach (Fact fact in facts)
                {
                    TFact/*?*/ one = fact as TFact;
                    if (one != null)
                    {
                        typed.Add(one);
                    }
                }

                return typed.AsReadOnly();
            }

            /// <summary>Facts by the date they hold from, those with no start last, ties in id order.</summary>
            private static Fact[] InTimeOrder(Fact[] facts)
            {
                var sorted = (Fact[])facts.Clone();
                global::System.Array.Sort(sorted, (left, right) =>
                {
                    FactDate? a = left.Holds == null ? null : left.Holds.From;
                    FactDate? b = right.Holds == null ? null : right.Holds.From;
                    int byTime = a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.Value.CompareTo(b.Value);
                    return byTime != 0 ? byTime : string.CompareOrdinal(left.Id, right.Id);
                });
                return sorted;
            }

            /// <summary>Where a fact stands in a source: the number of the first sentence of it the fact cites.</summary>
            private struct Place
            {
                internal readonly Source Source;
                internal readonly int Sentence;
                internal readonly Fact Fact;

                internal Place(Source source, int sentence, Fact fact)
                {
                    Source = source;
                    Sentence = sentence;
                    Fact = fact;
                }
            }

            /// <summary>What one fact points to, resolved once.</summary>
            internal sealed class FactLinks
            {
                internal static readonly FactLinks None = new FactLinks(new Entity[0], new Entity[0], null, new Source[0], new Fact[0], ReadOnly(new Fact[0]), ReadOnly(new Fact[0]));

                internal FactLinks(Entity[] about, Entity[] accordingTo, Measure/*?*/ measure, Source[] sources, Fact[] supersedes, global::System.Collections.Generic.IReadOnlyList<Fact> supersededBy, global::System.Collections.Generic.IReadOnlyList<Fact> contradicts)
                {
                    About = ReadOnly(about);
                    AccordingTo = ReadOnly(accordingTo);
                    Measure = measure;
                    Sources = ReadOnly(sources);
                    Supersedes = ReadOnly(supersedes);
                    SupersededBy = supersededBy;
                    Contradicts = contradicts;
                }

                internal global::System.Collections.Generic.IReadOnlyList<Entity> About { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Entity> AccordingTo { get; }

                internal Measure/*?*/ Measure { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Source> Sources { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Fact> Supersedes { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Fact> SupersededBy { get; }

                internal global::System.Collections.Generic.IReadOnlyList<Fact> Contradicts { get; }
            }

            /// <summary>The facts of one kind, typed, listed on first use.</summary>
            private static class Typed<TFact>
                where TFact : Fact
            {
                internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<TFact> All = OfType<TFact>(Facts);
            }

            /// <summary>
            /// Read-only lists by key, in the order added; keys compare by reference. Filled in the static constructor
            /// only; each list's read-only view is made once, as its first item is added.
            /// </summary>
            private sealed class Lists<TKey, TItem>
                where TKey : class
                where TItem : class
            {
                private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<TItem> s_none = ReadOnly(new TItem[0]);
                private readonly global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<TItem>> _lists =
                    new global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<TItem>>();
                private readonly global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.ObjectModel.ReadOnlyCollection<TItem>> _views =
                    new global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.ObjectModel.ReadOnlyCollection<TItem>>();

                internal void Add(TKey key, TItem item) => ListOf(key).Add(item);

                internal void AddOnce(TKey key, TItem item)
                {
                    global::System.Collections.Generic.List<TItem> list = ListOf(key);
                    if (!list.Contains(item))
                    {
                        list.Add(item);
                    }
                }

                internal global::System.Collections.ObjectModel.ReadOnlyCollection<TItem> Get(TKey key)
                {
                    global::System.Collections.ObjectModel.ReadOnlyCollection<TItem>/*?*/ view;
                    return _views.TryGetValue(key, out view) ? view/*!*/ : s_none;
                }

                private global::System.Collections.Generic.List<TItem> ListOf(TKey key)
                {
                    global::System.Collections.Generic.List<TItem>/*?*/ list;
                    if (!_lists.TryGetValue(key, out list))
                    {
                        list = new global::System.Collections.Generic.List<TItem>();
                        _lists.Add(key, list);
                        _views.Add(key, list.AsReadOnly());
                    }

                    return list/*!*/;
                }
            }
        }
    }
}
