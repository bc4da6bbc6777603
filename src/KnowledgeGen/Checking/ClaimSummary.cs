using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>A fact as the measure checks see it: what it measures, its value, when, and what it is linked to.</summary>
    public sealed record MeasuredFact(
        string Id,
        LocationInfo IdLocation,
        IdReference? Measure,
        FactValueSpec? Value,
        PeriodSpec? Holds,
        EquatableArray<IdReference> Supersedes,
        EquatableArray<IdReference> Contradicts);

    /// <summary>
    /// One citation as sentence accounting sees it: which fact cites which located sentence(s) of which source; no
    /// sentence where the quote was not found in it (reported by the quote checks).
    /// </summary>
    public sealed record CitedSentence(string FactId, string SourceId, string? Sentence);

    /// <summary>
    /// What one checked fact file contributes to the checks over the whole knowledge base of measures and of
    /// sentence accounting. Statements and wording are left out, so that editing them leaves this step cached.
    /// <paramref name="ReadingStopped"/> says the YAML could not be read to its end, so the file's facts are missing
    /// and the sentences they cite would be reported unaccounted, a knock-on of the one error to fix.
    /// </summary>
    public sealed record ClaimSummary(
        string Path,
        EquatableArray<MeasureSpec> Measures,
        EquatableArray<MeasuredFact> Facts,
        EquatableArray<CitedSentence> Citations,
        EquatableArray<SourceSpec> Sources,
        bool ReadingStopped = false)
    {
        public static ClaimSummary From(CheckedFactFile checkedFile)
        {
            FactFileSpec file = checkedFile.File;
            return new ClaimSummary(
                file.Path,
                file.Measures,
                file.Facts
                    .Where(f => f.Measure is not null || f.Supersedes.Count + f.Contradicts.Count > 0)
                    .Select(f => new MeasuredFact(f.Id, f.IdLocation, f.Measure, f.Value, f.Holds, f.Supersedes, f.Contradicts))
                    .ToEquatableArray(),
                file.Facts
                    .SelectMany(f => f.Citations.Select(c => new CitedSentence(f.Id, c.Source.Id, c.Sentence)))
                    .ToEquatableArray(),
                file.Sources,
                ReadingStoppedIn(file));
        }

        /// <summary>Whether the YAML reader gave up on the file (malformed, an unsupported feature, over a limit), so that some of it is missing.</summary>
        public static bool ReadingStoppedIn(FactFileSpec file)
            => file.Diagnostics.Any(d => d.Descriptor == Diagnostics.MalformedYaml || d.Descriptor == Diagnostics.UnsupportedYamlFeature || d.Descriptor == Diagnostics.LimitExceeded);
    }
}
