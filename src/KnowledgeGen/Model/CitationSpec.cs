namespace KnowledgeGen.Model
{
    /// <summary>
    /// A quote from a source. <see cref="Sentence"/> and <see cref="SourceTitle"/> are filled in by the checker:
    /// the full sentence(s) of the source in which the quote stands, and the title of that source.
    /// </summary>
    public sealed record CitationSpec(
        IdReference Source,
        string Quote,
        LocationInfo QuoteLocation,
        string? Sentence = null,
        string? SourceTitle = null,
        EquatableArray<MentionSpec> Mentions = default);

    /// <summary>
    /// Words of the cited sentence that stand for an entity the sentence does not name ("he", "the official"),
    /// so that the mention check can see the entity named.
    /// </summary>
    public sealed record MentionSpec(IdReference Entity, EquatableArray<string> Phrases, LocationInfo Location);
}
