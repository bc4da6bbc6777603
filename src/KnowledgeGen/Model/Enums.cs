namespace KnowledgeGen.Model
{
    /// <summary>What a fact's value is; each kind has its own value fields and its own generated member type.</summary>
    public enum FactKind
    {
        Claim,
        Money,
        Quantity,
        Percentage,
        Date,
        Role,
        Stance,
        Event,
        Quote,
        TradeAction,
    }

    public enum EntityKind
    {
        Person,
        Organisation,
        Country,
        Place,
        Programme,
        Publication,
        Group,
    }

    /// <summary>
    /// The stage an action, measure or meeting is at, as the cited sentence reports it. A threat is not an
    /// imposed tariff, and a planned meeting is not a held one.
    /// </summary>
    public enum FactStatus
    {
        Threatened,
        Proposed,
        Announced,
        Planned,
        Imposed,
        InForce,
        Suspended,
        Cancelled,
        Expected,
        Denied,
        Held,
        Promised,
    }

    /// <summary>
    /// What a trade action does, from a closed list so that a program can ask for every tariff. Whether it was
    /// threatened, announced or imposed is the fact's <see cref="FactStatus"/>, not a separate instrument: a
    /// tariff threat is a tariff whose status is <see cref="FactStatus.Threatened"/>.
    /// </summary>
    public enum TradeInstrument
    {
        Tariff,
        ImportRestriction,
        ExportControl,
        InvestmentRestriction,
        PurchaseCommitment,
    }

    /// <summary>
    /// How exact a number is as its sentence prints it: "roughly two-fifths" is approximately 40, "more than
    /// $100 billion" a lower bound, "between 10 and 25 per cent" a range. No qualifier means the number is exact.
    /// </summary>
    public enum ValueQualifier
    {
        Approximately,
        AtLeast,
        MoreThan,
        AtMost,
        LessThan,
        Between,
    }

    /// <summary>Why a sentence of a source holds no claim of its own.</summary>
    public enum NotClaimReason
    {
        Furniture,
        HeadlineRepeatsBody,
        Byline,
        Credit,
        DuplicateOfEarlier,
    }

    public enum DatePrecision
    {
        Year,
        Month,
        Day,
    }
}
