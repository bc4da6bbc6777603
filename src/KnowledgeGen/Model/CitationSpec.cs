using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Model
{
    /// <summary>
    /// A quote from a source. <see cref="Sentence"/>, <see cref="SourceTitle"/> and <see cref="SourceSpan"/> are
    /// filled in by the checker: the full sentence(s) of the source in which the quote stands, the title of that
    /// source, and the span of the source's text (UTF-16 offsets) that the quote matched.
    /// <see cref="Occurrence"/> (1-based; 0 where not given) picks one place where the quote stands several times.
    /// <see cref="SentenceNumber"/> and <see cref="Paragraph"/> (1-based, counting the headline; 0 where not located)
    /// say where the sentence stands, <see cref="SentenceCount"/> how many of the source's sentences
    /// <see cref="Sentence"/> joins (0 where not located), and <see cref="Verified"/> that the quote was found with no
    /// error reported.
    /// </summary>
    public sealed record CitationSpec(
        IdReference Source,
        string Quote,
        LocationInfo QuoteLocation,
        string? Sentence = null,
        string? SourceTitle = null,
        int Occurrence = 0,
        LocationInfo? OccurrenceLocation = null,
        EquatableArray<MentionSpec> Mentions = default,
        TextSpan? SourceSpan = null,
        int SentenceNumber = 0,
        int Paragraph = 0,
        bool Verified = false,
        int SentenceCount = 0)
    {
        /// <summary>
        /// Words of an earlier sentence of the same source that introduces the quoted one and says whose claim it is
        /// ("The South China Morning Post cited a government official ... as saying"), where the quoted paragraph
        /// does not; <see cref="ViaSentence"/> is that sentence, filled in by the checker.
        /// </summary>
        public string? Via { get; init; }

        public LocationInfo? ViaLocation { get; init; }

        public string? ViaSentence { get; init; }
    }

    /// <summary>
    /// Words of the cited sentence that stand for an entity the sentence does not name ("he", "the official"),
    /// so that the mention check can see the entity named.
    /// </summary>
    public sealed record MentionSpec(IdReference Entity, EquatableArray<string> Phrases, LocationInfo Location);
}
