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

    public sealed record MoneySpec(decimal Amount, string Currency, string Printed, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    public sealed record QuantitySpec(decimal Amount, string Unit, string Printed, EquatableArray<FieldLocation> Fields)
        : FactValueSpec(Fields);

    public sealed record PercentageSpec(decimal Percent, string Printed, EquatableArray<FieldLocation> Fields)
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
}
