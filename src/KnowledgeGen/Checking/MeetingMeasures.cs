using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Two measures whose values meet (KG0089): in one unit, for overlapping times, one value is the other within
    /// the rounding of the less exact, or two add up to a third. Splitting one figure into two measures would
    /// silence the check of values that disagree (KG0075), so the file either makes them one measure or says how
    /// they differ with <c>differs-from:</c> on either measure.
    /// </summary>
    public static class MeetingMeasures
    {
        public static void Check(List<MeasuredFact> measured, Dictionary<string, MeasureSpec> measures, string displayDirectory, List<DiagnosticInfo> diagnostics)
        {
            foreach (MeasureSpec measure in measures.Values)
            {
                foreach (MeasureDifference difference in measure.DiffersFrom)
                {
                    if (!measures.ContainsKey(difference.Measure.Id))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownDifferingMeasure, difference.Measure.Location, measure.Id, difference.Measure.Id, Spelling.MeantHint(difference.Measure.Id, measures.Keys)));
                    }
                }
            }

            Fact[] values = measured
                .Select(f => Fact.Of(f, measures))
                .Where(f => f is not null)
                .Select(f => f!)
                .OrderBy(f => f.Source.Id, StringComparer.Ordinal)
                .ToArray();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < values.Length; i++)
            {
                for (int j = i + 1; j < values.Length; j++)
                {
                    Fact a = values[i];
                    Fact b = values[j];
                    if (Meet(a, b) && Agree(a.Amount, b.Amount, Math.Max(a.Step, b.Step)) && !Explained(a, b) && reported.Add(a.MeasureId + " " + b.MeasureId))
                    {
                        string what = $"The fact '{a.Source.Id}' gives {MeasureChecker.Describe(a.Source.Value)} for the measure '{a.MeasureId}', and the fact '{b.Source.Id}' at {MeasureChecker.Describe(b.Location, displayDirectory)} gives {MeasureChecker.Describe(b.Source.Value)} for the measure '{b.MeasureId}' over an overlapping period: the same figure within rounding";
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MeasuresMeet, a.Location, what, b.MeasureId, a.MeasureId));
                    }
                }
            }

            foreach (Fact whole in values)
            {
                for (int i = 0; i < values.Length; i++)
                {
                    for (int j = i + 1; j < values.Length; j++)
                    {
                        Fact a = values[i];
                        Fact b = values[j];
                        if (a.MeasureId == b.MeasureId || whole.MeasureId == a.MeasureId || whole.MeasureId == b.MeasureId
                            || !Meet(whole, a) || !Meet(whole, b) || !Meet(a, b)
                            || !Agree(a.Amount + b.Amount, whole.Amount, Math.Max(whole.Step, Math.Max(a.Step, b.Step)))
                            || Explained(whole, a) || Explained(whole, b)
                            || !reported.Add(whole.MeasureId + " = " + a.MeasureId + " + " + b.MeasureId))
                        {
                            continue;
                        }

                        string what = $"The fact '{whole.Source.Id}' gives {MeasureChecker.Describe(whole.Source.Value)} for the measure '{whole.MeasureId}', the sum of {MeasureChecker.Describe(a.Source.Value)} ('{a.Source.Id}', measure '{a.MeasureId}') and {MeasureChecker.Describe(b.Source.Value)} ('{b.Source.Id}' at {MeasureChecker.Describe(b.Location, displayDirectory)}, measure '{b.MeasureId}') over an overlapping period: parts of one whole";
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MeasuresMeet, whole.Location, what, a.MeasureId, whole.MeasureId));
                    }
                }
            }
        }

        /// <summary>Different measures in one unit for overlapping times.</summary>
        private static bool Meet(Fact a, Fact b)
            => a.MeasureId != b.MeasureId
               && string.Equals(a.Unit, b.Unit, StringComparison.OrdinalIgnoreCase)
               && MeasureChecker.Overlap(a.Source.Holds, b.Source.Holds);

        /// <summary>Equal within half the rounding step of the less exact value: $375.2 billion is $375 billion to the billion.</summary>
        private static bool Agree(decimal x, decimal y, decimal step) => Math.Abs(x - y) <= step / 2;

        private static bool Explained(Fact a, Fact b)
            => a.Measure.DiffersFrom.Any(d => d.Measure.Id == b.MeasureId) || b.Measure.DiffersFrom.Any(d => d.Measure.Id == a.MeasureId);

        private sealed class Fact
        {
            private Fact(MeasuredFact source, MeasureSpec measure, decimal amount)
            {
                Source = source;
                Measure = measure;
                Amount = amount;
                Step = RoundingStep(amount);
            }

            public MeasuredFact Source { get; }

            public MeasureSpec Measure { get; }

            public string MeasureId => Measure.Id;

            public string Unit => Measure.Unit;

            public decimal Amount { get; }

            /// <summary>The place of the value's last significant digit: 1,000,000,000 for 375,000,000,000, 0.1 for 1.8.</summary>
            public decimal Step { get; }

            public LocationInfo Location => Source.Measure?.Location ?? Source.IdLocation;

            public static Fact? Of(MeasuredFact fact, Dictionary<string, MeasureSpec> measures)
            {
                decimal? amount = fact.Value switch
                {
                    MoneySpec money => money.Amount,
                    QuantitySpec quantity => quantity.Amount,
                    PercentageSpec percentage => percentage.Percent,
                    _ => null,
                };
                return amount is null || fact.Measure is null || !measures.TryGetValue(fact.Measure.Id, out MeasureSpec? measure) ? null : new Fact(fact, measure, amount.Value);
            }

            private static decimal RoundingStep(decimal amount)
            {
                decimal value = Math.Abs(amount);
                if (value == 0)
                {
                    return 1;
                }

                decimal step = 1;
                while (value % (step * 10) == 0)
                {
                    step *= 10;
                }

                while (value % step != 0)
                {
                    step /= 10;
                }

                return step;
            }
        }
    }
}
