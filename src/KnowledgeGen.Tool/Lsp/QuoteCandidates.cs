using KnowledgeGen.Checking;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// The sentences of a source a quote that is not found was most likely meant to be: those sharing the most words
/// with it (Dice coefficient over distinct normalised words, as the KG0040 message's closest sentence), best first.
/// </summary>
public static class QuoteCandidates
{
    public static IReadOnlyList<string> For(SourceDocument document, string quote, int count)
    {
        HashSet<string> wanted = Words(TextNormalizer.Normalize(quote));
        return Enumerable.Range(0, document.Sentences.Count)
            .Select(i => (Sentence: document.Sentences[i], Score: Score(wanted, Words(document.NormalizedSentences[i]))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Select(s => s.Sentence)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private static double Score(HashSet<string> wanted, HashSet<string> words)
        => words.Count + wanted.Count == 0 ? 0 : 2.0 * words.Count(wanted.Contains) / (words.Count + wanted.Count);

    private static HashSet<string> Words(string normalized)
        => new(normalized.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
