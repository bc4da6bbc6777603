// Support code of every knowledge base: compiled as it stands by the tests, embedded in the generator and
// emitted inside the knowledge base's class (see SupportCode). Written for C# 7.3; /*?*/ and /*!*/ become
// nullable annotations where the consumer's language version has them.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>What a fact's value is, and so which subclass of <see cref="Fact"/> it is.</summary>
        // [GeneratedCode]
        public enum FactKind
        {
            /// <summary>A statement with no typed value: <see cref="ClaimFact"/>.</summary>
            Claim,

            /// <summary>An amount of money: <see cref="MoneyFact"/>.</summary>
            Money,

            /// <summary>A count or measure with a unit: <see cref="QuantityFact"/>.</summary>
            Quantity,

            /// <summary>A percentage: <see cref="PercentageFact"/>.</summary>
            Percentage,

            /// <summary>A date: <see cref="DateFact"/>.</summary>
            Date,

            /// <summary>A person holding a position: <see cref="RoleFact"/>.</summary>
            Role,

            /// <summary>Who holds which position on what: <see cref="StanceFact"/>.</summary>
            Stance,

            /// <summary>Something that happened, where and when: <see cref="EventFact"/>.</summary>
            Event,

            /// <summary>Words spoken or written by someone: <see cref="QuoteFact"/>.</summary>
            Quote,

            /// <summary>A trade action, who does what to whom: <see cref="TradeActionFact"/>.</summary>
            TradeAction,
        }

        /// <summary>What an entity is.</summary>
        // [GeneratedCode]
        public enum EntityKind
        {
            /// <summary>A person.</summary>
            Person,

            /// <summary>A government body, company, newspaper owner or other organisation.</summary>
            Organisation,

            /// <summary>A country.</summary>
            Country,

            /// <summary>A city or other place.</summary>
            Place,

            /// <summary>A plan, policy or programme.</summary>
            Programme,

            /// <summary>A newspaper, broadcaster or other publication.</summary>
            Publication,

            /// <summary>A group of people or organisations.</summary>
            Group,
        }

        /// <summary>The stage an action, measure or meeting is at, as the cited sentence reports it: a threat is not an imposed tariff.</summary>
        // [GeneratedCode]
        public enum FactStatus
        {
            /// <summary>Threatened.</summary>
            Threatened,

            /// <summary>Proposed.</summary>
            Proposed,

            /// <summary>Announced.</summary>
            Announced,

            /// <summary>Planned.</summary>
            Planned,

            /// <summary>Imposed.</summary>
            Imposed,

            /// <summary>In force.</summary>
            InForce,

            /// <summary>Suspended.</summary>
            Suspended,

            /// <summary>Cancelled.</summary>
            Cancelled,

            /// <summary>Expected.</summary>
            Expected,

            /// <summary>Denied.</summary>
            Denied,

            /// <summary>Held (a meeting that took place).</summary>
            Held,

            /// <summary>Promised (a commitment made, not yet carried out).</summary>
            Promised,
        }

        /// <summary>What a trade action does. A tariff threat is a <see cref="Tariff"/> whose status is <see cref="FactStatus.Threatened"/>.</summary>
        // [GeneratedCode]
        public enum TradeInstrument
        {
            /// <summary>A tariff or duty on goods.</summary>
            Tariff,

            /// <summary>A restriction or ban on imports or on selling in the actor's market.</summary>
            ImportRestriction,

            /// <summary>A control on exports or on selling to the target.</summary>
            ExportControl,

            /// <summary>A restriction on investment.</summary>
            InvestmentRestriction,

            /// <summary>A commitment to buy.</summary>
            PurchaseCommitment,
        }

        /// <summary>How exact a number is as its source prints it; a number without one is exact.</summary>
        // [GeneratedCode]
        public enum ValueQualifier
        {
            /// <summary>About the number ("roughly", "some").</summary>
            Approximately,

            /// <summary>The number or more ("at least").</summary>
            AtLeast,

            /// <summary>Above the number ("more than").</summary>
            MoreThan,

            /// <summary>The number or less ("up to", "at most").</summary>
            AtMost,

            /// <summary>Below the number ("less than", "almost").</summary>
            LessThan,

            /// <summary>A range from the number to its upper end.</summary>
            Between,
        }

        /// <summary>How much of a <see cref="FactDate"/> is known.</summary>
        // [GeneratedCode]
        public enum DatePrecision
        {
            /// <summary>Only the year.</summary>
            Year,

            /// <summary>The year and month.</summary>
            Month,

            /// <summary>The year, month and day.</summary>
            Day,
        }
    }
}
