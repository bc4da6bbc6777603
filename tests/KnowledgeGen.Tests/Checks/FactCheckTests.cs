using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The checks of a fact beyond its value, one failing and one passing row each, at the boundary: the verb rule
/// and the measure rule (KG0070), a fact dated after its sources (KG0063), the entities a fact names and the
/// mentions that stand for them (KG0071, KG0076, KG0077), aliases that name no one alone (KG0073), and links
/// between facts (KG0060, KG0061). Each row is the facts of a fact file that declares the article below, the
/// entities of <see cref="Declarations"/> and one measure; the expected diagnostics are written out in full.
/// </summary>
public class FactCheckTests
{
    public const string Article =
        "Port Report\n"
        + "Lee Park runs the port. He said traffic would grow. Traffic grew 4 per cent, the port said.\n"
        + "Officials expect more ships.\n"
        + "Beijing threatened new tariffs on Monday. China denied that it would.\n";

    private const string Declarations = """
        entities:
          - id: lee-park
            kind: person
            name: Lee Park
          - id: port
            kind: organisation
            name: the port
          - id: china
            kind: country
            name: China
            aliases: [Beijing]
          - id: shanghai
            kind: place
            name: Shanghai
        measures:
          - id: traffic-growth
            description: The yearly growth of the port's traffic.
            unit: percent

        """;

    private const string Forward = "so no source could report it as done; say what stage it was at then with 'status:' (planned, expected, threatened, proposed or announced), or correct the date";
    private const string Alias = "; remove it, and where a sentence names the entity only so, write 'mention:' on that citation";
    private const string Cycle = "; a fact supersedes only older facts, so remove the link that points back";
    private const string NotNamed = "but its quote from 'report' does not name it in the quoted sentence or an earlier sentence of the paragraph; cite a sentence that names it, add 'mention: { ";
    private const string Claimant = "but the paragraph of its quote from 'report' does not name 'Lee Park'; cite the sentence that says whose claim it is, add a 'mention:' for the words that stand for it, or correct 'according-to:'";

    private const string LeeParkNotNamed = "KG0076 at 'lee-park': The fact names 'lee-park' as about, " + NotNamed + "lee-park: <words> }' for the words of the sentence that stand for it, or remove it from 'about'";

    /// <summary>A claim citing one quote, with the given extra fields (YAML lines at the fact's indentation).</summary>
    private static string Claim(string id, string statement, string quote, string extra = "")
        => $"""
              - id: {id}
                kind: claim
                statement: {statement}
            {extra}    citations:
                  - source: report
                    quote: {quote}

            """;

    // KG0070, the verb rule and the measure rule.
    [Theory]
    [InlineData("Beijing threatened new tariffs.", "", "KG0070 at 'the-fact': The fact 'the-fact' says 'threatened', which reports the stage of an action, measure or meeting, but not which stage; add 'status:'")]
    [InlineData("Beijing threatened new tariffs.", "    status: threatened\n", "")]
    [InlineData("Beijing spoke of new tariffs.", "", "")]
    public void A_statement_with_a_stage_word_gives_its_stage(string statement, string extra, string expected)
        => Expect(Claim("the-fact", statement, "Beijing threatened new tariffs on Monday.", extra), expected, "KG0070");

    [Theory]
    [InlineData("", "KG0070 at 'growth': The fact 'growth' is a percentage value but does not say what it measures; add 'measure:'")]
    [InlineData("    measure: traffic-growth\n", "")]
    public void A_number_says_what_it_measures(string extra, string expected)
        => Expect($$"""
              - id: growth
                kind: percentage
                statement: Traffic grew 4 per cent.
                value: { percent: 4, printed: 4 per cent }
            {{extra}}    citations:
                  - source: report
                    quote: Traffic grew 4 per cent, the port said.

            """, expected, "KG0070");

