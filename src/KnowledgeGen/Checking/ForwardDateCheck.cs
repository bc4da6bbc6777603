using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// A fact that starts after the latest of its cited sources was published is something no source could report
    /// as done: it must say that it was only planned, expected, threatened, proposed or announced (KG0063).
    /// Dates are compared at the coarser precision of the two, so May 2018 is not after 2 May 2018.
    /// </summary>
    internal static class ForwardDateCheck
    {
        // Built on each use rather than in a static initializer, whose mutants would re-run every test (docs/testing.md).
        private static FactStatus[] ForwardLooking => new[]
        {
            FactStatus.Planned, FactStatus.Expected, FactStatus.Threatened, FactStatus.Proposed, FactStatus.Announced,
        };

        public static void Check(FactSpec fact, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            if (fact.Status is FactStatus status && ForwardLooking.Contains(status))
            {
                return;
            }

            (PartialDate Date, LocationInfo Location)? start = Start(fact);
            PartialDate? latest = Latest(fact, sources);
            if (start is not null && latest is not null && IsAfter(start.Value.Date, latest))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DatedAfterItsSources, start.Value.Location, fact.Id, start.Value.Date.ToString(), latest.ToString()));
            }
        }

        /// <summary>
        /// The latest publication date of the fact's sources; null where it cites none, or one without a publication
        /// date, which cannot date the fact's stage.
        /// </summary>
        private static PartialDate? Latest(FactSpec fact, Dictionary<string, CatalogSource> sources)
        {
            PartialDate? latest = null;
            foreach (CitationSpec citation in fact.Citations)
            {
                PartialDate? published = sources.TryGetValue(citation.Source.Id, out CatalogSource? source) ? source.Published : null;
                if (published is null)
                {
                    return null;
                }

                if (latest is null || published.CompareTo(latest) >= 0)
                {
                    latest = published;
                }
            }

            return latest;
        }

        /// <summary>When the fact starts: the start of its period, else the date it states (a date's value, an event's when).</summary>
        private static (PartialDate, LocationInfo)? Start(FactSpec fact)
        {
            if (fact.Holds?.From is PartialDate from)
            {
                return (from, fact.Holds.Location);
            }

            return fact.Value switch
            {
                DateValueSpec date => (date.Date.Date, date.Date.Location),
                EventSpec { When: { } when } => (when.Date, when.Location),
                _ => null,
            };
        }

        private static bool IsAfter(PartialDate date, PartialDate other)
        {
            DatePrecision precision = (DatePrecision)Math.Min((int)date.Precision, (int)other.Precision);
            return Key(date, precision).CompareTo(Key(other, precision)) > 0;
        }

        private static (int, int, int) Key(PartialDate date, DatePrecision precision)
            => (date.Year, precision >= DatePrecision.Month ? date.Month : 0, precision == DatePrecision.Day ? date.Day : 0);
    }
}
