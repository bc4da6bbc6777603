using System.Collections.Immutable;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using static KnowledgeGen.Tests.Checks.KnowledgeBaseRun;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The checks of measures across the fact files of a knowledge base (MeasureChecker): a fact's measure is
/// declared and in the fact's unit (KG0072), supersedes links facts of one measure (KG0074), and two different
/// values of one measure for overlapping times are linked (KG0075), at the boundaries of the periods. The measures
/// are declared in a.yaml, the facts stand in b.yaml, so the messages name places in other files.
/// </summary>
public class MeasureCheckTests
{
    private const string Measures = "measures:\n"
        + "  - { id: traffic-growth, description: The growth of the port's traffic., unit: percent }\n"
        + "  - { id: traffic-volume, description: The port's traffic., unit: ships }\n"
        + "  - { id: port-income, description: The port's income., unit: USD }\n";

    private static readonly string Declarations = "sources:\n" + Source() + Entities + Measures;

    private static readonly string[] MeasureIds = ["KG0072", "KG0074", "KG0075"];

    /// <summary>A fact of the given kind, value and extra lines (measure, holds, links), citing the article.</summary>
    private static string Fact(string id, string kind, string value, string extra)
        => $"  - id: {id}\n    kind: {kind}\n    statement: Traffic grew.\n    value: {value}\n{extra}    citations:\n      - source: article\n        quote: Traffic grew 4 per cent in 2018, the port said.\n";

    private static string Percent(string id, decimal percent, string extra)
        => Fact(id, "percentage", $"{{ percent: {percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}, printed: 4 per cent }}", "    measure: traffic-growth\n" + extra);

    private static string Run(string facts) => string.Join("\n", Diagnostics([("b.yaml", "facts:\n" + facts), ("a.yaml", Declarations)], MeasureIds));

    private static string Unlinked(string a, int aLine, string aValue, string b, int bLine, string bValue, string measure = "traffic-growth")
        => $"KG0075 b.yaml({aLine},14) '{measure}': " + Message(a, aValue, measure, b, bLine, bValue)
            + $"\nKG0075 b.yaml({bLine},14) '{measure}': " + Message(b, bValue, measure, a, aLine, aValue);

    private static string Message(string fact, string value, string measure, string other, int otherLine, string otherValue)
        => $"The fact '{fact}' gives {value} for the measure '{measure}' over a period that overlaps that of fact '{other}' at b.yaml({otherLine},14), which gives {otherValue}; say which replaces which with 'supersedes:', mark the disagreement with 'contradicts:', or set 'holds:' on both so the periods do not overlap";

    // Two values of one measure: the periods below are those of growth-a and growth-b (fact lines 6 and 16).
    [Theory]
    [InlineData("", "", true)]
    [InlineData("    holds: 2018\n", "", true)]
    [InlineData("    holds: 2018\n", "    holds: 2019\n", false)]
    [InlineData("    holds: 2018\n", "    holds: { from: 2018-12-31 }\n", true)]
    [InlineData("    holds: 2018\n", "    holds: { from: 2019-01-01 }\n", false)]
    [InlineData("    holds: { from: 2019-01-01 }\n", "    holds: 2018\n", false)]
    [InlineData("    holds: { to: 2018-06 }\n", "    holds: { from: 2018-06-30 }\n", true)]
    [InlineData("    holds: { to: 2018-06 }\n", "    holds: { from: 2018-07-01 }\n", false)]
    [InlineData("    holds: { from: 2018-07-01 }\n", "    holds: { to: 2018-06 }\n", false)]
    [InlineData("    holds: { from: 2018-06-30 }\n", "    holds: { to: 2018-06-30 }\n", true)]
    [InlineData("    holds: { to: 2018-06-30 }\n", "    holds: { from: 2018-06-30 }\n", true)]
    [InlineData("    holds: { to: 2018-06-29 }\n", "    holds: { from: 2018-06-30 }\n", false)]
    [InlineData("    holds: { from: 2018-06-30 }\n", "    holds: { to: 2018-06-29 }\n", false)]
    [InlineData("    holds: { to: 2018-03 }\n", "    holds: { from: 2018-01, to: 2018-02 }\n", true)]
    [InlineData("    holds: { from: 2018-01-01, to: 2018-02-28 }\n", "    holds: { from: 2018-03, to: 2018-04 }\n", false)]
    public void Two_values_of_one_measure_for_overlapping_times_are_linked(string holdsA, string holdsB, bool warned)
    {
        string facts = Percent("growth-a", 4, holdsA)
            + Fact("not-measured", "claim", "null", "") + Percent("growth-b", 5, holdsB);
        int bLine = facts.Split('\n').ToList().FindIndex(l => l == "  - id: growth-b") + 2 + 4;
        string expected = warned ? Unlinked("growth-a", 6, "4 percent", "growth-b", bLine, "5 percent") : "";
        Assert.Equal(expected, Run(facts));
    }

    [Theory]
    [InlineData("    supersedes: [growth-b]\n", "")]
    [InlineData("    contradicts: [growth-b]\n", "")]
    [InlineData("    supersedes: [linked]\n", "")]
    [InlineData("    contradicts: [linked]\n", "")]
    public void Values_linked_directly_or_through_a_fact_of_no_measure_need_no_more(string link, string expected)
    {
        string linked = "  - id: linked\n    kind: claim\n    statement: Traffic grew.\n    supersedes: [growth-b]\n    citations:\n      - source: article\n        quote: Traffic grew 4 per cent in 2018, the port said.\n";
        Assert.Equal(expected, Run(Percent("growth-a", 4, link) + linked + Percent("growth-b", 5, "")));
    }

    [Fact]
    public void Equal_values_of_one_measure_need_no_link()
        => Assert.Equal("", Run(Percent("growth-a", 4, "") + Percent("growth-b", 4, "")));

