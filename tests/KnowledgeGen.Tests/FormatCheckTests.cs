using System.Globalization;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// The fields of knowledge base 2.0 (according-to, status, measures, mention, not-claims) are read, and their
/// checks hold in the cases the diagnostic pages do not show: where a name may stand, what links two values,
/// how a repeated passage is listed. The checks run through the shared checker, as the CLI and the build do.
/// </summary>
public class FormatCheckTests
{
    /// <summary>An article of three paragraphs, the second printed twice, for mention and accounting checks.</summary>
    private const string Article =
        "Port Report\n" +
        "Lee Park runs the port. He said traffic would grow. Traffic grew 4 per cent, the port said.\n" +
        "Officials expect more ships.\n" +
        "Lee Park runs the port. He said traffic would grow. Traffic grew 4 per cent, the port said.\n";

    private static readonly string Declarations = $"""
        sources:
          - id: report
            file: article.txt
            title: Report
            sha256: {SourceDocument.ComputeSha256(Article)}
        entities:
          - id: lee-park
            kind: person
            name: Lee Park
          - id: port
            kind: organisation
            name: the port
        measures:
          - id: traffic-growth
            description: The yearly growth of the port's traffic.
            unit: percent

        """;

    [Fact]
    public void Every_new_field_is_read_into_the_model()
    {
        FactFileSpec file = FactFileParser.Parse("/kb/facts.yaml", """
            sources:
              - id: report
                file: article.txt
                title: Report
                sha256: 0000000000000000000000000000000000000000000000000000000000000000
                not-claims:
                  - { quote: Port Report, reason: furniture }
                  - { quote: Lee Park runs, through: the port said, reason: duplicate-of-earlier }
            measures:
              - { id: traffic-growth, description: Growth., unit: percent }
            facts:
              - id: growth
                kind: percentage
                statement: Traffic grew 4 per cent.
                according-to: [port]
                status: in-force
                value: { percent: 4, printed: 4 per cent }
                measure: traffic-growth
                citations:
                  - source: report
                    quote: Traffic grew 4 per cent
                    mention: { port: the port, lee-park: [He, Lee Park] }
            """, CancellationToken.None);

        Assert.Empty(file.Diagnostics);
        FactSpec fact = Assert.Single(file.Facts);
        Assert.Equal(["port"], fact.AccordingTo.Select(r => r.Id));
        Assert.Equal(FactStatus.InForce, fact.Status);
        Assert.Equal("traffic-growth", fact.Measure?.Id);
        Assert.Equal(new MeasureSpec("traffic-growth", file.Measures[0].IdLocation, "Growth.", "percent"), Assert.Single(file.Measures));
        MentionSpec[] mentions = fact.Citations[0].Mentions.ToArray();
        Assert.Equal(["port", "lee-park"], mentions.Select(m => m.Entity.Id));
        Assert.Equal(["He", "Lee Park"], mentions[1].Phrases);
        NotClaimSpec[] notClaims = file.Sources[0].NotClaims.ToArray();
        Assert.Equal([NotClaimReason.Furniture, NotClaimReason.DuplicateOfEarlier], notClaims.Select(n => n.Reason));
        Assert.Equal("the port said", notClaims[1].Through);
    }

