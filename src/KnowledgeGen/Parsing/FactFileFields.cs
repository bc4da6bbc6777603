using System.Collections.Generic;
using KnowledgeGen.Model;

namespace KnowledgeGen.Parsing
{
    /// <summary>
    /// The fields each mapping of a fact file may have. The parser accepts exactly these; the JSON Schema in
    /// docs/schema is tested against them, so that editors complete what the build accepts.
    /// </summary>
    public static class FactFileFields
    {
        public static readonly string[] File = { "sources", "entities", "measures", "facts", "retired" };
        public static readonly string[] Source = { "id", "file", "title", "publisher", "published", "sha256", "not-claims" };
        public static readonly string[] NotClaim = { "quote", "through", "reason" };
        public static readonly string[] Entity = { "id", "kind", "name", "aliases", "description" };
        public static readonly string[] Measure = { "id", "description", "unit", "differs-from" };
        public static readonly string[] Retired = { "id", "reason", "replacement" };
        public static readonly string[] Fact =
        {
            "id", "kind", "statement", "about", "according-to", "status", "status-reason", "value", "measure", "holds", "context", "citations", "supersedes", "contradicts",
        };

        public static readonly string[] Citation = { "source", "quote", "occurrence", "mention", "via" };
        public static readonly string[] Date = { "date", "printed", "inferred" };
        public static readonly string[] Period = { "from", "to", "inferred" };
        public static readonly string[] Inference = { "words", "published", "facts", "reason" };

        /// <summary>How a kind is written in YAML ("money", "person"); the parser accepts exactly these.</summary>
        public static string Name(FactKind kind) => EnumNames<FactKind>.ByValue[kind];

        /// <inheritdoc cref="Name(FactKind)"/>
        public static string Name(EntityKind kind) => EnumNames<EntityKind>.ByValue[kind];

        /// <inheritdoc cref="Name(FactKind)"/>
        public static string Name(FactStatus status) => EnumNames<FactStatus>.ByValue[status];

        /// <inheritdoc cref="Name(FactKind)"/>
        public static string Name(TradeInstrument instrument) => EnumNames<TradeInstrument>.ByValue[instrument];

        /// <inheritdoc cref="Name(FactKind)"/>
        public static string Name(ValueQualifier qualifier) => EnumNames<ValueQualifier>.ByValue[qualifier];

        /// <inheritdoc cref="Name(FactKind)"/>
        public static string Name(NotClaimReason reason) => EnumNames<NotClaimReason>.ByValue[reason];

        /// <summary>The kinds whose value is a number, and so may and should name the measure it is a value of.</summary>
        public static bool IsNumeric(FactKind kind) => kind == FactKind.Money || kind == FactKind.Quantity || kind == FactKind.Percentage;

        /// <summary>The fields of <c>value:</c> for each kind that has one.</summary>
        public static readonly IReadOnlyDictionary<FactKind, string[]> ValueByKind = new Dictionary<FactKind, string[]>
        {
            [FactKind.Money] = new[] { "amount", "currency", "printed", "qualifier", "upper" },
            [FactKind.Quantity] = new[] { "amount", "unit", "printed", "qualifier", "upper" },
            [FactKind.Percentage] = new[] { "percent", "printed", "qualifier", "upper" },
            [FactKind.Date] = new[] { "date", "printed", "inferred" },
            [FactKind.Role] = new[] { "person", "position", "organisation" },
            [FactKind.Stance] = new[] { "holder", "topic", "position" },
            [FactKind.Event] = new[] { "what", "where", "when" },
            [FactKind.Quote] = new[] { "text", "speaker" },
            [FactKind.TradeAction] = new[] { "actor", "target", "instrument", "printed", "goods", "covered", "rate", "when" },
        };
    }
}