    [Theory]
    [InlineData("money", "{ amount: 50000000000, currency: USD, printed: 4 }", "{ amount: 60000000000, currency: USD, printed: 4 }", "port-income", "50000000000 USD", "60000000000 USD")]
    [InlineData("quantity", "{ amount: 4, unit: ships, printed: 4 }", "{ amount: 2.5, unit: ships, printed: 4 }", "traffic-volume", "4 ships", "2.5 ships")]
    public void Values_are_compared_and_named_with_their_unit(string kind, string a, string b, string measure, string aText, string bText)
        => Assert.Equal(
            Unlinked("growth-a", 6, aText, "growth-b", 14, bText, measure),
            Run(Fact("growth-a", kind, a, $"    measure: {measure}\n") + Fact("growth-b", kind, b, $"    measure: {measure}\n")));

    // KG0072: the measure is declared and in the fact's unit; a fact that fails it takes no part in KG0075.
    [Theory]
    [InlineData("traffic-growt", "KG0072 b.yaml(6,14) 'traffic-growt': The fact 'growth-a' names the measure 'traffic-growt', which is not declared (did you mean 'traffic-growth'?); declare the measure under 'measures:', or name the measure this value belongs to")]
    [InlineData("port-income", "KG0072 b.yaml(6,14) 'port-income': The fact 'growth-a' names the measure 'port-income', which is in USD, while this value is in percent; declare the measure under 'measures:', or name the measure this value belongs to")]
    public void A_fact_names_a_declared_measure_in_its_unit(string measure, string expected)
    {
        string facts = Percent("growth-a", 4, "").Replace("traffic-growth", measure) + Percent("growth-b", 5, "").Replace("traffic-growth", measure);
        string actual = Run(facts);
        Assert.Equal(expected + "\n" + expected.Replace("growth-a", "growth-b").Replace("b.yaml(6,", "b.yaml(14,"), actual);
    }

    [Theory]
    [InlineData("percentage", "{ percent: 4, printed: 4 per cent }", "PERCENT", "")]
    [InlineData("money", "{ amount: 4, currency: usd, printed: 4 }", "USD", "")]
    [InlineData("claim", "null", "USD", "")]
    public void The_unit_is_compared_without_regard_to_case(string kind, string value, string unit, string expected)
        => Assert.Equal(expected, string.Join("\n", Diagnostics(
            [("b.yaml", "facts:\n" + Fact("growth-a", kind, value, "    measure: the-measure\n")), ("a.yaml", "sources:\n" + Source() + Entities + $"measures:\n  - {{ id: the-measure, description: A measure., unit: {unit} }}\n")],
            MeasureIds)));

    // KG0074: supersedes links facts of one measure.
    [Theory]
    [InlineData("traffic-growth", "")]
    [InlineData("none", "")]
    [InlineData("traffic-volume", "KG0074 b.yaml(7,18) 'growth-b': The fact 'growth-a' measures 'traffic-growth' but supersedes 'growth-b', which measures 'traffic-volume'; only a later value of the same measure can supersede one, so remove 'growth-b' from 'supersedes:' or correct a 'measure:'")]
    public void Supersedes_links_facts_of_one_measure(string olderMeasure, string expected)
    {
        string older = olderMeasure == "none"
            ? "  - id: growth-b\n    kind: claim\n    statement: Traffic grew.\n    citations:\n      - source: article\n        quote: Traffic grew 4 per cent in 2018, the port said.\n"
            : Fact("growth-b", olderMeasure == "traffic-growth" ? "percentage" : "quantity", olderMeasure == "traffic-growth" ? "{ percent: 4, printed: 4 per cent }" : "{ amount: 4, unit: ships, printed: 4 }", $"    measure: {olderMeasure}\n");
        Assert.Equal(expected, Run(Percent("growth-a", 4, "    supersedes: [growth-b]\n") + older));
    }

    [Fact]
    public void A_fact_repeated_in_another_file_is_measured_once()
    {
        string facts = Percent("growth-a", 4, "") + Percent("growth-b", 4, "");
        Assert.Equal(
            "",
            string.Join("\n", Diagnostics([("b.yaml", "facts:\n" + facts), ("c.yaml", "facts:\n" + Percent("growth-a", 5, "    holds: 2019\n")), ("a.yaml", Declarations)], MeasureIds)));
    }

    [Fact]
    public void The_first_file_by_path_declares_a_measure_declared_twice()
    {
        // The check over all facts takes the files in path order whatever order they come in.
        var files = new[] { ("/kb/z.yaml", "measures:\n  - { id: traffic-growth, description: Again., unit: USD }\n"), ("/kb/b.yaml", "facts:\n" + Percent("growth-a", 4, "")), ("/kb/a.yaml", Declarations) };
        var parsed = files.Select(f => Parsing.FactFileParser.Parse(f.Item1, f.Item2, default)).ToList();
        var summaries = parsed.Select(p => ClaimSummary.From(FactFileChecker.Check(p, KnowledgeCatalog.Empty, default))).ToImmutableArray();
        CrossFactResult result = CrossFactChecker.Check(summaries, KnowledgeCatalog.Empty, EquatableArray<string>.Empty, "/kb");
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.Id == "KG0072");
        CrossFactResult withoutA = CrossFactChecker.Check(summaries, KnowledgeCatalog.Empty, new[] { "/kb/a.yaml" }.ToEquatableArray(), "/kb");
        Assert.Contains(withoutA.Diagnostics, d => d.Descriptor.Id == "KG0072");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => CrossFactChecker.Check(summaries, KnowledgeCatalog.Empty, EquatableArray<string>.Empty, "/kb", cancelled.Token));
    }
}
