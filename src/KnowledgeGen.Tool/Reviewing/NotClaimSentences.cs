using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// The sentences a source's <c>not-claims:</c> entries cover, by the format's rule (docs/fact-format.md): an
/// entry's quote names the first sentence that contains it, its through (if any) the first later one that
/// contains that; a duplicate-of-earlier entry looks only among sentences that repeat an earlier one.
/// </summary>
public static class NotClaimSentences
{
    /// <summary>For each sentence of the document, the reason it holds no claim, or null.</summary>
    public static string?[] Reasons(SourceSpec source, SourceDocument document)
    {
        var reasons = new string?[document.Sentences.Count];
        bool[] repeats = Repeats(document);
        foreach (NotClaimSpec entry in source.NotClaims)
        {
            bool onlyRepeats = entry.Reason == NotClaimReason.DuplicateOfEarlier;
            int first = Find(document, entry.Quote, 0, onlyRepeats, repeats);
            if (first < 0)
            {
                continue; // reported by the checks
            }

            int last = entry.Through is null ? first : Find(document, entry.Through, first, onlyRepeats, repeats);
            for (int i = first; i <= last && last >= 0; i++)
            {
                reasons[i] ??= FactFileFields.Name(entry.Reason);
            }
        }

        return reasons;
    }

    private static int Find(SourceDocument document, string text, int from, bool onlyRepeats, bool[] repeats)
    {
        string needle = TextNormalizer.Normalize(text);
        for (int i = from; i < document.NormalizedSentences.Count; i++)
        {
            if ((!onlyRepeats || repeats[i]) && needle.Length > 0 && document.NormalizedSentences[i].Contains(needle, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Which sentences repeat, after normalisation, an earlier sentence of the same source.</summary>
    private static bool[] Repeats(SourceDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeats = new bool[document.Sentences.Count];
        for (int i = 0; i < repeats.Length; i++)
        {
            repeats[i] = !seen.Add(document.NormalizedSentences[i]);
        }

        return repeats;
    }
}
