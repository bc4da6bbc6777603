using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGen.Checking;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Printed numbers are read as people write them. The rules are one table in docs/fact-format.md; every row of
/// it is a case here, so the table cannot say what the checks do not do.
/// </summary>
public partial class PrintedNumberTests
{
    private const string TableHeading = "### How printed numbers are read";

    public static TheoryData<string, string, string> DocumentedRows()
    {
        string format = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "fact-format.md")).ReplaceLineEndings("\n");
        int start = format.IndexOf("\n" + TableHeading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/fact-format.md has no section " + TableHeading);
        int end = format.IndexOf("\n#", start + TableHeading.Length + 1, StringComparison.Ordinal);
        var rows = new TheoryData<string, string, string>();
        foreach (Match row in TableRow().Matches(format.Substring(start, end - start)))
        {
            rows.Add(row.Groups["printed"].Value, row.Groups["field"].Value, row.Groups["reads"].Value);
        }

        Assert.True(rows.Count >= 20, "the reading table has " + rows.Count + " rows");
        return rows;
    }

    [Theory]
    [MemberData(nameof(DocumentedRows))]
    public void Each_row_of_the_documented_reading_table_is_how_the_checks_read(string printed, string field, string readsAs)
    {
        PrintedNumber.Reading? reading = field switch
        {
            "amount" => PrintedNumber.ReadAmount(printed),
            "percent" => PrintedNumber.ReadPercent(printed),
            _ => throw new InvalidOperationException("unknown field " + field),
        };

        Assert.Equal(readsAs, reading?.ToString() ?? "no number");
    }

    [Theory]
    [InlineData("a third", "33", true)]
    [InlineData("a third", "33.3", true)]
    [InlineData("a third", "33.33", true)]
    [InlineData("a third", "34", false)]
    [InlineData("a third", "33.4", false)]
    [InlineData("two-thirds", "67", true)]
    [InlineData("two-thirds", "66.6", false)]
    [InlineData("two-fifths", "40", true)]
    [InlineData("two-fifths", "0.4", false)]
    [InlineData("1.85 per cent", "1.9", false)]
    [InlineData("1.85 per cent", "1.85", true)]
    public void A_share_without_an_end_in_decimals_agrees_with_any_rounding_of_it_and_nothing_else_is_rounded(string printed, string written, bool agrees)
        => Assert.Equal(agrees, PrintedNumber.ReadPercent(printed)!.Value.Agrees(decimal.Parse(written, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("percent: 40", "two-fifths", null)]
    [InlineData("percent: 0.4", "two-fifths", "facts.yaml(10,23): error KG0042: The percent 0.4 does not match the printed text 'two-fifths', which reads as 40; correct one of them")]
    [InlineData("percent: 33.3", "a third", null)]
    [InlineData("percent: 30", "a third", "facts.yaml(10,23): error KG0042: The percent 30 does not match the printed text 'a third', which reads as 33.333…; correct one of them")]
    public void A_percentage_printed_as_a_share_is_written_as_its_percent(string percent, string printed, string? reported)
    {
        const string Article = "Households save two-fifths of their income, and a third of them save nothing.\n";
        string facts = $$"""
            sources:
              - id: survey
                file: survey.txt
                title: Survey
                sha256: {{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Article)))}}
            facts:
              - id: share
                kind: percentage
                statement: A share of something.
                value: { {{percent}}, printed: {{printed}} }
                citations:
                  - source: survey
                    quote: Households save two-fifths of their income, and a third of them save nothing.
            """;

        GeneratorResult result = GeneratorHarness.Run(("survey.txt", Article), ("facts.yaml", facts));

        Assert.Equal(reported is null ? [] : [reported], PrintedDiagnostics.Of(result.GeneratorDiagnostics, folder: "/kb/"));
    }

    [GeneratedRegex(@"^\| `(?<printed>[^`]+)` \| `(?<field>\w+)` \| (?<reads>[^|]+?) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