    [Theory]
    [InlineData("    status: rumoured\n", "KG0012", "one of: threatened, proposed, announced, planned, imposed, in-force, suspended, cancelled, expected, denied, held")]
    [InlineData("    measure: traffic-growth\n", "KG0012", "only money, quantity and percentage facts measure something")]
    [InlineData("    citations:\n      - source: report\n        quote: Lee Park runs the port.\n        mention: he\n", "KG0012", "a mapping from entity id")]
    public void A_new_field_of_the_wrong_kind_is_refused_where_it_stands(string field, string id, string message)
    {
        string fact = """
            facts:
              - id: park-runs-port
                kind: claim
                statement: Lee Park runs the port.
                about: [lee-park, port]

            """ + field + (field.Contains("citations", StringComparison.Ordinal) ? string.Empty : "    citations:\n      - source: report\n        quote: Lee Park runs the port.\n");

        DiagnosticInfo diagnostic = Assert.Single(Check(fact), d => d.Descriptor.Id == id);
        Assert.Contains(message, diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_an_earlier_sentence_of_the_paragraph_counts_and_one_in_a_later_sentence_does_not()
    {
        string facts = """
            facts:
              - id: park-forecast
                kind: claim
                statement: Lee Park said traffic would grow.
                about: [lee-park]
                according-to: [lee-park]
                status: expected
                citations:
                  - source: report
                    quote: He said traffic would grow.
              - id: park-and-growth
                kind: claim
                statement: Lee Park runs the port.
                about: [lee-park, port]
                citations:
                  - source: report
                    quote: Lee Park runs the port.
              - id: growth-per-port
                kind: claim
                statement: Traffic grew, the port said; Lee Park said so too.
                about: [port]
                according-to: [lee-park]
                citations:
                  - source: report
                    quote: Lee Park runs the port.
            """;

        string[] found = Completeness(facts, "KG0076", "KG0071");

        // park-forecast: "Lee Park" stands in the sentence before "He said" — named. growth-per-port: the claimant
        // stands in the quoted sentence itself. Nothing is reported.
        Assert.Empty(found);

        // The claimant cited from a paragraph that does not name them at all.
        int last = facts.LastIndexOf("quote: Lee Park runs the port.", StringComparison.Ordinal);
        string later = facts.Substring(0, last) + "quote: Officials expect more ships.";
        Assert.Equal(["KG0071 lee-park", "KG0076 port"], Completeness(later, "KG0076", "KG0071"));
    }

    [Fact]
    public void A_refused_alias_does_not_name_its_entity_but_a_mention_does()
    {
        string facts = """
            facts:
              - id: park-forecast
                kind: claim
                statement: Lee Park said traffic would grow.
                about: [lee-park]
                status: expected
                citations:
                  - source: report
                    quote: Officials expect more ships.
            """;
        string declarations = Declarations.Replace("    name: Lee Park\n", "    name: Lee Park\n    aliases: [officials]\n");

        Assert.Equal(["KG0073 officials", "KG0076 lee-park"], CompletenessWith(facts, declarations, "KG0073", "KG0076"));
        Assert.Equal(["KG0073 officials"], CompletenessWith(facts.Replace("quote: Officials expect more ships.", "quote: Officials expect more ships.\n        mention: { lee-park: Officials }"), declarations, "KG0073", "KG0076", "KG0077"));
    }

    [Fact]
    public void A_place_and_a_country_must_not_share_a_name()
    {
        string declarations = Declarations.Replace("measures:", """
              - { id: beijing, kind: place, name: Beijing }
              - { id: china, kind: country, name: China, aliases: [Beijing, People's Republic of China] }
            measures:
            """);

        DiagnosticInfo diagnostic = Assert.Single(Check(string.Empty, declarations), d => d.Descriptor.Id == "KG0073");
        Assert.Contains("The alias 'Beijing' of 'china' is also a name of the place 'beijing'", diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("    contradicts: [growth-b]\n", false)]
    [InlineData("    supersedes: [growth-c]\n", false)] // linked through growth-c, which growth-b supersedes
    [InlineData("    holds: 2018\n", false)]            // growth-b holds for 2019
    public void Two_values_of_one_measure_warn_unless_linked_or_apart(string extra, bool warns)
    {
        string facts = $$"""
            facts:
              - id: growth-a
                kind: percentage
                statement: Traffic grew 4 per cent.
                about: [port]
                value: { percent: 4, printed: 4 per cent }
                measure: traffic-growth
            {{extra}}    citations:
                  - source: report
                    quote: Traffic grew 4 per cent, the port said.
              - id: growth-b
                kind: percentage
                statement: Traffic grew 4.0 per cent, read as 40.
                about: [port]
                value: { percent: 40, printed: "4" }
                measure: traffic-growth
                holds: 2019
                supersedes: [growth-c]
                citations:
                  - source: report
                    quote: Traffic grew 4 per cent, the port said.
              - id: growth-c
                kind: percentage
                statement: Traffic grew 4 per cent.
                about: [port]
                value: { percent: 4, printed: 4 per cent }
                measure: traffic-growth
                holds: 2019
                citations:
                  - source: report
                    quote: Traffic grew 4 per cent, the port said.
            """;

        string[] found = Check(facts).Where(d => d.Descriptor.Id == "KG0075").Select(d => d.MessageArgs[0] + "~" + d.MessageArgs[3]).ToArray();

        Assert.Equal(warns ? ["growth-a~growth-b", "growth-b~growth-a"] : [], found);
    }

    [Fact]
    public void A_measure_declared_twice_or_in_another_unit_is_refused()
    {
        string facts = """
            measures:
              - { id: traffic-growth, description: Again., unit: percent }
              - { id: traffic-count, description: Ships., unit: ship }
            facts:
              - id: growth
                kind: percentage
                statement: Traffic grew 4 per cent.
                about: [port]
                value: { percent: 4, printed: 4 per cent }
                measure: traffic-count
                citations:
                  - source: report
                    quote: Traffic grew 4 per cent, the port said.
            """;

        string[] messages = Check(facts).Where(d => d.Descriptor.Id is "KG0020" or "KG0072").Select(d => d.Descriptor.Id + ": " + d.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(2, messages.Length);
        Assert.Contains(messages, m => m.StartsWith("KG0020: The measure id 'traffic-growth' is already declared at declarations.yaml(", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("KG0072: The fact 'growth' names the measure 'traffic-count', which is in ship, while this value is in percent", StringComparison.Ordinal));
    }

    [Fact]
    public void One_entry_lists_a_repeated_passage_and_the_sentences_are_accounted()
    {
        string declarations = Declarations.Replace("    sha256:", """
                not-claims:
                  - { quote: Port Report, reason: furniture }
                  - { quote: Lee Park runs the port., through: the port said, reason: duplicate-of-earlier }
                sha256:
            """.Replace("\n    sha256:", "\n    sha256:"));
        string facts = """
            facts:
              - { id: a, kind: claim, statement: Lee Park runs the port., about: [lee-park, port], citations: [{ source: report, quote: Lee Park runs the port. }] }
              - { id: b, kind: claim, statement: Lee Park said traffic would grow., about: [lee-park], according-to: [lee-park], status: expected, citations: [{ source: report, quote: He said traffic would grow. }] }
              - { id: c, kind: claim, statement: The port said traffic grew., about: [port], according-to: [port], citations: [{ source: report, quote: Traffic grew 4 per cent, the port said. }] }
              - { id: d, kind: claim, statement: Officials expect more ships., status: expected, citations: [{ source: report, quote: Officials expect more ships. }] }
            """;

        CheckedKnowledgeBase knowledgeBase = CheckKnowledgeBase(facts, declarations);

        Assert.DoesNotContain(knowledgeBase.Diagnostics, d => d.Descriptor.Id is "KG0078" or "KG0079" or "KG0040");
        SourceAccount account = Assert.Single(knowledgeBase.Accounts);
        Assert.Equal((8, 4, 4, 0), (account.Sentences, account.Cited, account.Listed, account.Left.Count));
    }

    [Theory]
    [InlineData("{ quote: Officials expect, reason: duplicate-of-earlier }", "KG0079", "repeats no earlier sentence")]
    [InlineData("{ quote: Officials expect, reason: furniture }", "KG0079", "which fact 'd' cites")]
    [InlineData("{ quote: Traffic grew, through: Port Report, reason: furniture }", "KG0079", "comes before the sentence of 'quote:'")]
    [InlineData("{ quote: Ships sailed, reason: byline }", "KG0040", "The quote does not stand in source 'report'")]
    public void A_wrong_not_claims_entry_is_refused(string entry, string id, string message)
    {
        string declarations = Declarations.Replace("    sha256:", "    not-claims:\n      - " + entry + "\n    sha256:");
        string facts = "facts:\n  - { id: d, kind: claim, statement: Officials expect more ships., status: expected, citations: [{ source: report, quote: Officials expect more ships. }] }\n";

        DiagnosticInfo diagnostic = Assert.Single(Check(facts, declarations), d => d.Descriptor.Id == id);
        Assert.Contains(message, diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Location?.LineSpan.Start.Line); // the entry's line (0-based)
    }

    [Theory]
    [InlineData("China's 2019 plans omit the programme.", null)]
    [InlineData("China plans to buy more.", "plans to")]
    [InlineData("Trump renewed a threat to raise tariffs.", "threat")]
    [InlineData("The talks were held in Beijing.", "held")]
    [InlineData("The Thresholds held.", "held")]
    [InlineData("Threatening weather.", "threatening")]
    public void The_verb_rule_finds_the_stage_words_of_a_statement(string statement, string? word)
        => Assert.Equal(word, StatusRule.StageWord(statement));

    private static string[] Completeness(string facts, params string[] ids) => CompletenessWith(facts, Declarations, ids);

    private static string[] CompletenessWith(string facts, string declarations, params string[] ids)
        => Check(facts, declarations)
            .Where(d => ids.Contains(d.Descriptor.Id))
            .Select(d => d.Descriptor.Id + " " + (d.Descriptor.Id is "KG0071" ? d.MessageArgs[1] : d.MessageArgs[0]))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static IReadOnlyList<DiagnosticInfo> Check(string facts, string? declarations = null)
        => CheckKnowledgeBase(facts, declarations ?? Declarations).Diagnostics;

    private static CheckedKnowledgeBase CheckKnowledgeBase(string facts, string declarations)
        => KnowledgeBaseChecker.Check([("/kb/article.txt", Article), ("/kb/declarations.yaml", declarations), ("/kb/facts.yaml", facts)], displayDirectory: "/kb");
}
