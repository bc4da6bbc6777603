// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>A claim: a fact stated in words, with no typed value.</summary>
        // [GeneratedCode]
        public sealed class ClaimFact : Fact
        {
            internal ClaimFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status)
                : base(id, FactKind.Claim, statement, holds, context, citations, status)
            {
            }
        }

        /// <summary>A fact whose value is an amount of money.</summary>
        // [GeneratedCode]
        public sealed class MoneyFact : Fact
        {
            internal MoneyFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, Money value)
                : base(id, FactKind.Money, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The amount of money, with its currency.</summary>
            public Money Value { get; }

            /// <summary>What the money measures, typed: its series holds money facts only.</summary>
            public new Measure<MoneyFact>/*?*/ Measure => base.Measure as Measure<MoneyFact>;
        }

        /// <summary>A fact whose value is a count or measure with its unit.</summary>
        // [GeneratedCode]
        public sealed class QuantityFact : Fact
        {
            internal QuantityFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, Quantity value)
                : base(id, FactKind.Quantity, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The count or measure, with its unit.</summary>
            public Quantity Value { get; }

            /// <summary>What the quantity measures, typed: its series holds quantity facts only.</summary>
            public new Measure<QuantityFact>/*?*/ Measure => base.Measure as Measure<QuantityFact>;
        }

        /// <summary>A fact whose value is a percentage.</summary>
        // [GeneratedCode]
        public sealed class PercentageFact : Fact
        {
            internal PercentageFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, Percentage value)
                : base(id, FactKind.Percentage, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The percentage.</summary>
            public Percentage Value { get; }

            /// <summary>What the percentage measures, typed: its series holds percentage facts only.</summary>
            public new Measure<PercentageFact>/*?*/ Measure => base.Measure as Measure<PercentageFact>;
        }

        /// <summary>A fact whose value is a date.</summary>
        // [GeneratedCode]
        public sealed class DateFact : Fact
        {
            internal DateFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, DateValue value)
                : base(id, FactKind.Date, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The date.</summary>
            public DateValue Value { get; }
        }

        /// <summary>A fact whose value is a person holding a position.</summary>
        // [GeneratedCode]
        public sealed class RoleFact : Fact
        {
            internal RoleFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, RoleValue value)
                : base(id, FactKind.Role, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The person and the position held.</summary>
            public RoleValue Value { get; }
        }

        /// <summary>A fact whose value is who holds which position on what.</summary>
        // [GeneratedCode]
        public sealed class StanceFact : Fact
        {
            internal StanceFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, StanceValue value)
                : base(id, FactKind.Stance, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The holder, topic and position.</summary>
            public StanceValue Value { get; }
        }

        /// <summary>A fact whose value is something that happened, where and when.</summary>
        // [GeneratedCode]
        public sealed class EventFact : Fact
        {
            internal EventFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, EventValue value)
                : base(id, FactKind.Event, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The what happened, where and when.</summary>
            public EventValue Value { get; }
        }

        /// <summary>A fact whose value is words spoken or written by someone.</summary>
        // [GeneratedCode]
        public sealed class QuoteFact : Fact
        {
            internal QuoteFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, QuoteValue value)
                : base(id, FactKind.Quote, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The words and their speaker.</summary>
            public QuoteValue Value { get; }
        }

        /// <summary>A fact whose value is a trade action: who does what to whom, on how much trade, at what rate.</summary>
        // [GeneratedCode]
        public sealed class TradeActionFact : Fact
        {
            internal TradeActionFact(string id, string statement, FactPeriod/*?*/ holds, string/*?*/ context, Citation[] citations, FactStatus? status, TradeActionValue value)
                : base(id, FactKind.TradeAction, statement, holds, context, citations, status)
            {
                Value = value;
            }

            /// <summary>The actor, instrument, targets, goods, covered value, rate and date.</summary>
            public TradeActionValue Value { get; }
        }
    }
}
