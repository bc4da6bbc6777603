using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Checks what numbers measure across the knowledge base: each measure declared once, each fact's measure
    /// declared and in the fact's unit, <c>supersedes</c> only within one measure, and no two different values of
    /// one measure for overlapping times left unexplained.
    /// </summary>
    public static class MeasureChecker
    {
        public static void Check(IReadOnlyList<ClaimSummary> files, string displayDirectory, List<DiagnosticInfo> diagnostics)
        {
            var measures = new Dictionary<string, MeasureSpec>(StringComparer.Ordinal);
            foreach (MeasureSpec measure in files.SelectMany(f => f.Measures))
            {
                // A measure declared twice is reported, and left out, by the cross-file checks; the first stands.
                if (!measures.ContainsKey(measure.Id))
                {
                    measures.Add(measure.Id, measure);
                }
            }

            // A file that could not be read may declare the measures not found: its one YAML error is the one to fix.
            bool declarationsMissing = files.Any(f => f.ReadingStopped);
            var facts = new Dictionary<string, MeasuredFact>(StringComparer.Ordinal);
            var measured = new List<MeasuredFact>();
            foreach (MeasuredFact fact in files.SelectMany(f => f.Facts))
            {
                if (facts.ContainsKey(fact.Id))
                {
                    continue; // a duplicate id, reported by the cross-file checks
                }

                facts.Add(fact.Id, fact);
                if (fact.Measure is not null && CheckMeasure(fact, fact.Measure, measures, declarationsMissing, diagnostics))
                {
                    measured.Add(fact);
                }
            }

            CheckSupersedes(measured, facts, diagnostics);
            CheckUnlinkedValues(measured, facts, displayDirectory, diagnostics);
            MeetingMeasures.Check(measured, measures, files.SelectMany(f => f.Citations).ToLookup(c => c.FactId, c => c.SourceId, StringComparer.Ordinal), displayDirectory, diagnostics);
        }

        /// <summary>The unit a value is in, as a measure declares it: the currency, the quantity's unit, or "percent".</summary>
        public static string? UnitOf(FactValueSpec? value) => value switch
        {
            MoneySpec money => money.Currency,
            QuantitySpec quantity => quantity.Unit,
            PercentageSpec => "percent",
            _ => null,
        };

        private static bool CheckMeasure(MeasuredFact fact, IdReference reference, Dictionary<string, MeasureSpec> measures, bool declarationsMissing, List<DiagnosticInfo> diagnostics)
        {
            if (!measures.TryGetValue(reference.Id, out MeasureSpec? measure))
            {
                if (!declarationsMissing)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownMeasure, reference.Location, fact.Id, reference.Id, "is not declared" + Spelling.MeantHint(reference.Id, measures.Keys)));
                }

                return false;
            }

            string? unit = UnitOf(fact.Value);
            if (unit is not null && !string.Equals(unit, measure.Unit, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.UnknownMeasure, reference.Location, fact.Id, reference.Id, "is in " + measure.Unit + ", while this value is in " + unit));
                return false;
            }

            return true;
        }

        private static void CheckSupersedes(List<MeasuredFact> measured, Dictionary<string, MeasuredFact> facts, List<DiagnosticInfo> diagnostics)
        {
            foreach (MeasuredFact fact in measured)
            {
                foreach (IdReference link in fact.Supersedes)
                {
                    if (facts.TryGetValue(link.Id, out MeasuredFact? older)
                        && older.Measure is not null
                        && fact.Measure is not null
                        && older.Measure.Id != fact.Measure.Id)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SupersedesAcrossMeasures, link.Location, fact.Id, fact.Measure.Id, older.Id, older.Measure.Id));
                    }
                }
            }
        }

        private static void CheckUnlinkedValues(List<MeasuredFact> measured, Dictionary<string, MeasuredFact> facts, string displayDirectory, List<DiagnosticInfo> diagnostics)
        {
            var links = new Links(facts.Values);
            foreach (IGrouping<string, MeasuredFact> series in measured.GroupBy(f => f.Measure?.Id ?? string.Empty, StringComparer.Ordinal))
            {
                MeasuredFact[] values = series.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray();
                for (int i = 0; i < values.Length; i++)
                {
                    for (int j = i + 1; j < values.Length; j++)
                    {
                        MeasuredFact a = values[i];
                        MeasuredFact b = values[j];
                        if (Describe(a.Value) == Describe(b.Value) || !Overlap(a.Holds, b.Holds) || links.Connected(a.Id, b.Id))
                        {
                            continue;
                        }

                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnlinkedValuesOfOneMeasure, LocationOf(a), a.Id, Describe(a.Value), series.Key, b.Id, Describe(LocationOf(b), displayDirectory), Describe(b.Value)));
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnlinkedValuesOfOneMeasure, LocationOf(b), b.Id, Describe(b.Value), series.Key, a.Id, Describe(LocationOf(a), displayDirectory), Describe(a.Value)));
                    }
                }
            }
        }

        private static LocationInfo LocationOf(MeasuredFact fact) => fact.Measure?.Location ?? fact.IdLocation;

        /// <summary>A value as the messages print it and the check compares it: "50000000000 USD", "1.8 percent".</summary>
        internal static string Describe(FactValueSpec? value) => value switch
        {
            MoneySpec money => money.Amount.ToString(CultureInfo.InvariantCulture) + " " + money.Currency,
            QuantitySpec quantity => quantity.Amount.ToString(CultureInfo.InvariantCulture) + " " + quantity.Unit,
            PercentageSpec percentage => percentage.Percent.ToString(CultureInfo.InvariantCulture) + " percent",
            _ => string.Empty,
        };

        /// <summary>
        /// True where two periods share a day. An end known to a year or month stands for all of it; a fact
        /// without <c>holds:</c> is taken to hold at any time, so it overlaps every other.
        /// </summary>
        internal static bool Overlap(PeriodSpec? a, PeriodSpec? b)
        {
            if (a is null || b is null)
            {
                return true;
            }

            return Start(a.From) <= End(b.To) && Start(b.From) <= End(a.To);
        }

        private static DateTime Start(PartialDate? date) => date is null
            ? DateTime.MinValue
            : new DateTime(date.Year, Math.Max(1, date.Month), Math.Max(1, date.Day));

        private static DateTime End(PartialDate? date)
        {
            if (date is null)
            {
                return DateTime.MaxValue;
            }

            return date.Precision switch
            {
                DatePrecision.Year => new DateTime(date.Year, 12, 31),
                DatePrecision.Month => new DateTime(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
                _ => new DateTime(date.Year, date.Month, date.Day),
            };
        }

        internal static string Describe(LocationInfo location, string displayDirectory)
            => string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2})",
                FilePaths.Display(location.FilePath, displayDirectory),
                location.LineSpan.Start.Line + 1,
                location.LineSpan.Start.Character + 1);

        /// <summary>Facts joined by supersedes or contradicts, directly or through a chain of such links.</summary>
        private sealed class Links
        {
            private readonly Dictionary<string, string> _parent = new Dictionary<string, string>(StringComparer.Ordinal);

            public Links(IEnumerable<MeasuredFact> facts)
            {
                foreach (MeasuredFact fact in facts)
                {
                    foreach (IdReference link in fact.Supersedes.Concat(fact.Contradicts))
                    {
                        _parent[Root(fact.Id)] = Root(link.Id);
                    }
                }
            }

            public bool Connected(string a, string b) => Root(a) == Root(b);

            private string Root(string id)
            {
                while (_parent.TryGetValue(id, out string? parent) && parent != id)
                {
                    id = parent;
                }

                return id;
            }
        }
    }
}
