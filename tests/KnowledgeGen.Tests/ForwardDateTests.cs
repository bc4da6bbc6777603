using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// A fact that starts after its latest cited source was published needs a forward-looking status (KG0063): rows
/// that read like fact files, each with the date of the port report's publication set to 5 March 2020.
/// </summary>
public class ForwardDateTests
{
    private static readonly string Declarations = SmallKnowledgeBase.Declarations.Replace(
        "    title: Port report\n",
        "    title: Port report\n    published: { date: 2020-03-05, inferred: { words: [Lee Park], reason: The week of the remarks. } }\n");

    private const string Claim = """
        facts:
          - id: traffic-grows
            kind: claim
            statement: Traffic grew.
            about: [lee-park]
        {0}    citations:
              - source: port-report
                quote: Director Lee Park said on March 2 that traffic would grow.

        """;

    [Theory]
    [InlineData("a year after the source, no status", "    holds: 2021\n", "KG0063 (6,12)")]
    [InlineData("a year after the source, planned", "    status: planned\n    holds: 2021\n", "")]
    [InlineData("a year after the source, expected", "    status: expected\n    holds: 2021\n", "")]
    [InlineData("a year after the source, threatened", "    status: threatened\n    holds: 2021\n", "")]
    [InlineData("a year after the source, held", "    status: held\n    holds: 2021\n", "KG0063 (7,12)")]
    [InlineData("a day after the source", "    holds: 2020-03-06\n", "KG0063 (6,12)")]
    [InlineData("the day of the source", "    holds: 2020-03-05\n", "")]
    [InlineData("the month of the source, at month precision", "    holds: 2020-03\n", "")]
    [InlineData("the year of the source, at year precision", "    holds: { from: 2020 }\n", "")]
    [InlineData("before the source", "    holds: { from: 2019, to: 2021 }\n", "")]
    public void A_fact_dated_after_its_sources_needs_a_forward_looking_status(string row, string fields, string expected)
    {
        IEnumerable<AdditionalText> files = SmallKnowledgeBase.Files(string.Format(System.Globalization.CultureInfo.InvariantCulture, Claim, fields))
            .Select(f => f.Path == "/kb/declarations.yaml" ? new InMemoryAdditionalText(f.Path, Declarations) : f);

        string reported = string.Join("; ", GeneratorHarness.Run(files).GeneratorDiagnostics
            .Select(d => $"{d.Id} ({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1})"));

        Assert.True(expected == reported, $"{row}: expected '{expected}', got '{reported}'");
    }

    [Fact]
    public void An_event_after_its_source_is_checked_and_a_source_without_a_date_is_not()
    {
        const string Event = """
            facts:
              - id: traffic-review
                kind: event
                statement: Lee Park said traffic would grow.
                about: [lee-park]
                value: { what: Traffic review, when: { date: 2021-01, inferred: { words: [traffic would grow], reason: After the remarks. } } }
                citations:
                  - source: port-report
                    quote: Director Lee Park said on March 2 that traffic would grow.

            """;
        IEnumerable<AdditionalText> dated = SmallKnowledgeBase.Files(Event)
            .Select(f => f.Path == "/kb/declarations.yaml" ? new InMemoryAdditionalText(f.Path, Declarations) : f);

        Assert.Equal(["KG0063"], GeneratorHarness.Run(dated).GeneratorDiagnostics.Select(d => d.Id));
        Assert.Empty(SmallKnowledgeBase.Run(Event).GeneratorDiagnostics);
    }
}
