// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Every fact, entity, source and measure, gathered from the fact files' tables and linked to one another once,
        /// in the static constructor, on first use. Private to the knowledge-base class: the objects read their links
        /// from here, and no code of the consumer's can reach it to change one. Written without LINQ, so that no
        /// extension method of the consumer's namespace can stand in for one.
        /// </summary>
        // [GeneratedCode]
        private static class KnowledgeGenIndex
        {
            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Fact> Facts;
            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Entity> Entities;
            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Source> Sources;
            internal static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<Measure> Measures;
            private static readonly global::System.Collections.Generic.List<Fact> s_dated = new global::System.Collections.Generic.List<Fact>();
            private static readonly KnowledgeGenLookup<Fact> s_factsById;
            private static readonly KnowledgeGenLookup<Entity> s_entitiesById;
            private static readonly KnowledgeGenLookup<Source> s_sourcesById;
            private static readonly KnowledgeGenLookup<Measure> s_measuresById;
            private static readonly KnowledgeGenLookup<KnowledgeGenTable.RetiredId> s_retiredById;
            private static readonly global::System.Collections.Generic.Dictionary<Fact, FactLinks> s_factLinks = new global::System.Collections.Generic.Dictionary<Fact, FactLinks>();
            private static readonly Lists<Entity, Fact> s_about = new Lists<Entity, Fact>();
            private static readonly Lists<Entity, RoleFact> s_roles = new Lists<Entity, RoleFact>();
            private static readonly Lists<Source, Fact> s_citing = new Lists<Source, Fact>();
            private static readonly Lists<Measure, Fact> s_series = new Lists<Measure, Fact>();

            static KnowledgeGenIndex()
            {
                var facts = new global::System.Collections.Generic.List<Fact>();
                var names = new global::System.Collections.Generic.Dictionary<Fact, KnowledgeGenTable.NamedIds>();
                var entities = new global::System.Collections.Generic.List<Entity>();
                var sources = new global::System.Collections.Generic.List<Source>();
                var measures = new global::System.Collections.Generic.List<Measure>();
                var retired = new global::System.Collections.Generic.List<KnowledgeGenTable.RetiredId>();
                foreach (KnowledgeGenTable file in KnowledgeGenFiles.All)
                {
                    for (int i = 0; i < file.Facts.Length; i++)
                    {
                        facts.Add(file.Facts[i]);
                        names.Add(file.Facts[i], file.Names[i]);
                    }

                    entities.AddRange(file.Entities);
                    sources.AddRange(file.Sources);
                    measures.AddRange(file.Measures);
                    retired.AddRange(file.Retired);
                }

                Fact[] byId = Sorted(facts, fact => fact.Id);
                Facts = ReadOnly(byId);
                Entities = ReadOnly(Sorted(entities, entity => entity.Id));
                Sources = ReadOnly(Sorted(sources, source => source.Id));
                Measures = ReadOnly(Sorted(measures, measure => measure.Id));
                s_factsById = new KnowledgeGenLookup<Fact>(byId, fact => fact.Id);
                s_entitiesById = new KnowledgeGenLookup<Entity>(entities.ToArray(), entity => entity.Id);
                s_sourcesById = new KnowledgeGenLookup<Source>(sources.ToArray(), source => source.Id);
                s_measuresById = new KnowledgeGenLookup<Measure>(measures.ToArray(), measure => measure.Id);
                s_retiredById = new KnowledgeGenLookup<KnowledgeGenTable.RetiredId>(retired.ToArray(), entry => entry.Id);
                Link(byId, names);
            }

            /// <summary>The fact with the id; for a retired id its replacement, or a <see cref="global::System.NotSupportedException"/> saying why it went.</summary>
            internal static Fact/*?*/ FindFact(string/*?*/ id)
            {
                Fact/*?*/ fact = s_factsById.Find(id);
                KnowledgeGenTable.RetiredId/*?*/ retired = fact == null && !s_retiredById.IsEmpty ? s_retiredById.Find(id) : null;
                if (retired == null)
                {
                    return fact;
                }

                Fact/*?*/ replacement = s_factsById.Find(retired.Replacement);
                if (replacement == null)
                {
                    throw new global::System.NotSupportedException("The fact '" + retired.Id + "' was retired: " + retired.Message);
                }

                return replacement;
            }

            internal static Entity/*?*/ Entity(string/*?*/ id) => s_entitiesById.Find(id);

            internal static Source/*?*/ Source(string/*?*/ id) => s_sourcesById.Find(id);

        /// <summary>The entities with the ids, in order, as a read-only list; an id no entity has (reported by the build) left out.</summary>
        internal static global::System.Collections.Generic.IReadOnlyList<Entity> EntitiesWithIds(string[] ids) => ReadOnly(Resolve(s_entitiesById, ids));

            internal static Measure/*?*/ Measure(string/*?*/ id) => s_measuresById.Find(id);

            internal static FactLinks LinksOf(Fact fact)
            {
                FactLinks/*?*/ links;
                return s_factLinks.TryGetValue(fact, out links) ? links/*!*/ : FactLinks.None;
            }

            internal static global::System.Collections.Generic.IReadOnlyList<Fact> FactsAbout(Entity entity) => s_about.Get(entity);

            internal static global::System.Collections.Generic.IReadOnlyList<RoleFact> RolesOf(Entity entity) => s_roles.Get(entity);

            internal static global::System.Collections.Generic.IReadOnlyList<Fact> FactsCiting(Source source) => s_citing.Get(source);

            /// <summary>The facts of the measure, typed; the measure keeps the list.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<TFact> SeriesOf<TFact>(Measure<TFact> measure)
                where TFact : Fact
                => OfType<TFact>(s_series.Get(measure));

            /// <summary>The facts of one kind, typed, listed once.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<TFact> FactsOf<TFact>()
                where TFact : Fact
                => Typed<TFact>.All;

            /// <summary>The facts known to hold on at least one day of the range, ordered by id.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<Fact> HoldingBetween(global::System.DateTime from, global::System.DateTime to)
            {
                var holding = new global::System.Collections.Generic.List<Fact>();
                foreach (Fact fact in s_dated)
                {
                    if (fact.Holds/*!*/.Overlaps(from, to))
                    {
                        holding.Add(fact);
                    }
                }

                return holding.AsReadOnly();
            }

            private static void Link(Fact[] facts, global::System.Collections.Generic.Dictionary<Fact, KnowledgeGenTable.NamedIds> names)
            {
                var supersededBy = new Lists<Fact, Fact>();
                var contradicts = new Lists<Fact, Fact>();
                foreach (Fact fact in facts)
                {
                    foreach (Fact earlier in Resolve(s_factsById, names[fact].Supersedes))
                    {
                        supersededBy.Add(earlier, fact);
                    }

                    foreach (Fact other in Resolve(s_factsById, names[fact].Contradicts))
                    {
                        contradicts.AddOnce(fact, other);
                        contradicts.AddOnce(other, fact);
                    }
                }

                var citations = new global::System.Collections.Generic.List<KnowledgeGenIndex.Place>();
                foreach (Fact fact in facts)
                {
                    KnowledgeGenTable.NamedIds named = names[fact];
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

                    Entity[] about = Resolve(s_entitiesById, named.About);
                    s_factLinks.Add(fact, new FactLinks(
                        about,
                        Resolve(s_entitiesById, named.AccordingTo),
                        s_measuresById.Find(named.Measure),
                        cited.ToArray(),
                        Resolve(s_factsById, named.Supersedes),
                        supersededBy.Get(fact),
                        contradicts.Get(fact)));
                    foreach (Entity entity in about)
                    {
                        s_about.Add(entity, fact);
                    }

                    if (fact.Holds != null)
                    {
                        s_dated.Add(fact);
                    }
                }

                foreach (Fact fact in InTimeOrder(facts))
                {
                    if (fact.Measure != null)
                    {
                        s_series.Add(fact.Measure, fact);
                    }

                    RoleFact/*?*/ role = fact as RoleFact;
                    if (role != null && role.Value.Person != null)
                    {
                        s_roles.Add(role.Value.Person, role);
                    }
                }

                // The place of a fact in an article is the first sentence of it the fact cites; a fact citing two
                // articles stands in each at its own place.
                KnowledgeGenIndex.Place[] places = citations.ToArray();
                global::System.Array.Sort(places, (left, right) => left.Sentence != right.Sentence ? left.Sentence.CompareTo(right.Sentence) : string.CompareOrdinal(left.Fact.Id, right.Fact.Id));
                foreach (KnowledgeGenIndex.Place place in places)
                {
                    s_citing.Add(place.Source, place.Fact);
                }
            }

            private static global::System.Collections.ObjectModel.ReadOnlyCollection<T> ReadOnly<T>(T[] items) => new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

            private static T[] Sorted<T>(global::System.Collections.Generic.List<T> items, global::System.Func<T, string> id)
            {
                T[] sorted = items.ToArray();
                global::System.Array.Sort(sorted, (left, right) => string.CompareOrdinal(id(left), id(right)));
                return sorted;
            }

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
