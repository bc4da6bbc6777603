// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// One fact of the knowledge base. Each kind has its own subclass with a typed <c>Value</c>
        /// (<see cref="MoneyFact"/>, <see cref="RoleFact"/> and so on); this base serves mixed lists. Everything it
        /// points to is linked once, by the knowledge base's private index, and every list is read-only.
        /// </summary>
        // [GeneratedCode]
        public abstract class Fact
        {
            private KnowledgeGenIndex.FactLinks/*?*/ _links;

            internal Fact(string id, FactKind kind, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status)
            {
                Id = id;
                Kind = kind;
                Statement = statement;
                Holds = holds;
                Context = context;
                Citations = new global::System.Collections.ObjectModel.ReadOnlyCollection<Citation>(citations);
                Status = status;
            }

            /// <summary>The fact's stable kebab-case id.</summary>
            public string Id { get; }

            /// <summary>What the fact's value is, and so which subclass this is.</summary>
            public FactKind Kind { get; }

            /// <summary>The fact in one plain sentence.</summary>
            public string Statement { get; }

            /// <summary>The entities the fact is about.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Entity> About => Links.About;

            /// <summary>Whose claim the fact is, where the source reports someone else's; empty where the article states it in its own voice.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Entity> AccordingTo => Links.AccordingTo;

            /// <summary>The stage of the action, measure or meeting (threatened is not imposed), where the fact has one.</summary>
            public FactStatus? Status { get; }

            /// <summary>What the number measures, for a money, quantity or percentage fact that names a measure; its facts form a series.</summary>
            public Measure/*?*/ Measure => Links.Measure;

            /// <summary>The time the fact holds for, if known.</summary>
            public FactPeriod/*?*/ Holds { get; }

            /// <summary>Any further qualification of the fact.</summary>
            public string/*?*/ Context { get; }

            /// <summary>The quotes that prove the fact, one or more.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Citation> Citations { get; }

            /// <summary>The sources that corroborate the fact: every source it cites, each once, in citation order.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Source> Sources => Links.Sources;

            /// <summary>The earlier facts this one replaces.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Fact> Supersedes => Links.Supersedes;

            /// <summary>The later facts that replace this one (a revised figure, a changed demand); empty if none.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Fact> SupersededBy => Links.SupersededBy;

            /// <summary>The facts that disagree with this one, whichever of the two names the other; empty if none.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Fact> Contradicts => Links.Contradicts;

            private KnowledgeGenIndex.FactLinks Links => _links ?? (_links = KnowledgeGenIndex.LinksOf(this));

            /// <summary>The fact's statement.</summary>
            public override string ToString() => Statement;
        }
    }
}