    // KG0063, a fact dated after its sources.
    [Theory]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n", "KG0063 at '{ from: 2019-06 }': The fact 'the-fact' is dated 2019-06, after its latest cited source was published (2019-05-01), " + Forward)]
    [InlineData("2019-05-01", "    holds: { from: 2019-05 }\n", "")]
    [InlineData("2019-05", "    holds: { from: 2019-05-02 }\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2019-05-02 }\n", "KG0063 at '{ from: 2019-05-02 }': The fact 'the-fact' is dated 2019-05-02, after its latest cited source was published (2019-05-01), " + Forward)]
    [InlineData("2019-05-01", "    holds: { from: 2019-04-30 }\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2020-01 }\n", "KG0063 at '{ from: 2020-01 }': The fact 'the-fact' is dated 2020-01, after its latest cited source was published (2019-05-01), " + Forward)]
    [InlineData("2019-05-01", "    holds: { from: 2018-12-31 }\n", "")]
    [InlineData("2019", "    holds: { from: 2020-01 }\n", "KG0063 at '{ from: 2020-01 }': The fact 'the-fact' is dated 2020-01, after its latest cited source was published (2019), " + Forward)]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n    status: threatened\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n    status: planned\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n    status: expected\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n    status: proposed\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n    status: announced\n", "")]
    [InlineData("2019-05-01", "    holds: { from: 2019-06 }\n    status: imposed\n", "KG0063 at '{ from: 2019-06 }': The fact 'the-fact' is dated 2019-06, after its latest cited source was published (2019-05-01), " + Forward)]
    [InlineData("2019-05-01", "    holds: { to: 2019-06 }\n", "")]
    [InlineData("", "    holds: { from: 2019-06 }\n", "")]
    public void A_fact_that_starts_after_its_sources_were_published_is_forward_looking(string published, string extra, string expected)
        => ExpectIn(Claim("the-fact", "Beijing warned of new tariffs.", "Beijing threatened new tariffs on Monday.", extra), expected, published, "", ["KG0063"]);

    [Theory]
    [InlineData("kind: date\n    value: { date: 2019-06-03, printed: Monday, inferred: { published: [report], reason: the Monday after publication } }", "KG0063 at '2019-06-03': The fact 'the-fact' is dated 2019-06-03, after its latest cited source was published (2019-05-01), " + Forward)]
    [InlineData("kind: date\n    value: { date: 2019-04-29, printed: Monday, inferred: { published: [report], reason: the Monday before publication } }", "")]
    [InlineData("kind: event\n    value: { what: new tariffs, when: { date: 2019-06-03, printed: Monday, inferred: { published: [report], reason: the Monday after publication } } }", "KG0063 at '2019-06-03': The fact 'the-fact' is dated 2019-06-03, after its latest cited source was published (2019-05-01), " + Forward)]
    [InlineData("kind: event\n    value: { what: new tariffs, when: { date: 2019-04-29, printed: Monday, inferred: { published: [report], reason: the Monday before publication } } }", "")]
    [InlineData("kind: event\n    value: { what: new tariffs, where: Beijing }", "")]
    public void The_date_a_date_or_an_event_states_is_when_it_starts(string kindAndValue, string expected)
        => ExpectIn($"""
              - id: the-fact
                {kindAndValue}
                statement: Beijing warned of new tariffs.
                citations:
                  - source: report
                    quote: Beijing threatened new tariffs on Monday.

            """, expected, "2019-05-01", "", ["KG0063"]);

    // KG0071, KG0076 and KG0077: the entities a fact names are named where it is cited.
    [Theory]
    [InlineData("    about: [lee-park]\n", "Lee Park runs the port.", "")]
    [InlineData("    about: [lee-park]\n", "He said traffic would grow.", "")]
    [InlineData("    about: [lee-park]\n", "Officials expect more ships.", "KG0076 at 'lee-park': The fact names 'lee-park' as about, " + NotNamed + "lee-park: <words> }' for the words of the sentence that stand for it, or remove it from 'about'")]
    [InlineData("    about: [port]\n", "Lee Park runs the port.", "")]
    [InlineData("    about: [china]\n", "Beijing threatened new tariffs on Monday.", "")]
    [InlineData("    about: [china]\n", "China denied that it would.", "")]
    [InlineData("    about: [china, china]\n", "Officials expect more ships.", "KG0076 at 'china': The fact names 'china' as about, " + NotNamed + "china: <words> }' for the words of the sentence that stand for it, or remove it from 'about'")]
    [InlineData("    according-to: [lee-park]\n", "Traffic grew 4 per cent, the port said.", "")]
    [InlineData("    according-to: [lee-park]\n", "Officials expect more ships.", "KG0071 at 'lee-park': The fact 'the-fact' is according to 'lee-park', " + Claimant)]
    [InlineData("    according-to: [lee-park]\n    about: [lee-park]\n", "Officials expect more ships.", "KG0071 at 'lee-park': The fact 'the-fact' is according to 'lee-park', " + Claimant)]
    [InlineData("    according-to: [port]\n", "Lee Park runs the port.", "")]
    public void The_entities_a_fact_names_stand_in_or_before_its_sentence(string extra, string quote, string expected)
        => Expect(Claim("the-fact", "Something was said.", quote, extra), expected, "KG0071", "KG0076", "KG0077");

