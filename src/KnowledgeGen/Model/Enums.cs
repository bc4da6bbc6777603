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
