namespace KnowledgeGen.Model
{
    /// <summary>
    /// A quote from a source. <see cref="Sentence"/> and <see cref="SourceTitle"/> are filled in by the checker:
    /// the full sentence(s) of the source in which the quote stands, and the title of that source.
    /// <see cref="Occurrence"/> (1-based; 0 where not given) picks one place where the quote stands several times.
    /// </summary>
    public sealed record CitationSpec(
        IdReference Source,
        string Quote,
        LocationInfo QuoteLocation,
        string? Sentence = null,
        string? SourceTitle = null,
        int Occurrence = 0,
        LocationInfo? OccurrenceLocation = null);
}
