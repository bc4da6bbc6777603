using static KnowledgeGen.Tests.Checks.KnowledgeBaseRun;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Two measures whose values meet (KG0089): in one unit, for overlapping times, one value equals the other within
/// the rounding of the less exact ($375.2 billion and $375 billion), or two add up to a third; unless either
/// measure says how they differ with <c>differs-from:</c>, whose measure must be declared (KG0069). Measures stand
/// in a.yaml, facts in b.yaml.
/// </summary>
public class MeetingMeasureTests
{
    private static string Measures(string surplusExtra = "", string deficitExtra = "")
        => "measures:\n"
            + "  - id: goods-surplus\n    description: The goods surplus.\n    unit: USD\n" + surplusExtra
            + "  - id: trade-deficit\n    description: The trade deficit.\n    unit: USD\n" + deficitExtra
            + "  - id: port-plan\n    description: The port's plan.\n    unit: USD\n"
            + "  - id: surplus-in-aud\n    description: The goods surplus in Australian dollars.\n    unit: AUD\n";

    private static string Money(string id, string measure, decimal amount, string currency = "USD", string holds = "", string source = "article")
        => $"  - id: {id}\n    kind: money\n    statement: The port said traffic grew.\n    measure: {measure}\n"
            + $"    value: {{ amount: {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}, currency: {currency}, printed: 4 per cent }}\n{holds}"
            + $"    citations:\n      - source: {source}\n        quote: Traffic grew 4 per cent in 2018, the port said.\n";

    /// <summary>The measures and facts checked beside two declarations of the article, 'article' and 'reprint'.</summary>
    private static IReadOnlyList<string> Run(string measures, params string[] facts)
        => Diagnostics([("b.yaml", "facts:\n" + string.Concat(facts)), ("a.yaml", "sources:\n" + Source() + Source("reprint") + Entities + measures)], "KG0089", "KG0069");

    [Fact]
    public void The_same_figure_in_two_measures_is_reported_once_at_the_first_fact()
        => Assert.Equal(
            ["KG0089 b.yaml(5,14) 'goods-surplus': The fact 'a-surplus' gives 375200000000 USD for the measure 'goods-surplus', and the fact 'b-deficit' at b.yaml(13,14) gives 375000000000 USD for the measure 'trade-deficit' over an overlapping period: the same figure within rounding, so the two may be one figure counted twice; make them one measure, or say how they differ with 'differs-from: { trade-deficit: <how> }' on the measure 'goods-surplus'"],
            Run(Measures(), Money("a-surplus", "goods-surplus", 375_200_000_000m), Money("b-deficit", "trade-deficit", 375_000_000_000m)));

    [Theory]
    [InlineData(375_200_000_000, 375_000_000_000, "", "", true)]
    [InlineData(375_000_000_000, 375_000_000_000, "", "", true)]
    [InlineData(375_400_000_000, 375_000_000_000, "", "", true)] // within half a billion, the rounding of $375 billion
    [InlineData(375_600_000_000, 375_000_000_000, "", "", false)]
    [InlineData(375_200_000_000, 375_300_000_000, "", "", false)] // both to the hundred million: 0.1 billion apart is apart
    [InlineData(375_200_000_000, 375_000_000_000, "    holds: 2017\n", "    holds: 2018\n", false)]
    [InlineData(375_200_000_000, 375_000_000_000, "    holds: 2017\n", "    holds: { from: 2017-12 }\n", true)]
    [InlineData(375_200_000_000, 380_000_000_000, "", "", true)] // $380 billion is rounded to the ten billion: 4.8 billion apart is within it
    [InlineData(380_000_000_000, 375_200_000_000, "", "", true)] // the less exact value first
    [InlineData(374_900_000_000, 380_000_000_000, "", "", false)]
    public void Values_meet_within_the_rounding_of_the_less_exact_for_overlapping_times(decimal surplus, decimal deficit, string surplusHolds, string deficitHolds, bool reported)
        => Assert.Equal(reported, Run(Measures(), Money("a-surplus", "goods-surplus", surplus, holds: surplusHolds), Money("b-deficit", "trade-deficit", deficit, holds: deficitHolds)).Count == 1);

    [Fact]
    public void Measures_in_different_units_do_not_meet()
        => Assert.Empty(Run(Measures(), Money("a-surplus", "goods-surplus", 375_000_000_000m), Money("b-aud", "surplus-in-aud", 375_000_000_000m, "AUD")));

    [Theory]
    [InlineData("    differs-from: { trade-deficit: Goods only, to the hundred million. }\n", "")]
    [InlineData("", "    differs-from:\n      goods-surplus: Printed without \"in goods\".\n")]
    public void A_difference_said_on_either_measure_explains_the_meeting(string surplusExtra, string deficitExtra)
        => Assert.Empty(Run(Measures(surplusExtra, deficitExtra), Money("a-surplus", "goods-surplus", 375_200_000_000m), Money("b-deficit", "trade-deficit", 375_000_000_000m)));

