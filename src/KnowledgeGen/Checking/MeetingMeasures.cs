using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Two measures whose values meet (KG0089): in one unit, for overlapping times, among the values one source gives,
    /// one value is the other within the rounding of the less exact, or two amounts add up to a third. Splitting one
    /// figure into two measures would silence the check of values that disagree (KG0075), so the file either makes
    /// them one measure or says how they differ with <c>differs-from:</c> on either measure.
    /// </summary>
    /// <remarks>
    /// The values are compared within each source: across unrelated articles, figures of different measures meet by
    /// chance, and the more figures a knowledge base holds, the more often (a hundred thousand facts with growth rates
    /// to one decimal hold hundreds of thousands of equal pairs). Percentages are not summed: rates of different
    /// wholes do not add up. Both searches run on values sorted by amount, so that their cost grows with the number
    /// of values that meet, not with the number of pairs or triples of values.
    /// </remarks>
    public static class MeetingMeasures
    {
        public static void Check(List<MeasuredFact> measured, Dictionary<string, MeasureSpec> measures, ILookup<string, string> sourcesByFact, string displayDirectory, List<DiagnosticInfo> diagnostics)
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
            // Each source's values of each unit, sorted once for both searches.
            List<AmountIndex> units = BySource(values, sourcesByFact).SelectMany(ofOneSource => AmountIndex.ByUnit(ofOneSource, values)).ToList();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach ((int i, int j) in SameFigures(values, units))
            {
                Fact a = values[i];
                Fact b = values[j];
                if (reported.Add(a.MeasureId + " " + b.MeasureId))
                {
                    string what = $"The fact '{a.Source.Id}' gives {MeasureChecker.Describe(a.Source.Value)} for the measure '{a.MeasureId}', and the fact '{b.Source.Id}' at {MeasureChecker.Describe(b.Location, displayDirectory)} gives {MeasureChecker.Describe(b.Source.Value)} for the measure '{b.MeasureId}' over an overlapping period: the same figure within rounding";
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MeasuresMeet, a.Location, what, b.MeasureId, a.MeasureId));
                }
            }

            foreach ((int w, int i, int j) in Sums(values, units))
            {
                Fact whole = values[w];
                Fact a = values[i];
                Fact b = values[j];
                if (reported.Add(whole.MeasureId + " = " + a.MeasureId + " + " + b.MeasureId))
                {
                    string what = $"The fact '{whole.Source.Id}' gives {MeasureChecker.Describe(whole.Source.Value)} for the measure '{whole.MeasureId}', the sum of {MeasureChecker.Describe(a.Source.Value)} ('{a.Source.Id}', measure '{a.MeasureId}') and {MeasureChecker.Describe(b.Source.Value)} ('{b.Source.Id}' at {MeasureChecker.Describe(b.Location, displayDirectory)}, measure '{b.MeasureId}') over an overlapping period: parts of one whole";
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MeasuresMeet, whole.Location, what, a.MeasureId, whole.MeasureId));
                }
            }
        }

        /// <summary>
        /// Every pair of values (indexes, the first the smaller) one source gives, of different measures, that are one
        /// figure within the rounding of the less exact and that no <c>differs-from:</c> explains, in the order of the indexes. Each
        /// pair is looked for from its less exact value, whose rounding is the window.
        /// </summary>
        private static List<(int First, int Second)> SameFigures(Fact[] values, List<AmountIndex> units)
        {
            var pairs = new HashSet<(int, int)>();
            foreach (AmountIndex unit in units)
            {
                foreach ((decimal step, int[] level) in unit.Levels)
                {
                    foreach (int x in level)
                    {
                        Fact a = values[x];
                        foreach ((decimal otherStep, int[] otherLevel) in unit.Levels)
                        {
                            if (otherStep > step)
                            {
                                break;
                            }

                            decimal high = a.Amount + a.HalfStep; // the level's step is a's own
                            for (int at = unit.FirstFrom(otherLevel, a.Amount - a.HalfStep); at < otherLevel.Length && values[otherLevel[at]].Amount <= high; at++)
                            {
                                int y = otherLevel[at];
                                Fact b = values[y];
                                if ((otherStep < step || x < y) && Meet(a, b) && !Explained(a, b))
                                {
                                    pairs.Add((Math.Min(x, y), Math.Max(x, y)));
                                }
                            }
                        }
                    }
                }
            }

            List<(int, int)> ordered = pairs.ToList();
            ordered.Sort();
            return ordered;
        }

        /// <summary>
        /// Every whole and pair of parts (indexes; the parts in index order) among the amounts (not percentages) one
        /// source gives, in one unit, whose sum is the whole within the rounding of the least exact, of three measures that meet and
        /// that no <c>differs-from:</c> between the whole and a part explains; in the order of the indexes.
        /// </summary>
        private static List<(int Whole, int First, int Second)> Sums(Fact[] values, List<AmountIndex> units)
        {
            var sums = new HashSet<(int, int, int)>();
            foreach (AmountIndex unit in units)
            {
                foreach (int w in unit.All)
                {
                    Fact whole = values[w];
                    if (!whole.IsAmount)
                    {
                        continue;
                    }

                    foreach (int x in unit.All)
                    {
                        Fact a = values[x];
                        if (x == w || !a.IsAmount || !Meet(whole, a) || Explained(whole, a))
                        {
                            continue;
                        }

                        decimal rest = whole.Amount - a.Amount;
                        decimal halfStep = Math.Max(whole.HalfStep, a.HalfStep);
                        foreach ((decimal otherStep, int[] level) in unit.Levels)
                        {
                            decimal half = Math.Max(halfStep, otherStep / 2);
                            decimal low = rest - half;
                            decimal high = rest + half;
                            if (values[level[0]].Amount > high || values[level[level.Length - 1]].Amount < low)
                            {
                                continue; // no part of this step is near the rest (the usual case: parts are smaller than wholes)
                            }

                            for (int at = unit.FirstFrom(level, low); at < level.Length && values[level[at]].Amount <= high; at++)
                            {
                                int y = level[at];
                                if (y > x && y != w && values[y].IsAmount && Meet(whole, values[y]) && Meet(a, values[y]) && !Explained(whole, values[y]))
                                {
                                    sums.Add((w, x, y));
                                }
                            }
                        }
                    }
                }
            }

            List<(int, int, int)> ordered = sums.ToList();
            ordered.Sort();
            return ordered;
        }

        /// <summary>The indexes of the values each source gives (a value citing two sources is in both), in index order.</summary>
        private static List<List<int>> BySource(Fact[] values, ILookup<string, string> sourcesByFact)
        {
            var ofSource = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var order = new List<List<int>>();
            for (int x = 0; x < values.Length; x++)
            {
                foreach (string source in sourcesByFact[values[x].Source.Id].Distinct(StringComparer.Ordinal))
                {
                    if (!ofSource.TryGetValue(source, out List<int>? indexes))
                    {
                        ofSource.Add(source, indexes = new List<int>());
                        order.Add(indexes);
                    }

                    indexes.Add(x);
                }
            }

            return order;
        }

        /// <summary>
        /// The values of one unit, by the rounding step of each (a handful of powers of ten) and, within a step, sorted
        /// by amount, so that the values within a distance of an amount are found by a binary search per step.
        /// </summary>
        private sealed class AmountIndex
        {
            private readonly Fact[] _values;

            private AmountIndex(int[] indexes, Fact[] values)
            {
                _values = values;
                All = indexes;
                Levels = indexes
                    .GroupBy(x => values[x].Step)
                    .OrderBy(g => g.Key)
                    .Select(g => (g.Key, g.OrderBy(x => values[x].Amount).ThenBy(x => x).ToArray()))
                    .ToArray();
            }

            public int[] All { get; }

            /// <summary>Each rounding step, smallest first, with its values' indexes sorted by amount.</summary>
            public (decimal Step, int[] Sorted)[] Levels { get; }

            public static IEnumerable<AmountIndex> ByUnit(IEnumerable<int> indexes, Fact[] values)
                => indexes
                    .GroupBy(x => values[x].Unit, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new AmountIndex(g.ToArray(), values));

            /// <summary>
            /// The first position in <paramref name="level"/> whose amount is <paramref name="low"/> or more; the caller reads
            /// on while amounts stay in its window. A position, not an iterator: the searches run once per pair of values.
            /// </summary>
            public int FirstFrom(int[] level, decimal low)
            {
                int first = 0;
                int end = level.Length;
                while (first < end)
                {
                    int middle = first + ((end - first) / 2);
                    if (_values[level[middle]].Amount < low)
                    {
                        first = middle + 1;
                    }
                    else
                    {
                        end = middle;
                    }
                }

                return first;
            }
        }

        /// <summary>Different measures in one unit for overlapping times.</summary>
        private static bool Meet(Fact a, Fact b)
            => a.MeasureId != b.MeasureId
               && string.Equals(a.Unit, b.Unit, StringComparison.OrdinalIgnoreCase)
               && MeasureChecker.Overlap(a.Source.Holds, b.Source.Holds);

        private static bool Explained(Fact a, Fact b) => DiffersFrom(a, b.MeasureId) || DiffersFrom(b, a.MeasureId);

        /// <summary>Whether the fact's measure says how it differs from the other; a loop, since it runs for every pair that meets.</summary>
        private static bool DiffersFrom(Fact fact, string otherMeasureId)
        {
            foreach (MeasureDifference difference in fact.Measure.DiffersFrom)
            {
                if (difference.Measure.Id == otherMeasureId)
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class Fact
        {
            private Fact(MeasuredFact source, MeasureSpec measure, decimal amount)
            {
                Source = source;
                Measure = measure;
                Amount = amount;
                Step = RoundingStep(amount);
                HalfStep = Step / 2;
            }

            public MeasuredFact Source { get; }

            public MeasureSpec Measure { get; }

            public string MeasureId => Measure.Id;

            public string Unit => Measure.Unit;

            public decimal Amount { get; }

            /// <summary>Whether the value is an amount, which may be summed, and not a rate, which may not.</summary>
            public bool IsAmount => Source.Value is not PercentageSpec;

            /// <summary>The place of the value's last significant digit: 1,000,000,000 for 375,000,000,000, 0.1 for 1.8.</summary>
            public decimal Step { get; }

            /// <summary>Half of <see cref="Step"/>: how far the exact value may lie from the printed one.</summary>
            public decimal HalfStep { get; }

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
