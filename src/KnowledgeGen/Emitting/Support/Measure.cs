// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// What a number measures, declared once, like a statistical variable: its facts are a series of values over
        /// time. Each measure is a <see cref="Measure{TFact}"/> of the kind of fact its values are.
        /// </summary>
        // [GeneratedCode]
        public abstract class Measure
        {
            internal Measure(string id, string description, string unit)
            {
                Id = id;
                Description = description;
                Unit = unit;
            }

            /// <summary>The measure's stable kebab-case id.</summary>
            public string Id { get; }

            /// <summary>What is measured.</summary>
            public string Description { get; }

            /// <summary>The unit of every value: a currency code, a quantity's unit, or percent.</summary>
            public string Unit { get; }

            /// <summary>The series: the facts of this measure, earliest first where the time is known (those with no time last), then by id.</summary>
            public global::System.Collections.Generic.IReadOnlyList<Fact> Series => UntypedSeries;

            private protected abstract global::System.Collections.Generic.IReadOnlyList<Fact> UntypedSeries { get; }

            /// <summary>The description.</summary>
            public override string ToString() => Description;
        }

        /// <summary>A measure whose values are facts of one kind: <c>Measure&lt;MoneyFact&gt;</c> for an amount over time.</summary>
        /// <typeparam name="TFact">The kind of fact of the series: <see cref="MoneyFact"/>, <see cref="QuantityFact"/> or <see cref="PercentageFact"/>.</typeparam>
        // [GeneratedCode]
        public sealed class Measure<TFact> : Measure
            where TFact : Fact
        {
            private global::System.Collections.Generic.IReadOnlyList<TFact>/*?*/ _series;

            internal Measure(string id, string description, string unit)
                : base(id, description, unit)
            {
            }

            /// <summary>The series, typed: the facts of this measure, earliest first where the time is known (those with no time last), then by id.</summary>
            public new global::System.Collections.Generic.IReadOnlyList<TFact> Series => _series ?? (_series = KnowledgeGenIndex.SeriesOf(this));

            private protected override global::System.Collections.Generic.IReadOnlyList<Fact> UntypedSeries => Series;
        }
    }
}
