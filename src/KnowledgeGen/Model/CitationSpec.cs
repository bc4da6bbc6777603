namespace KnowledgeGen.Model
{
    /// <summary>
    /// A quote from a source. <see cref="Sentence"/> and <see cref="SourceTitle"/> are filled in by the checker:
    /// the full sentence(s) of the source in which the quote stands, and the title of that source.
    /// </summary>
    public sealed record CitationSpec(IdReference Source, string Quote, LocationInfo QuoteLocation, string? Sentence = null, string? SourceTitle = null);
}
