using KnowledgeGen.Model;
using System.Text.RegularExpressions;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The fact-file format, field by field: each row is a fact file (or the part of one that matters) and the
/// diagnostics the parser gives for it, written "KG0012 2:5 at 'text': message" (line and column 1-based).
/// </summary>
public class ParserTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static string Parse(string text) => string.Join("|", ParseSpec(text).Diagnostics.Select(d => Describe(d, text)));

    private static FactFileSpec ParseSpec(string text) => FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None);

    private static string Describe(DiagnosticInfo diagnostic, string text)
    {
        string described = CheckRun.Describe(diagnostic, text);
        Microsoft.CodeAnalysis.Text.LinePosition at = diagnostic.Location!.LineSpan.Start;
        return described.Insert(6, $" {at.Line + 1}:{at.Character + 1}");
    }

    [Theory]
    [InlineData("", "KG0005 1:1 at '': The fact file declares nothing; add 'sources:', 'entities:', 'measures:' or 'facts:', or delete the file")]
    [InlineData("~\n", "KG0005 1:1 at '~': The fact file declares nothing; add 'sources:', 'entities:', 'measures:' or 'facts:', or delete the file")]
    [InlineData("- a\n", "KG0012 1:1 at '- a': The field '(the whole file)' must be a mapping with 'sources:', 'entities:' and/or 'facts:', not a list")]
    [InlineData("just text\n", "KG0012 1:1 at 'just text': The field '(the whole file)' must be a mapping with 'sources:', 'entities:' and/or 'facts:', not text")]
    [InlineData("facts: []\n", "KG0005 1:1 at 'facts: []': The fact file declares nothing; add 'sources:', 'entities:', 'measures:' or 'facts:', or delete the file")]
    [InlineData("fact: []\n", "KG0010 1:1 at 'fact': Unknown field 'fact' in a fact file (did you mean 'facts'?); expected one of: sources, entities, measures, facts, retired")]
    [InlineData("facts:\n  - just text\n", "KG0012 2:5 at 'just text': The field 'facts' must be a list of mappings, one per item, not of text")]
    [InlineData("entities:\n  - [a]\n", "KG0012 2:5 at '[a]': The field 'entities' must be a list of mappings, one per item, not of a list")]
    [InlineData("sources:\n  - ~\n", "KG0012 2:5 at '~': The field 'sources' must be a list of mappings, one per item, not of empty")]
    public void The_file_is_a_mapping_of_lists(string text, string expected) => Assert.Equal(expected, Parse(text));

    [Fact]
    public void A_file_of_sources_entities_and_facts_is_read_whole()
    {
        FactFileSpec spec = ParseSpec($$"""
            sources:
              - id: report
                file: ../texts/report.txt
                title: Report
                publisher: The Paper
                published: 2019-05-03
                sha256: {{Sha}}
            entities:
              - id: lee
                kind: person
                name: Lee
                aliases: [Mr Lee, Director Lee]
                description: A director.
            facts:
              - id: a-fact
                kind: claim
                statement: Lee spoke.
                about: [lee]
                holds: { from: 2019-01, to: 2019-05, inferred: { published: [report], reason: from the report } }
                context: At the port.
                citations:
                  - source: report
                    quote: Lee spoke
                supersedes: [old-fact]
                contradicts: other-fact
            """);
        Assert.Empty(spec.Diagnostics);
        SourceSpec source = Assert.Single(spec.Sources);
        Assert.Equal(("report", "../texts/report.txt", "/texts/report.txt", "Report", "The Paper", "2019-05-03", Sha),
            (source.Id, source.File, source.ResolvedPath, source.Title, source.Publisher, source.Published!.Date.ToString(), source.Sha256));
        EntitySpec entity = Assert.Single(spec.Entities);
        Assert.Equal(("lee", EntityKind.Person, "Lee", "Mr Lee|Director Lee", "A director."),
            (entity.Id, entity.Kind, entity.Name, string.Join("|", entity.Aliases), entity.Description));
        FactSpec fact = Assert.Single(spec.Facts);
        Assert.Equal(("a-fact", FactKind.Claim, "Lee spoke.", "lee", "2019-01", "2019-05", "from the report", "At the port.", "report", "Lee spoke", "old-fact", "other-fact"),
            (fact.Id, fact.Kind, fact.Statement, string.Join("|", fact.About.Select(a => a.Id)), fact.Holds!.From!.ToString(), fact.Holds.To!.ToString(), fact.Holds.Inferred,
             fact.Context, Assert.Single(fact.Citations).Source.Id, fact.Citations[0].Quote, Assert.Single(fact.Supersedes).Id, Assert.Single(fact.Contradicts).Id));
    }

    [Theory]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    sha256: " + Sha, "")]
    [InlineData("file: a.txt\n    title: T\n    sha256: " + Sha, "KG0011 2:5 at 'file: a.txt': The required field 'id' is missing from a source; add it")]
    [InlineData("id: report\n    title: T\n    sha256: " + Sha, "KG0011 2:5 at 'id: report': The required field 'file' is missing from a source; add it")]
    [InlineData("id: report\n    file: a.txt\n    sha256: " + Sha, "KG0011 2:5 at 'id: report': The required field 'title' is missing from a source; add it")]
    [InlineData("id: report\n    file: a.txt\n    title: T", "KG0011 2:5 at 'id: report': The required field 'sha256' is missing from a source; add it")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    sha256: " + "0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef",
        "KG0012 5:13 at '0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef': The field 'sha256' must be 64 lower-case hexadecimal digits, as printed by sha256sum")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    sha256: " + "0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef",
        "KG0012 5:13 at '0123456789abcdeg0123456789abcdef0123456789abcdef0123456789abcdef': The field 'sha256' must be 64 lower-case hexadecimal digits, as printed by sha256sum")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    sha256: " + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde",
        "KG0012 5:13 at '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde': The field 'sha256' must be 64 lower-case hexadecimal digits, as printed by sha256sum")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    published: May 2019\n    sha256: " + Sha,
        "KG0012 5:16 at 'May 2019': The field 'published' must be a date written yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    published: { date: 2019-05, printed: May 2019 }\n    sha256: " + Sha, "")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    published: { printed: May 2019 }\n    sha256: " + Sha,
        "KG0011 5:16 at '{ printed: May 2019 }': The required field 'date' is missing from a date; add it")]
    [InlineData("id: report\n    file: a.txt\n    title: T\n    published: [2019]\n    sha256: " + Sha,
        "KG0012 5:16 at '[2019]': The field 'published' must be a date or a mapping with 'date:', 'printed:' and 'inferred:'")]
    public void A_source_needs_id_file_title_and_hash(string fields, string expected)
    {
        string text = "sources:\n  - " + fields + "\n";
        Assert.Equal(expected, Parse(text));
        Assert.Equal(Regex.IsMatch(expected, "'(id|file|title|sha256)'") ? 0 : 1, ParseSpec(text).Sources.Count);
    }

    [Theory]
    [InlineData("id: lee\n    kind: person\n    name: Lee", "")]
    [InlineData("id: lee\n    kind: person\n    name: Lee\n    aliases: Mr Lee", "")]
    [InlineData("id: lee\n    kind: human\n    name: Lee",
        "KG0012 3:11 at 'human': The field 'kind' must be one of: person, organisation, country, place, programme, publication, group")]
    [InlineData("id: lee\n    name: Lee", "KG0011 2:5 at 'id: lee': The required field 'kind' is missing from an entity; add it")]
    [InlineData("kind: person\n    name: Lee", "KG0011 2:5 at 'kind: person': The required field 'id' is missing from an entity; add it")]
    [InlineData("id: lee\n    kind: person", "KG0011 2:5 at 'id: lee': The required field 'name' is missing from an entity; add it")]
    [InlineData("id: lee\n    kind: person\n    name: '  '", "KG0011 4:11 at ''  '': The required field 'name' is missing from an entity; add it")]
    [InlineData("id: lee\n    kind: person\n    name: Lee\n    aliases: [Mr Lee, ~]", "KG0012 5:23 at '~': The field 'aliases' must be a list of text items, not of empty")]
    [InlineData("id: lee\n    kind: person\n    name: Lee\n    aliases: [[Mr Lee]]", "KG0012 5:15 at '[Mr Lee]]': The field 'aliases' must be a list of text items, not of a list")]
    [InlineData("id: lee\n    kind: person\n    name: [Lee]", "KG0012 4:11 at '[Lee]': The field 'name' must be text, not a list")]
    [InlineData("id: Lee\n    kind: person\n    name: Lee", "KG0013 2:9 at 'Lee': The id 'Lee' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'")]
    public void An_entity_needs_id_kind_and_name(string fields, string expected)
    {
        string text = "entities:\n  - " + fields + "\n";
        Assert.Equal(expected, Parse(text));
    }

    [Theory]
    [InlineData(true, "kind: claim", "")]
    [InlineData(true, "kind: claim\n    value: { amount: 1 }", "KG0012 4:12 at '{ amount: 1 }': The field 'value' must be absent for a fact of kind 'claim'; choose a typed kind to give a value")]
    [InlineData(true, "kind: claim\n    value: ~", "")]
    [InlineData(false, "kind: quantity", "KG0011 2:5 at 'id: f': The required field 'value' is missing from a fact; add it")]
    [InlineData(false, "kind: quantity\n    value: 5", "KG0012 4:12 at '5': The field 'value' must be a mapping of fields, not text")]
    [InlineData(false, "kind: rumour", "KG0012 3:11 at 'rumour': The field 'kind' must be one of: claim, money, quantity, percentage, date, role, stance, event, quote, trade-action")]
    [InlineData(true, "kind: claim\n    holds: 2019", "")]
    [InlineData(true, "kind: claim\n    holds: 2019-13", "KG0015 4:12 at '2019-13': The date '2019-13' does not exist: there is no month 13 (months run from 01 to 12); correct the month")]
    [InlineData(true, "kind: claim\n    holds: { to: 2019 }", "")]
    [InlineData(true, "kind: claim\n    holds: { inferred: always }", "KG0011 4:12 at '{ inferred: always }': The required field 'from' is missing from a period; add it")]
    [InlineData(true, "kind: claim\n    holds: [2019]", "KG0012 4:12 at '[2019]': The field 'holds' must be a date or a mapping with 'from:' and/or 'to:'")]
    [InlineData(true, "kind: claim\n    about: [lee, Bad]", "KG0013 4:18 at 'Bad': The id 'Bad' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'")]
    [InlineData(true, "kind: claim\n    supersedes: old", "")]
    public void A_fact_reads_its_kind_value_and_period(bool kept, string fields, string expected)
    {
        string text = "facts:\n  - id: f\n    " + fields + "\n    statement: S.\n    citations:\n      - source: report\n        quote: Q\n";
        Assert.Equal(expected, Parse(text));
        Assert.Equal(kept, ParseSpec(text).Facts.Count == 1);
    }

    [Theory]
    [InlineData("    citations:\n      - source: report\n        quote: Q\n", "")]
    [InlineData("    citations: { source: report, quote: Q }\n", "")]
    [InlineData("", "KG0011 2:5 at 'id: f': The required field 'citations' is missing from a fact; add it")]
    [InlineData("    citations: []\n", "KG0011 5:16 at '[]': The required field 'citations' is missing from a fact; add it")]
    [InlineData("    citations:\n      - Q\n", "KG0012 6:9 at 'Q': The field 'citations' must be a list of mappings with 'source:' and 'quote:', not of text")]
    [InlineData("    citations:\n      - source: report\n", "KG0011 6:9 at 'source: report': The required field 'quote' is missing from a citation; add it")]
    [InlineData("    citations:\n      - quote: Q\n", "KG0011 6:9 at 'quote: Q': The required field 'source' is missing from a citation; add it")]
    [InlineData("    citations:\n      - source: report\n        quote: Q\n        page: 3\n", "KG0010 8:9 at 'page': Unknown field 'page' in a citation; expected one of: source, quote, occurrence, mention, via")]
    public void A_fact_needs_a_citation_with_source_and_quote(string citations, string expected)
    {
        string text = "facts:\n  - id: f\n    kind: claim\n    statement: S.\n" + citations;
        Assert.Equal(expected, Parse(text));
        Assert.Equal(expected.Length == 0 || expected.StartsWith("KG0010", StringComparison.Ordinal) ? 1 : 0, ParseSpec(text).Facts.Count);
    }

    [Theory]
    [InlineData("money", "{ amount: 5, currency: USD, printed: $5 }", "")]
    [InlineData("money", "{ amount: -5.5, currency: USD, printed: $5 }", "")]
    [InlineData("money", "{ amount: '1,000', currency: USD, printed: $5 }", "KG0012 5:22 at ''1,000'': The field 'amount' must be a number such as 375200000000 or 1.8, written without separators")]
    [InlineData("money", "{ amount: 5, currency: usd, printed: $5 }", "KG0017 5:35 at 'usd': 'usd' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: US, printed: $5 }", "KG0017 5:35 at 'US': 'US' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: USDX, printed: $5 }", "KG0017 5:35 at 'USDX': 'USDX' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: ÜSD, printed: $5 }", "KG0017 5:35 at 'ÜSD': 'ÜSD' is not an ISO 4217 currency code (did you mean 'BSD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: UÜD, printed: $5 }", "KG0017 5:35 at 'UÜD': 'UÜD' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: USÜ, printed: $5 }", "KG0017 5:35 at 'USÜ': 'USÜ' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: uSD, printed: $5 }", "KG0017 5:35 at 'uSD': 'uSD' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: UsD, printed: $5 }", "KG0017 5:35 at 'UsD': 'UsD' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, currency: USd, printed: $5 }", "KG0017 5:35 at 'USd': 'USd' is not an ISO 4217 currency code (did you mean 'USD'?); write the three-letter code of the currency, such as USD, EUR or CNY")]
    [InlineData("money", "{ amount: 5, printed: $5 }", "KG0011 5:12 at '{ amount: 5, printed: $5 }': The required field 'currency' is missing from a money value; add it")]
    [InlineData("money", "{ currency: USD, printed: $5 }", "KG0011 5:12 at '{ currency: USD, printed: $5 }': The required field 'amount' is missing from a money value; add it")]
    [InlineData("money", "{ amount: 5, currency: USD }", "KG0011 5:12 at '{ amount: 5, currency: USD }': The required field 'printed' is missing from a money value; add it")]
    [InlineData("money", "{ amount: 5, currency: USD, printed: $5, unit: dollar }", "KG0010 5:53 at 'unit': Unknown field 'unit' in a money value; expected one of: amount, currency, printed, qualifier, upper")]
    [InlineData("quantity", "{ amount: 5, unit: ship, printed: 5 ships }", "")]
    [InlineData("quantity", "{ unit: ship, printed: 5 ships }", "KG0011 5:12 at '{ unit: ship, printed: 5 ships }': The required field 'amount' is missing from a quantity value; add it")]
    [InlineData("quantity", "{ amount: 5, printed: 5 ships }", "KG0011 5:12 at '{ amount: 5, printed: 5 ships }': The required field 'unit' is missing from a quantity value; add it")]
    [InlineData("quantity", "{ amount: 5, unit: ship }", "KG0011 5:12 at '{ amount: 5, unit: ship }': The required field 'printed' is missing from a quantity value; add it")]
    [InlineData("percentage", "{ percent: 5, printed: 5% }", "")]
    [InlineData("percentage", "{ printed: 5% }", "KG0011 5:12 at '{ printed: 5% }': The required field 'percent' is missing from a percentage value; add it")]
    [InlineData("percentage", "{ percent: 5 }", "KG0011 5:12 at '{ percent: 5 }': The required field 'printed' is missing from a percentage value; add it")]
    [InlineData("date", "{ date: 2019-05-03, printed: May 3, inferred: { published: [article], reason: the year from the report } }", "")]
    [InlineData("date", "{ printed: May 3 }", "KG0011 5:12 at '{ printed: May 3 }': The required field 'date' is missing from a date value; add it")]
    [InlineData("date", "{ date: 2019-05-03 }", "KG0011 5:12 at '{ date: 2019-05-03 }': The required field 'printed' is missing from a date value; add it")]
    [InlineData("role", "{ person: lee, position: Director, organisation: port }", "")]
    [InlineData("role", "{ position: Director }", "KG0011 5:12 at '{ position: Director }': The required field 'person' is missing from a role value; add it")]
    [InlineData("role", "{ person: lee }", "KG0011 5:12 at '{ person: lee }': The required field 'position' is missing from a role value; add it")]
    [InlineData("role", "{ person: lee, position: Director, organisation: The Port }", "KG0013 5:61 at 'The Port': The id 'The Port' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'")]
    [InlineData("stance", "{ holder: lee, topic: trade, position: against }", "")]
    [InlineData("stance", "{ topic: trade, position: against }", "KG0011 5:12 at '{ topic: trade, position: against }': The required field 'holder' is missing from a stance value; add it")]
    [InlineData("stance", "{ holder: lee, position: against }", "KG0011 5:12 at '{ holder: lee, position: against }': The required field 'topic' is missing from a stance value; add it")]
    [InlineData("stance", "{ holder: lee, topic: trade }", "KG0011 5:12 at '{ holder: lee, topic: trade }': The required field 'position' is missing from a stance value; add it")]
    [InlineData("event", "{ what: talks, where: Beijing, when: 2019 }", "")]
    [InlineData("event", "{ what: talks }", "")]
    [InlineData("event", "{ where: Beijing }", "KG0011 5:12 at '{ where: Beijing }': The required field 'what' is missing from an event value; add it")]
    [InlineData("event", "{ what: talks, when: May }", "KG0012 5:33 at 'May': The field 'when' must be a date written yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("event", "{ what: talks, when: ~ }", "")]
    [InlineData("quote", "{ text: We will win, speaker: lee }", "")]
    [InlineData("quote", "{ speaker: lee }", "KG0011 5:12 at '{ speaker: lee }': The required field 'text' is missing from a quote value; add it")]
    [InlineData("quote", "{ text: We will win }", "KG0011 5:12 at '{ text: We will win }': The required field 'speaker' is missing from a quote value; add it")]
    public void Each_kind_reads_its_value_fields(string kind, string value, string expected)
    {
        string text = $"facts:\n  - id: f\n    kind: {kind}\n    statement: S.\n    value: {value}\n    citations: {{ source: report, quote: Q }}\n";
        Assert.Equal(expected, Parse(text));
        bool read = expected.Length == 0 || expected.StartsWith("KG0010", StringComparison.Ordinal);
        FactSpec? fact = ParseSpec(text).Facts.SingleOrDefault();
        Assert.Equal(read, fact is not null);
        if (fact is not null)
        {
            Assert.Equal(kind, FactFileFields.Name(fact.Kind));
            Assert.NotNull(fact.Value);
        }
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("a-b", true)]
    [InlineData("us-china-2019", true)]
    [InlineData("z9", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a b", false)]
    [InlineData("é", false)]
    [InlineData("`", false)]
    [InlineData("{", false)]
    [InlineData("/", false)]
    [InlineData(":", false)]
    public void Ids_are_kebab_case(string id, bool valid)
    {
        string text = $"facts:\n  - id: '{id}'\n    kind: claim\n    statement: S.\n    citations: {{ source: report, quote: Q }}\n";
        Assert.Equal(valid, ParseSpec(text).Facts.Count == 1);
    }
}
