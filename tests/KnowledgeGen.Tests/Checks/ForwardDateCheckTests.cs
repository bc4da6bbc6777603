using static KnowledgeGen.Tests.Checks.KnowledgeBaseRun;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// A fact dated after the latest of its cited sources (ForwardDateCheck, KG0063) where the fact cites two sources
/// declared in another file: the later publication counts, a source without a date leaves the fact undated, a
/// fact that states no date is never checked, and dates compare at the coarser precision.
/// </summary>
public class ForwardDateCheckTests
{
    private static string Run(string firstPublished, string secondPublished, string holds, string cites = "article|second")
    {
        string declarations = "sources:\n" + Source("article", "article.txt", firstPublished) + Source("second", "article.txt", secondPublished) + Entities;
        string citations = string.Concat(cites.Split('|').Select(s => $"      - source: {s}\n        quote: Traffic grew 4 per cent in 2018\n"));
        string fact = $"facts:\n  - id: the-fact\n    kind: claim\n    statement: Traffic grew.\n{holds}    citations:\n{citations}";
        return string.Join("\n", Diagnostics([("b.yaml", fact), ("a.yaml", declarations)], "KG0063", "KG0099"));
    }

    private const string After = "so no source could report it as done; say what stage it was at then with 'status:' (planned, expected, threatened, proposed or announced), or correct the date";

    [Theory]
    [InlineData("2019-05-01", "2019-07-01", "    holds: { from: 2019-06 }\n", "")]
    [InlineData("2019-07-01", "2019-05-01", "    holds: { from: 2019-06 }\n", "")]
    [InlineData("2019-05-01", "2019-05-20", "    holds: { from: 2019-06 }\n", "KG0063 b.yaml(5,12) '{ from: 2019-06 }': The fact 'the-fact' is dated 2019-06, after its latest cited source was published (2019-05-20), " + After)]
    [InlineData("2019-05-01", "", "    holds: { from: 2019-06 }\n", "")]
    [InlineData("", "2019-05-01", "    holds: { from: 2019-06 }\n", "")]
    [InlineData("2019-05-01", "2019-05-01", "", "")]
    [InlineData("2019", "2019", "    holds: { from: 2019-06 }\n", "")]
    [InlineData("2019", "2019", "    holds: { from: 2020-06 }\n", "KG0063 b.yaml(5,12) '{ from: 2020-06 }': The fact 'the-fact' is dated 2020-06, after its latest cited source was published (2019), " + After)]
    [InlineData("2019-05", "2019-05", "    holds: { from: 2019-05-31 }\n", "")]
    [InlineData("2019-05", "2019-05", "    holds: { from: 2019-06-01 }\n", "KG0063 b.yaml(5,12) '{ from: 2019-06-01 }': The fact 'the-fact' is dated 2019-06-01, after its latest cited source was published (2019-05), " + After)]
    public void A_fact_is_dated_against_the_latest_of_its_sources(string first, string second, string holds, string expected)
        => Assert.Equal(expected, Run(first, second, holds));

    [Theory]
    [InlineData("article", "KG0063 b.yaml(5,12) '{ from: 2019-06 }': The fact 'the-fact' is dated 2019-06, after its latest cited source was published (2019-05-01), " + After)]
    [InlineData("second", "")]
    public void Only_the_cited_sources_date_a_fact(string cites, string expected)
        => Assert.Equal(expected, Run("2019-05-01", "", "    holds: { from: 2019-06 }\n", cites));
}
