using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A citation of a changed fact that is not on both sides as it was: the old one (null for one added), the new
/// one (null for one removed), each with the sentence it stands in, and the quote's words kept, removed and added.
/// </summary>
public sealed record CitationChange(CitationSpec? Old, Evidence? OldEvidence, CitationSpec? New, Evidence? NewEvidence, IReadOnlyList<WordRun> Words)
{
    /// <summary>
    /// The citations of a fact's two versions that differ, paired in order: the first one removed with the first
    /// one added, and so on; what is left over was only removed or only added.
    /// </summary>
    public static List<CitationChange> Of(FactSpec old, ParsedKnowledgeBase oldSide, FactSpec @new, ParsedKnowledgeBase newSide)
    {
        List<CitationSpec> removed = old.Citations.Where(c => !@new.Citations.Any(n => Same(c, n))).ToList();
        List<CitationSpec> added = @new.Citations.Where(c => !old.Citations.Any(o => Same(c, o))).ToList();
        var changes = new List<CitationChange>();
        for (int i = 0; i < Math.Max(removed.Count, added.Count); i++)
        {
            CitationSpec? before = i < removed.Count ? removed[i] : null;
            CitationSpec? after = i < added.Count ? added[i] : null;
            changes.Add(new CitationChange(
                before,
                before is null ? null : oldSide.EvidenceFor(before),
                after,
                after is null ? null : newSide.EvidenceFor(after),
                WordDiff.Compare(before?.Quote ?? string.Empty, after?.Quote ?? string.Empty)));
        }

        return changes;
    }

    private static bool Same(CitationSpec a, CitationSpec b)
        => a.Source.Id == b.Source.Id && a.Quote == b.Quote && a.Occurrence == b.Occurrence && a.Mentions.Equals(b.Mentions);
}
