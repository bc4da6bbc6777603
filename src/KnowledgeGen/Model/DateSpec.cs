namespace KnowledgeGen.Model
{
    /// <summary>
    /// A date with the words that print it in the quote, and, where any part of it is not printed,
    /// what it was inferred from: <paramref name="Inferred"/> as a reader sees it, <paramref name="Evidence"/> as the checks do.
    /// </summary>
    public sealed record DateSpec(PartialDate Date, string? Printed, string? Inferred, LocationInfo Location, InferenceSpec? Evidence = null);

    /// <summary>The time a fact holds for; either end may be open.</summary>
    public sealed record PeriodSpec(PartialDate? From, PartialDate? To, string? Inferred, LocationInfo Location, InferenceSpec? Evidence = null);
}
