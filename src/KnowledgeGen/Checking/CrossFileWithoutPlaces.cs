using System;
using System.Linq;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The cross-file checks run first over summaries whose places are replaced by their order in the file, so that an
    /// edit that only moves declarations (a statement reworded to another length, a line added above them) leaves that
    /// run cached: it is most of an edit's time otherwise. Places decide no check; they only say where a finding is. So
    /// where that run finds nothing, its result holds no place and is the result, and where it finds something, the
    /// checks run again over the real places, for the diagnostics and exclusions that name them.
    /// </summary>
    public static class CrossFileWithoutPlaces
    {
        /// <summary>The summary with each place replaced by a stand-in that is the declaration's order in its file.</summary>
        public static FactFileSummary Summarize(FactFileSummary summary)
        {
            int order = 0;
            LocationInfo Next() => new LocationInfo(summary.Path, new TextSpan(order++, 0), default);
            IdReference Reference(IdReference reference) => reference with { Location = Next() };
            Declared<T> Declaration<T>(Declared<T> declared)
                where T : IEquatable<T>
                => declared with { Location = Next() };

            return summary with
            {
                Facts = summary.Facts.Select(Declaration).ToEquatableArray(),
                FactLinks = summary.FactLinks.Select(link => link with { To = Reference(link.To) }).ToEquatableArray(),
                Entities = summary.Entities.Select(Declaration).ToEquatableArray(),
                Sources = summary.Sources.Select(Declaration).ToEquatableArray(),
                Measures = summary.Measures.Select(Declaration).ToEquatableArray(),
                Retired = summary.Retired
                    .Select(retired => Declaration(retired) with { Entry = retired.Entry with { Replacement = retired.Entry.Replacement is { } replacement ? Reference(replacement) : null } })
                    .ToEquatableArray(),
            };
        }

        /// <summary>The result of the run without places where it found nothing; otherwise (or without one) the run over the real places.</summary>
        public static CrossFileResult Result(CrossFileResult? withoutPlaces, Func<CrossFileResult> withPlaces)
            => withoutPlaces is { Diagnostics.Count: 0, Excluded.Count: 0 } ? withoutPlaces : withPlaces();
    }
}