    [Theory]
    [InlineData("He said traffic would grow.", "")]
    [InlineData("Officials expect more ships.", "KG0076 at 'lee-park': The fact names 'lee-park' as holder, " + NotNamed + "lee-park: <words> }' for the words of the sentence that stand for it, or remove it from 'holder'")]
    public void A_stance_holder_is_named_where_it_is_cited(string quote, string expected)
        => Expect($$"""
              - id: the-fact
                kind: stance
                statement: Lee Park wants growth.
                value: { holder: lee-park, topic: growth, position: for }
                citations:
                  - source: report
                    quote: {{quote}}

            """, expected, "KG0071", "KG0076", "KG0077");

    [Theory]
    [InlineData("mention: { lee-park: Officials }", "")]
    [InlineData("mention: { lee-park: [Officials, more ships] }", "")]
    [InlineData("mention: { lee-park: Official }", "KG0077 at 'Official': The words 'Official' given as a mention of 'lee-park' do not stand in the quoted sentence from 'report'; copy them from the sentence or remove them|" + LeeParkNotNamed)]
    [InlineData("mention: { lee-park: [Officials, fewer ships] }", "KG0077 at '[Officials, fewer ships] }': The words 'fewer ships' given as a mention of 'lee-park' do not stand in the quoted sentence from 'report'; copy them from the sentence or remove them|" + LeeParkNotNamed)]
    public void A_mention_stands_for_its_entity_where_it_is_in_the_sentence(string mention, string expected)
        => Expect($"""
              - id: the-fact
                kind: claim
                statement: Lee Park expects more ships.
                about: [lee-park]
                citations:
                  - source: report
                    quote: Officials expect more ships.
                    {mention}

            """, expected, "KG0071", "KG0076", "KG0077");

    // KG0073: aliases that name no one alone, or both a place and a country.
    [Theory]
    [InlineData("person", "[the official]", "KG0073 at 'the-entity': The alias 'the official' of 'the-entity' identifies no one on its own" + Alias)]
    [InlineData("person", "[an official]", "KG0073 at 'the-entity': The alias 'an official' of 'the-entity' identifies no one on its own" + Alias)]
    [InlineData("person", "[a spokesman]", "KG0073 at 'the-entity': The alias 'a spokesman' of 'the-entity' identifies no one on its own" + Alias)]
    [InlineData("person", "[He]", "KG0073 at 'the-entity': The alias 'He' of 'the-entity' identifies no one on its own" + Alias)]
    [InlineData("person", "[the official, Chinese]", "KG0073 at 'the-entity': The alias 'the official' of 'the-entity' identifies no one on its own" + Alias
        + "|KG0073 at 'the-entity': The alias 'Chinese' of 'the-entity' identifies no one on its own" + Alias)]
    [InlineData("person", "[the officials' leader]", "KG0073 at 'the-entity': The alias 'the officials' leader' of 'the-entity' is no proper name (no word of it but a quantifier is capitalised), so it describes a kind of people or things rather than naming one" + Alias)]
    [InlineData("person", "[theofficial]", "KG0073 at 'the-entity': The alias 'theofficial' of 'the-entity' is no proper name (no word of it but a quantifier is capitalised), so it describes a kind of people or things rather than naming one" + Alias)]
    [InlineData("person", "[Theofficial]", "")]
    [InlineData("place", "[Beijing]", "KG0073 at 'the-entity': The alias 'Beijing' of 'the-entity' is also a name of the country 'china'" + Alias
        + "|KG0073 at 'china': The alias 'Beijing' of 'china' is also a name of the place 'the-entity'" + Alias)]
    [InlineData("place", "[china]", "KG0073 at 'the-entity': The alias 'china' of 'the-entity' is also a name of the country 'china'" + Alias)]
    [InlineData("place", "[Shanghai]", "")]
    [InlineData("place", "[Pudong]", "")]
    [InlineData("country", "[Shanghai]", "KG0073 at 'the-entity': The alias 'Shanghai' of 'the-entity' is also a name of the place 'shanghai'" + Alias)]
    [InlineData("country", "[Beijing]", "")]
    [InlineData("person", "[Beijing]", "")]
    [InlineData("organisation", "[Shanghai]", "")]
    public void An_alias_names_its_entity_alone(string kind, string aliases, string expected)
        => ExpectIn(
            Claim("the-fact", "Lee Park runs the port.", "Lee Park runs the port."),
            expected,
            published: "",
            extraEntities: $"  - id: the-entity\n    kind: {kind}\n    name: The Entity\n    aliases: {aliases}\n",
            ["KG0073"]);

