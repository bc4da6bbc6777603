using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Model
{
    /// <summary>
    /// A quote from a source. <see cref="Sentence"/>, <see cref="SourceTitle"/> and <see cref="SourceSpan"/> are
    /// filled in by the checker: the full sentence(s) of the source in which the quote stands, the title of that
    /// source, and the span of the source's text (UTF-16 offsets) that the quote matched.
    /// </summary>
    public sealed record CitationSpec(IdReference Source, string Quote, LocationInfo QuoteLocation, string? Sentence = null, string? SourceTitle = null, TextSpan? SourceSpan = null);
}
