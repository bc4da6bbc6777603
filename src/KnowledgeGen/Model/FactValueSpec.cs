namespace KnowledgeGen.Model
{
    /// <summary>
    /// The typed value of a fact. <see cref="Fields"/> locates each field that was given, so that a check can
    /// point at the field it rejects.
    /// </summary>
    public abstract record FactValueSpec(EquatableArray<FieldLocation> Fields)
    {
        public LocationInfo? LocationOf(string field)
        {
            foreach (FieldLocation location in Fields)
            {
                if (location.Field == field)
                {
                    return location.Location;
                }
            }

            return null;
        }
    }

    public sealed record FieldLocation(string Field, LocationInfo Location);

    /// <summary>
    /// An amount of money. <see cref="Qualifier"/> says how exact <see cref="Amount"/> is; for
    /// <see cref="ValueQualifier.Between"/>, <see cref="Amount"/> is the low end and <see cref="Upper"/> the high.
    /// A fall is a negative amount.
    /// </summary>
    public sealed record MoneySpec(
        decimal Amount,
        string Currency,
        string Printed,
        EquatableArray<FieldLocation> Fields,
        ValueQualifier? Qualifier = null,
        decimal? Upper = null)
        : FactValueSpec(Fields);

    /// <inheritdoc cref="MoneySpec"/>
    public sealed record QuantitySpec(
        decimal Amount,
        string Unit,
        string Printed,
        EquatableArray<FieldLocation> Fields,
        ValueQualifier? Qualifier = null,
        decimal? Upper = null)
        : FactValueSpec(Fields);

    /// <summary>A percentage; "fell 1.8 per cent" is -1.8. <see cref="Qualifier"/> and <see cref="Upper"/> as for money.</summary>
    public sealed record PercentageSpec(
        decimal Percent,
        string Printed,
        EquatableArray<FieldLocation> Fields,
        ValueQualifier? Qualifier = null,
        decimal? Upper = null)
        : FactValueSpec(Fields);

    public sealed record DateValueSpec(DateSpec Date, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    public sealed record RoleSpec(IdReference Person, string Position, IdReference? Organisation, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    public sealed record StanceSpec(IdReference Holder, string Topic, string Position, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    public sealed record EventSpec(string What, string? Where, DateSpec? When, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    public sealed record QuoteSpec(string Text, IdReference Speaker, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    /// <summary>
    /// A trade action: who (<see cref="Actor"/>) does what (<see cref="Instrument"/>, in the words
    /// <see cref="Printed"/>) to whom (<see cref="Targets"/>, empty where the sentence names no one), on which goods, covering how much trade, at what rate
    /// and when. Its stage is the fact's status. Every part given is checked to stand in the quote.
    /// </summary>
    public sealed record TradeActionSpec(
        IdReference Actor,
        EquatableArray<IdReference> Targets,
        TradeInstrument Instrument,
        string Printed,
        string? Goods,
        MoneySpec? Covered,
        PercentageSpec? Rate,
        DateSpec? When,
        EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);
}