    // KG0060 and KG0061: links between facts.
    [Theory]
    [InlineData("a: [a]", "KG0061 at 'a': The fact 'a' lists itself under 'supersedes'; remove the link")]
    [InlineData("a: [b]", "")]
    [InlineData("a: [b]|b: [a]", "KG0060 at 'a': The facts supersede each other in a cycle: 'a' supersedes 'b' supersedes 'a'" + Cycle)]
    [InlineData("a: [b]|b: [c]|c: [a]", "KG0060 at 'a': The facts supersede each other in a cycle: 'a' supersedes 'b' supersedes 'c' supersedes 'a'" + Cycle)]
    [InlineData("a: [b]|b: [c]|c: [b]", "KG0060 at 'b': The facts supersede each other in a cycle: 'b' supersedes 'c' supersedes 'b'" + Cycle)]
    [InlineData("a: [b, c]|b: [c]", "")]
    [InlineData("a: [b]|c: [b]", "")]
    [InlineData("a: [z]", "KG0023 at 'z': No fact has the id 'z'; correct the id in 'supersedes'")]
    public void Facts_do_not_supersede_themselves_or_each_other_in_a_cycle(string links, string expected)
    {
        var supersedes = links.Split('|').Select(l => l.Split(": ")).ToDictionary(p => p[0], p => p[1]);
        string facts = string.Concat(new[] { "a", "b", "c" }.Select(id => Claim(
            id,
            "Lee Park runs the port.",
            "Lee Park runs the port.",
            supersedes.TryGetValue(id, out string? to) ? "    supersedes: " + to + "\n" : "")));
        Expect(facts, expected, "KG0060", "KG0061", "KG0023");
    }

    [Theory]
    [InlineData("contradicts: [a]", "KG0061 at 'a': The fact 'a' lists itself under 'contradicts'; remove the link")]
    [InlineData("contradicts: [b]", "")]
    public void A_fact_does_not_contradict_itself(string link, string expected)
        => Expect(Claim("a", "Lee Park runs the port.", "Lee Park runs the port.", "    " + link + "\n") + Claim("b", "Lee Park runs the port.", "Lee Park runs the port."), expected, "KG0061");

    [Fact]
    public void Facts_that_contradict_each_other_are_no_cycle()
        => Expect(
            Claim("a", "Lee Park runs the port.", "Lee Park runs the port.", "    contradicts: [b]\n") + Claim("b", "Lee Park runs the port.", "Lee Park runs the port.", "    contradicts: [a]\n"),
            "",
            "KG0060",
            "KG0061");

    private static void Expect(string facts, string expected, params string[] ids)
        => ExpectIn(facts, expected, "", "", ids);

    /// <summary>The diagnostics of the given ids, where the article has the given publication date and the entities the extra ones.</summary>
    private static void ExpectIn(string facts, string expected, string published, string extraEntities, string[] ids)
    {
        string file = "sources:\n  - id: report\n    file: article.txt\n    title: Report\n"
            + (published.Length > 0 ? $"    published: {{ date: {published}, inferred: {{ words: [Lee Park], reason: the test says so }} }}\n" : "")
            + $"    sha256: {SourceDocument.ComputeSha256(Article)}\n"
            + Declarations.Replace("entities:\n", "entities:\n" + extraEntities)
            + "facts:\n" + facts;
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([("/kb/article.txt", Article), ("/kb/facts.yaml", file)]);
        string actual = string.Join("|", checkedBase.Diagnostics.Where(d => ids.Contains(d.Descriptor.Id)).Select(d => CheckRun.Describe(d, file)));
        Assert.Equal(expected, actual);
    }
}
