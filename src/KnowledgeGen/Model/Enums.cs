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

    public enum DatePrecision
    {
        Year,
        Month,
        Day,
    }
}
