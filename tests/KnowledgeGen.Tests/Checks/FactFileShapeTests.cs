using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The parser's messages for fields in the wrong place or of the wrong kind, field by field: measures, retired
/// facts, not-claims entries, citations' occurrence and mention, periods and dates at the calendar's edges. Each
/// row is a fact file (or the part that matters) and what the parser reads from it, diagnostics written as in
/// <see cref="ParserTests"/> ("KG0012 2:5 at 'text': message") and read items as "id@line:col …".
/// </summary>
public class FactFileShapeTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static FactFileSpec ParseSpec(string text) => FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None);

    private static string At(LocationInfo location) => $"{location.LineSpan.Start.Line + 1}:{location.LineSpan.Start.Character + 1}";

    [Theory]
    [InlineData("sources:\n  - { id: report, file: r.txt, title: R, sha256: " + Sha + " }\nentities:\n  - { id: lee, kind: person, name: Lee }\n")]
    [InlineData("entities:\n  - { id: lee, kind: person, name: Lee }\nmeasures:\n  - { id: ships, description: Ships sent, unit: ship }\n")]
    [InlineData("measures:\n  - { id: ships, description: Ships sent, unit: ship }\nfacts:\n  - { id: f, kind: claim, statement: S., citations: { source: r, quote: Q } }\n")]
    [InlineData("facts:\n  - { id: f, kind: claim, statement: S., citations: { source: r, quote: Q } }\nretired:\n  - { id: old, reason: Merged into f. }\n")]
    [InlineData("retired:\n  - { id: old, reason: Merged into f. }\n")]
    public void Any_list_with_an_item_declares_something(string text)
        => Assert.Equal("", ParserTests.Parse(text));

    [Fact]
    public void A_replacement_character_is_reported_and_the_rest_still_read()
    {
        // Built in code: the replacement character stands for a byte the compiler could not decode.
        string text = "entities:\n  - { id: lee, kind: person, name: L\uFFFDe }\n  - { id: chan, kind: human, name: Chan }\n";
        Assert.Equal(
            "KG0006 2:37 at '\uFFFD': The file is not valid UTF-8 here (byte 46 of the text): a byte could not be read as a character, or the file holds the replacement character U+FFFD; save the file as UTF-8 and retype the character"
            + "|KG0012 3:23 at 'human': The field 'kind' must be one of: person, organisation, country, place, programme, publication, group",
            ParserTests.Parse(text));
        Assert.Equal("lee", Assert.Single(ParseSpec(text).Entities).Id);
    }

    [Theory]
    [InlineData("id: ships\n    description: Ships sent\n    unit: ship", "", "ships@2:9 Ships sent (ship)")]
    [InlineData("description: Ships sent\n    unit: ship", "KG0011 2:5 at 'description: Ships sent': The required field 'id' is missing from a measure; add it", "")]
    [InlineData("id: ships\n    unit: ship", "KG0011 2:5 at 'id: ships': The required field 'description' is missing from a measure; add it", "")]
    [InlineData("id: ships\n    description: Ships sent", "KG0011 2:5 at 'id: ships': The required field 'unit' is missing from a measure; add it", "")]
    [InlineData("id: ~\n    description: Ships sent\n    unit: ship", "KG0011 2:9 at '~': The required field 'id' is missing from a measure; add it", "")]
    [InlineData("id: ships\n    description: Ships sent\n    unit: ship\n    units: ships", "KG0010 5:5 at 'units': Unknown field 'units' in a measure (did you mean 'unit'?); expected one of: id, description, unit, differs-from", "ships@2:9 Ships sent (ship)")]
    public void A_measure_needs_id_description_and_unit(string fields, string expected, string read)
    {
        string text = "measures:\n  - " + fields + "\n";
        Assert.Equal(expected, ParserTests.Parse(text));
        Assert.Equal(read, string.Join(" ", ParseSpec(text).Measures.Select(m => $"{m.Id}@{At(m.IdLocation)} {m.Description} ({m.Unit})")));
    }

    [Theory]
    [InlineData("id: old-fact\n    reason: Merged into new-fact.", "", "old-fact@2:9 Merged into new-fact. -> ")]
    [InlineData("id: old-fact\n    reason: Merged.\n    replacement: new-fact", "", "old-fact@2:9 Merged. -> new-fact@4:18")]
    [InlineData("reason: Merged.", "KG0011 2:5 at 'reason: Merged.': The required field 'id' is missing from a retired fact; add it", "")]
    [InlineData("id: old-fact", "KG0011 2:5 at 'id: old-fact': The required field 'reason' is missing from a retired fact; add it", "")]
    [InlineData("id: old-fact\n    reason: '  '", "KG0011 3:13 at ''  '': The required field 'reason' is missing from a retired fact; add it", "")]
    [InlineData("id: Old-Fact\n    reason: Merged.", "KG0013 2:9 at 'Old-Fact': The id 'Old-Fact' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'", "")]
    [InlineData("id: old-fact\n    reason: [Merged.]", "KG0012 3:13 at '[Merged.]': The field 'reason' must be text, not a list", "")]
    [InlineData("id: old-fact\n    reason: Merged.\n    replacement: New Fact", "KG0013 4:18 at 'New Fact': The id 'New Fact' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'", "old-fact@2:9 Merged. -> ")]
    [InlineData("id: old-fact\n    reason: Merged.\n    replaced-by: new-fact", "KG0010 4:5 at 'replaced-by': Unknown field 'replaced-by' in a retired fact; expected one of: id, reason, replacement", "old-fact@2:9 Merged. -> ")]
    public void A_retired_fact_needs_id_and_reason(string fields, string expected, string read)
    {
        string text = "retired:\n  - " + fields + "\n";
        Assert.Equal(expected, ParserTests.Parse(text));
        Assert.Equal(read, string.Join(" ", ParseSpec(text).Retired.Select(r => $"{r.Id}@{At(r.IdLocation)} {r.Reason} -> {(r.Replacement is { } to ? to.Id + "@" + At(to.Location) : "")}")));
    }

    [Theory]
    [InlineData("{ quote: By Lee Park, reason: byline }", "", "By Lee Park|-|Byline@7:18")]
    [InlineData("{ quote: By Lee Park, through: Staff writer, reason: byline }", "", "By Lee Park|Staff writer|Byline@7:18")]
    [InlineData("{ reason: byline }", "KG0011 7:9 at '{ reason: byline }': The required field 'quote' is missing from a not-claims entry; add it", "")]
    [InlineData("{ quote: By Lee Park }", "KG0011 7:9 at '{ quote: By Lee Park }': The required field 'reason' is missing from a not-claims entry; add it", "")]
    [InlineData("{ quote: By Lee Park, reason: advert }", "KG0012 7:39 at 'advert': The field 'reason' must be one of: furniture, headline-repeats-body, byline, credit, duplicate-of-earlier", "")]
    [InlineData("{ quote: By Lee Park, reason: byline, why: x }", "KG0010 7:47 at 'why': Unknown field 'why' in a not-claims entry; expected one of: quote, through, reason", "By Lee Park|-|Byline@7:18")]
    [InlineData("By Lee Park", "KG0012 7:9 at 'By Lee Park': The field 'not-claims' must be a list of mappings with 'quote:' and 'reason:', not of text", "")]
    [InlineData("[By Lee Park]", "KG0012 7:9 at '[By Lee Park]': The field 'not-claims' must be a list of mappings with 'quote:' and 'reason:', not of a list", "")]
    public void A_not_claims_entry_needs_quote_and_reason(string entry, string expected, string read)
    {
        string text = "sources:\n  - id: report\n    file: r.txt\n    title: R\n    sha256: " + Sha + "\n    not-claims:\n      - " + entry + "\n";
        Assert.Equal(expected, ParserTests.Parse(text));
        SourceSpec source = Assert.Single(ParseSpec(text).Sources);
        Assert.Equal(read, string.Join(" ", source.NotClaims.Select(n => $"{n.Quote}|{n.Through ?? "-"}|{n.Reason}@{At(n.Location)}")));
    }

    [Fact]
    public void A_source_keeps_where_each_field_stands()
    {
        SourceSpec source = Assert.Single(ParseSpec("sources:\n  - file: r.txt\n    title: R\n    published: { printed: May 2019, date: 2019-05 }\n    id: report\n    sha256: " + Sha + "\n").Sources);
        Assert.Equal("id 5:9, file 2:11, sha256 6:13, published 2019-05 4:43", $"id {At(source.IdLocation)}, file {At(source.FileLocation)}, sha256 {At(source.Sha256Location)}, published {source.Published!.Date} {At(source.Published.Location)}");
    }

    [Theory]
    [InlineData("2019-05-03", "2019-05-03 at 5:16")]
    [InlineData("{ date: 2019-05, printed: May 2019 }", "2019-05 at 5:24")]
    [InlineData("May 2019", "none")]
    [InlineData("2019-13", "none")]
    [InlineData("{ printed: May 2019 }", "none")]
    [InlineData("{ date: 2019-13, printed: May 2019 }", "none")]
    public void A_published_date_that_cannot_be_read_is_left_out(string published, string read)
    {
        SourceSpec source = Assert.Single(ParseSpec("sources:\n  - id: report\n    file: r.txt\n    title: R\n    published: " + published + "\n    sha256: " + Sha + "\n").Sources);
        Assert.Equal(read, source.Published is { } date ? $"{date.Date} at {At(date.Location)}" : "none");
    }

    [Theory]
    [InlineData("kind: claim\n    statement: S.", "KG0011 2:5 at 'kind: claim': The required field 'id' is missing from a fact; add it", false)]
    [InlineData("id: f\n    statement: S.", "KG0011 2:5 at 'id: f': The required field 'kind' is missing from a fact; add it", false)]
    [InlineData("id: f\n    kind: claim", "KG0011 2:5 at 'id: f': The required field 'statement' is missing from a fact; add it", false)]
    [InlineData("id: ~\n    kind: claim\n    statement: S.", "KG0011 2:9 at '~': The required field 'id' is missing from a fact; add it", false)]
    [InlineData("id: f\n    kind: claim\n    statement: S.\n    measure: ships", "KG0012 5:14 at 'ships': The field 'measure' must be absent for a fact of kind 'claim'; only money, quantity and percentage facts measure something", true)]
    [InlineData("id: f\n    kind: date\n    statement: S.\n    value: { date: 2019, printed: '2019' }\n    measure: ships", "KG0012 6:14 at 'ships': The field 'measure' must be absent for a fact of kind 'date'; only money, quantity and percentage facts measure something", true)]
    [InlineData("id: f\n    kind: money\n    statement: S.\n    value: { amount: 5, currency: USD, printed: $5 }\n    measure: ships", "", true)]
    [InlineData("id: f\n    kind: claim\n    statement: S.\n    holds: May 2019", "KG0012 5:12 at 'May 2019': The field 'holds' must be a date written yyyy, yyyy-MM or yyyy-MM-dd", true)]
    [InlineData("id: f\n    kind: claim\n    statement: S.\n    holds: { from: 2019, till: 2020 }", "KG0010 5:26 at 'till': Unknown field 'till' in a period; expected one of: from, to, inferred", true)]
    [InlineData("id: f\n    kind: claim\n    statement: S.\n    about: [[lee]]", "KG0012 5:13 at '[lee]]': The field 'about' must be a list of text items, not of a list", true)]
    public void A_fact_reports_each_field_it_cannot_use(string fields, string expected, bool kept)
    {
        string text = "facts:\n  - " + fields + "\n    citations: { source: report, quote: Q }\n";
        Assert.Equal(expected, ParserTests.Parse(text));
        Assert.Equal(kept, ParseSpec(text).Facts.Count == 1);
    }

    [Fact]
    public void A_fact_keeps_its_measure_and_a_single_date_as_its_period()
    {
        FactSpec fact = Assert.Single(ParseSpec("facts:\n  - id: f\n    kind: quantity\n    statement: S.\n    value: { amount: 5, unit: ship, printed: 5 ships }\n    measure: ships\n    holds: 2019-05\n    citations: { source: report, quote: Q }\n").Facts);
        Assert.Equal("ships@6:14 2019-05..2019-05@7:12", $"{fact.Measure!.Id}@{At(fact.Measure.Location)} {fact.Holds!.From}..{fact.Holds.To}@{At(fact.Holds.Location)}");
        Assert.Null(Assert.Single(ParseSpec("facts:\n  - id: f\n    kind: claim\n    statement: S.\n    holds: 2019-5\n    citations: { source: report, quote: Q }\n").Facts).Holds);
    }

    [Theory]
    [InlineData(80, "")]
    [InlineData(81, "KG0014 2:9 at '<id>': The id is 81 characters long; an id may have at most 80 characters, so shorten it")]
    public void Ids_are_bounded_in_length(int length, string expected)
    {
        string id = "a" + new string('b', length - 1);
        string text = "facts:\n  - id: " + id + "\n    kind: claim\n    statement: S.\n    citations: { source: report, quote: Q }\n";
        Assert.Equal(expected, ParserTests.Parse(text).Replace(id, "<id>", StringComparison.Ordinal));
        Assert.Equal(expected.Length == 0, ParseSpec(text).Facts.Count == 1);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "")]
    [InlineData("-79228162514264337593543950335", "")]
    [InlineData("79228162514264337593543950336", "KG0016 5:22 at '79228162514264337593543950336': The amount '79228162514264337593543950336' is too large: a number may have at most 29 digits, up to 79,228,162,514,264,337,593,543,950,335; check the number, or give it in a larger unit")]
    [InlineData("100000000000000000000000000000.5", "KG0016 5:22 at '100000000000000000000000000000.5': The amount '100000000000000000000000000000.5' is too large: a number may have at most 29 digits, up to 79,228,162,514,264,337,593,543,950,335; check the number, or give it in a larger unit")]
    [InlineData("5e3", "KG0012 5:22 at '5e3': The field 'amount' must be a number such as 375200000000 or 1.8, written without separators")]
    public void Amounts_are_bounded_by_what_a_decimal_holds(string amount, string expected)
        => Assert.Equal(expected, ParserTests.Parse($"facts:\n  - id: f\n    kind: money\n    statement: S.\n    value: {{ amount: {amount}, currency: USD, printed: $5 }}\n    citations: {{ source: report, quote: Q }}\n"));

    [Theory]
    [InlineData("{ from: 2019-03, to: 2019-05 }", "")]
    [InlineData("{ from: 2019-03, to: 2019-03 }", "")]
    [InlineData("{ from: 2019-03-10, to: 2019-03 }", "")]
    [InlineData("{ from: 2019-03, to: 2019-03-10 }", "")]
    [InlineData("{ from: 2019-05, to: 2019 }", "")]
    [InlineData("{ from: 2019, to: 2019-05 }", "")]
    [InlineData("{ from: 2019-03-04, to: 2019-03-10 }", "")]
    [InlineData("{ from: 2019-05, to: 2019-03 }", "KG0062 5:20 at '2019-05': The period starts at 2019-05, after its end at 2019-03; swap 'from' and 'to', or correct one of them")]
    [InlineData("{ from: 2020, to: 2019-12 }", "KG0062 5:20 at '2020': The period starts at 2020, after its end at 2019-12; swap 'from' and 'to', or correct one of them")]
    [InlineData("{ from: 2019-03-10, to: 2019-03-04 }", "KG0062 5:20 at '2019-03-10': The period starts at 2019-03-10, after its end at 2019-03-04; swap 'from' and 'to', or correct one of them")]
    [InlineData("{ from: 2019-04-01, to: 2019-03 }", "KG0062 5:20 at '2019-04-01': The period starts at 2019-04-01, after its end at 2019-03; swap 'from' and 'to', or correct one of them")]
    public void A_period_may_not_end_before_it_starts_at_the_coarser_precision(string holds, string expected)
    {
        string text = "facts:\n  - id: f\n    kind: claim\n    statement: S.\n    holds: " + holds + "\n    citations: { source: report, quote: Q }\n";
        Assert.Equal(expected, ParserTests.Parse(text));
        Assert.Equal(expected.Length == 0, Assert.Single(ParseSpec(text).Facts).Holds is not null);
    }

    [Theory]
    [InlineData("2019-12-31", "")]
    [InlineData("2020-02-29", "")]
    [InlineData("0000", "KG0015 5:12 at '0000': The date '0000' does not exist: there is no year 0; correct the year")]
    [InlineData("0000-01-01", "KG0015 5:12 at '0000-01-01': The date '0000-01-01' does not exist: there is no year 0; correct the year")]
    [InlineData("0001-13", "KG0015 5:12 at '0001-13': The date '0001-13' does not exist: there is no month 13 (months run from 01 to 12); correct the month")]
    [InlineData("2019-00", "KG0015 5:12 at '2019-00': The date '2019-00' does not exist: there is no month 0 (months run from 01 to 12); correct the month")]
    [InlineData("2019-13-01", "KG0015 5:12 at '2019-13-01': The date '2019-13-01' does not exist: there is no month 13 (months run from 01 to 12); correct the month")]
    [InlineData("2019-01-32", "KG0015 5:12 at '2019-01-32': The date '2019-01-32' does not exist: January 2019 has 31 days, not 32; correct the day")]
    [InlineData("2019-12-32", "KG0015 5:12 at '2019-12-32': The date '2019-12-32' does not exist: December 2019 has 31 days, not 32; correct the day")]
    [InlineData("2019-02-29", "KG0015 5:12 at '2019-02-29': The date '2019-02-29' does not exist: February 2019 has 28 days, not 29; correct the day")]
    [InlineData("2020-02-30", "KG0015 5:12 at '2020-02-30': The date '2020-02-30' does not exist: February 2020 has 29 days, not 30; correct the day")]
    [InlineData("2019-02-00", "KG0015 5:12 at '2019-02-00': The date '2019-02-00' does not exist: there is no day 0; correct the day")]
    [InlineData("2019-5", "KG0012 5:12 at '2019-5': The field 'holds' must be a date written yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("19-05-03", "KG0012 5:12 at '19-05-03': The field 'holds' must be a date written yyyy, yyyy-MM or yyyy-MM-dd")]
    public void Dates_are_held_to_the_calendar(string date, string expected)
        => Assert.Equal(expected, ParserTests.Parse("facts:\n  - id: f\n    kind: claim\n    statement: S.\n    holds: " + date + "\n    citations: { source: report, quote: Q }\n"));

    [Theory]
    [InlineData("", "", "occurrence 0 at -, mentions ")]
    [InlineData("        occurrence: 2\n", "", "occurrence 2 at 8:21, mentions ")]
    [InlineData("        occurrence: 1\n", "", "occurrence 1 at 8:21, mentions ")]
    [InlineData("        occurrence: ~\n", "", "occurrence 0 at -, mentions ")]
    [InlineData("        occurrence: 0\n", "KG0012 8:21 at '0': The field 'occurrence' must be a whole number from 1 up, such as 2 for the second place", null)]
    [InlineData("        occurrence: '+2'\n", "KG0012 8:21 at ''+2'': The field 'occurrence' must be a whole number from 1 up, such as 2 for the second place", null)]
    [InlineData("        occurrence: second\n", "KG0012 8:21 at 'second': The field 'occurrence' must be a whole number from 1 up, such as 2 for the second place", null)]
    [InlineData("        occurrence: [2]\n", "KG0012 8:21 at '[2]': The field 'occurrence' must be text, not a list", null)]
    [InlineData("        mention: { lee: he }\n", "", "occurrence 0 at -, mentions lee@8:20=he@8:25")]
    [InlineData("        mention: { lee: [he, Mr Lee], port: it }\n", "", "occurrence 0 at -, mentions lee@8:20=he/Mr Lee@8:25 port@8:39=it@8:45")]
    [InlineData("        mention: he\n", "KG0012 8:18 at 'he': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }', not text", "occurrence 0 at -, mentions ")]
    [InlineData("        mention: [lee]\n", "KG0012 8:18 at '[lee]': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }', not a list", "occurrence 0 at -, mentions ")]
    [InlineData("        mention: { Lee: he }\n", "KG0013 8:20 at 'Lee': The id 'Lee' is not kebab-case; use lower-case letters and digits joined by single hyphens, such as 'us-china-trade-surplus-2017'", "occurrence 0 at -, mentions ")]
    [InlineData("        mention: { lee: ~ }\n", "KG0012 8:25 at '~': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }'", "occurrence 0 at -, mentions ")]
    [InlineData("        mention: { lee: '  ' }\n", "KG0012 8:25 at ''  '': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }'", "occurrence 0 at -, mentions ")]
    [InlineData("        mention: { lee: [he, ~] }\n", "KG0012 8:30 at '~': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }'", "occurrence 0 at -, mentions lee@8:20=he@8:25")]
    [InlineData("        mention: { lee: [[he]] }\n", "KG0012 8:26 at '[he]] }': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }'", "occurrence 0 at -, mentions ")]
    [InlineData("        mention: { lee: [] }\n", "KG0012 8:25 at '[] }': The field 'mention' must be a mapping from entity id to the phrase (or list of phrases) of the quoted sentence that names it, such as '{ robert-lighthizer: he }', not an empty list", "occurrence 0 at -, mentions ")]
    public void A_citation_reads_its_occurrence_and_mentions(string extra, string expected, string? read)
    {
        string text = "facts:\n  - id: f\n    kind: claim\n    statement: S.\n    citations:\n      - source: report\n        quote: Q\n" + extra;
        Assert.Equal(expected, ParserTests.Parse(text));
        FactSpec? fact = ParseSpec(text).Facts.SingleOrDefault();
        Assert.Equal(read, fact is null ? null : Describe(Assert.Single(fact.Citations)));
    }

    private static string Describe(CitationSpec citation)
        => $"occurrence {citation.Occurrence} at {(citation.OccurrenceLocation is { } at ? At(at) : "-")}, mentions "
           + string.Join(" ", citation.Mentions.Select(m => $"{m.Entity.Id}@{At(m.Entity.Location)}={string.Join("/", m.Phrases)}@{At(m.Location)}"));
}