    [Fact]
    public void Two_values_that_add_up_to_a_third_are_parts_of_a_whole()
    {
        IReadOnlyList<string> reported = Run(
            Measures(),
            Money("a-surplus", "goods-surplus", 100_000_000_000m),
            Money("b-deficit", "trade-deficit", 200_000_000_000m),
            Money("c-plan", "port-plan", 300_000_000_000m));

        Assert.Equal(["KG0089 b.yaml(21,14) 'port-plan': The fact 'c-plan' gives 300000000000 USD for the measure 'port-plan', the sum of 100000000000 USD ('a-surplus', measure 'goods-surplus') and 200000000000 USD ('b-deficit' at b.yaml(13,14), measure 'trade-deficit') over an overlapping period: parts of one whole, so the two may be one figure counted twice; make them one measure, or say how they differ with 'differs-from: { goods-surplus: <how> }' on the measure 'port-plan'"], reported);
        Assert.Empty(Run(
            Measures().Replace("    description: The port's plan.\n", "    description: The port's plan.\n    differs-from: { trade-deficit: A plan, not a balance of trade. }\n", StringComparison.Ordinal),
            Money("a-surplus", "goods-surplus", 100_000_000_000m),
            Money("b-deficit", "trade-deficit", 200_000_000_000m),
            Money("c-plan", "port-plan", 300_000_000_000m)));
    }

    [Fact]
    public void A_difference_from_an_undeclared_measure_is_an_error()
        => Assert.Equal(
            ["KG0069 a.yaml(18,21) 'trade-defecit': The measure 'goods-surplus' says how it differs from 'trade-defecit', which is not a declared measure (did you mean 'trade-deficit'?); correct the id, or remove the entry"],
            Run(Measures("    differs-from: { trade-defecit: Goods only. }\n"), Money("a-surplus", "goods-surplus", 1m)));

    /// <summary>A sum's tolerance is the rounding of the least exact of the three values, whichever it is.</summary>
    [Theory]
    [InlineData(304_100_000_000, 100_100_000_000, 200_000_000_000, true)] // the part $200 billion is rounded to the hundred billion
    [InlineData(300_000_000_000, 100_100_000_000, 199_800_000_000, true)] // the whole is rounded to the hundred billion
    [InlineData(300_100_000_000, 100_100_000_000, 199_800_000_000, false)] // all three to the hundred million: 0.2 billion short
    [InlineData(300_000_000_000, 450_000_000_000, -150_000_000_000, true)] // a part may be negative
    public void A_sum_meets_within_the_rounding_of_the_least_exact_value(decimal whole, decimal part, decimal otherPart, bool reported)
        => Assert.Equal(reported, Run(
            Measures(),
            Money("a-surplus", "goods-surplus", part),
            Money("b-deficit", "trade-deficit", otherPart),
            Money("c-plan", "port-plan", whole)).Count(d => d.Contains("parts of one whole", StringComparison.Ordinal)) == 1);

    /// <summary>
    /// Values meet among those one source gives: across unrelated articles, figures of different measures meet by
    /// chance. A value citing two sources meets the values of each.
    /// </summary>
    [Fact]
    public void Values_meet_among_those_one_source_gives()
    {
        Assert.Empty(Run(
            Measures(),
            Money("a-surplus", "goods-surplus", 100_000_000_000m),
            Money("b-deficit", "trade-deficit", 200_000_000_000m),
            Money("c-plan", "port-plan", 300_000_000_000m, source: "reprint")));
        Assert.Single(Run(
            Measures(),
            Money("a-surplus", "goods-surplus", 100_000_000_000m, source: "reprint"),
            Money("b-deficit", "trade-deficit", 200_000_000_000m, source: "reprint"),
            Money("c-plan", "port-plan", 300_000_000_000m, source: "reprint")));
        Assert.Empty(Run(
            Measures(),
            Money("a-surplus", "goods-surplus", 375_200_000_000m),
            Money("b-deficit", "trade-deficit", 375_000_000_000m, source: "reprint")));
        Assert.Single(Run(
            Measures(),
            Money("a-surplus", "goods-surplus", 375_200_000_000m).Replace("    citations:\n", "    citations:\n      - source: reprint\n        quote: Traffic grew 4 per cent in 2018, the port said.\n", StringComparison.Ordinal),
            Money("b-deficit", "trade-deficit", 375_000_000_000m, source: "reprint")));
    }

    /// <summary>Rates of different wholes do not add up: percentages are compared as one figure, never summed.</summary>
    [Fact]
    public void Percentages_are_not_summed()
    {
        string measures = "measures:\n"
            + "  - id: growth-a\n    description: Growth of A.\n    unit: percent\n"
            + "  - id: growth-b\n    description: Growth of B.\n    unit: percent\n"
            + "  - id: growth-c\n    description: Growth of C.\n    unit: percent\n";
        static string Percentage(string id, string measure, string percent)
            => $"  - id: {id}\n    kind: percentage\n    statement: The port said traffic grew.\n    measure: {measure}\n"
                + $"    value: {{ percent: {percent}, printed: 4 per cent }}\n"
                + "    citations:\n      - source: article\n        quote: Traffic grew 4 per cent in 2018, the port said.\n";

        Assert.Empty(Run(measures, Percentage("a", "growth-a", "1.5"), Percentage("b", "growth-b", "2.5"), Percentage("c", "growth-c", "4")));
        Assert.Single(Run(measures, Percentage("a", "growth-a", "4.1"), Percentage("b", "growth-b", "4")));
    }
}
