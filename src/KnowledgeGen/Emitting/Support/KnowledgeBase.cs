// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>Every fact, ordered by id.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Fact> AllFacts => KnowledgeGenIndex.Facts;

        /// <summary>Every entity, ordered by id.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Entity> AllEntities => KnowledgeGenIndex.Entities;

        /// <summary>Every source, ordered by id.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Source> AllSources => KnowledgeGenIndex.Sources;

        /// <summary>Every measure, ordered by id.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Measure> AllMeasures => KnowledgeGenIndex.Measures;

        /// <summary>Every fact of one kind, typed, ordered by id: <c>FactsOf&lt;MoneyFact&gt;()</c>.</summary>
        /// <typeparam name="TFact">The kind's fact class: <see cref="MoneyFact"/>, <see cref="RoleFact"/> and so on, or <see cref="Fact"/> for every fact.</typeparam>
        public static global::System.Collections.Generic.IReadOnlyList<TFact> FactsOf<TFact>()
            where TFact : Fact
            => KnowledgeGenIndex.FactsOf<TFact>();

        /// <summary>
        /// The fact with the id, or null if there is none. The id of a retired fact gives the fact that replaces it;
        /// one retired without a replacement throws a <see cref="global::System.NotSupportedException"/> saying why it went,
        /// since code asking for it by id would otherwise read its absence as "no such fact".
        /// </summary>
        public static Fact/*?*/ FindFact(string id) => KnowledgeGenIndex.FindFact(id);

        /// <summary>The entity with the id, or null if there is none.</summary>
        public static Entity/*?*/ FindEntity(string id) => KnowledgeGenIndex.Entity(id);

        /// <summary>The source with the id, or null if there is none.</summary>
        public static Source/*?*/ FindSource(string id) => KnowledgeGenIndex.Source(id);

        /// <summary>The measure with the id, or null if there is none.</summary>
        public static Measure/*?*/ FindMeasure(string id) => KnowledgeGenIndex.Measure(id);

        /// <summary>The facts known to hold on the day of the moment, ordered by id.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Fact> HoldingAt(global::System.DateTime moment) => KnowledgeGenIndex.HoldingBetween(moment, moment);

        /// <summary>The facts known to hold on at least one day of the range, ordered by id.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<Fact> HoldingBetween(global::System.DateTime from, global::System.DateTime to) => KnowledgeGenIndex.HoldingBetween(from, to);

        /// <summary>Every fact by name, typed by its kind: its statement, value and citations.</summary>
        // [GeneratedCode]
        public static partial class Facts
        {
        }

        /// <summary>Every source article the facts quote.</summary>
        // [GeneratedCode]
        public static partial class Sources
        {
        }

        /// <summary>Every measure: what a number measures, with its series of facts.</summary>
        // [GeneratedCode]
        public static partial class Measures
        {
        }

        /// <summary>Every person.</summary>
        // [GeneratedCode]
        public static partial class People
        {
        }

        /// <summary>Every organisation.</summary>
        // [GeneratedCode]
        public static partial class Organisations
        {
        }

        /// <summary>Every country.</summary>
        // [GeneratedCode]
        public static partial class Countries
        {
        }

        /// <summary>Every place.</summary>
        // [GeneratedCode]
        public static partial class Places
        {
        }

        /// <summary>Every programme, plan or policy.</summary>
        // [GeneratedCode]
        public static partial class Programmes
        {
        }

        /// <summary>Every publication.</summary>
        // [GeneratedCode]
        public static partial class Publications
        {
        }

        /// <summary>Every group.</summary>
        // [GeneratedCode]
        public static partial class Groups
        {
        }
    }
}
