namespace KnowledgeGen.Model
{
    /// <summary>
    /// A date with the words that print it in the quote, and, where any part of it is not printed,
    /// the <paramref name="Evidence"/> it was inferred from.
    /// </summary>
    public sealed record DateSpec(PartialDate Date, string? Printed, LocationInfo Location, InferenceSpec? Evidence = null)
    {
        /// <summary>The inference as a reader sees it (see <see cref="InferenceSpec.Describe"/>); null where nothing is inferred.</summary>
        public string? Inferred => Evidence?.Describe();
    }

    /// <summary>The time a fact holds for; either end may be open.</summary>
    public sealed record PeriodSpec(PartialDate? From, PartialDate? To, LocationInfo Location, InferenceSpec? Evidence = null)
    {
        /// <summary>The inference as a reader sees it (see <see cref="InferenceSpec.Describe"/>); null where nothing is inferred.</summary>
        public string? Inferred => Evidence?.Describe();
    }
}
