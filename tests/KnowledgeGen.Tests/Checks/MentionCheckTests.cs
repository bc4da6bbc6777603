using static KnowledgeGen.Tests.Checks.KnowledgeBaseRun;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The mention check (MentionChecker) for every field that names an entity, with the entities declared in
/// a.yaml and the fact in b.yaml: a quote's speaker and a role's person are named where the fact is cited
/// (KG0076), a claimant and a mention name declared entities (KG0021), and a quote of several sentences is
/// searched to its last sentence (KG0076, KG0077).
/// </summary>
public class MentionCheckTests
{
    private static readonly string Declarations = "sources:\n" + Source() + Entities;

    private static string Run(string fact)
        => string.Join("\n", Diagnostics([("b.yaml", "facts:\n" + fact), ("a.yaml", Declarations)], "KG0021", "KG0071", "KG0076", "KG0077"));

    private static string Fact(string kind, string value, string quote, string extra = "", string citationExtra = "")
        => $"  - id: the-fact\n    kind: {kind}\n    statement: A statement.\n    value: {value}\n{extra}    citations:\n      - source: article\n        quote: {quote}\n{citationExtra}";

    private static string NotNamed(string entity, string field, int line, int column)
        => $"KG0076 b.yaml({line},{column}) '{entity}': The fact names '{entity}' as {field}, but its quote from 'article' does not name it in the quoted sentence or an earlier sentence of the paragraph; cite a sentence that names it, add 'mention: {{ {entity}: <words> }}' for the words of the sentence that stand for it, or remove it from '{field}'";

    [Theory]
    [InlineData("quote", "{ text: traffic grew 5 per cent in 2018, speaker: chan }", "Chan said traffic grew 5 per cent in 2018.", "")]
    [InlineData("quote", "{ text: traffic grew 5 per cent in 2018, speaker: lee-park }", "Chan said traffic grew 5 per cent in 2018.", "speaker 5,62")]
    [InlineData("role", "{ person: lee-park, position: Director, organisation: port }", "Lee Park runs the port.", "")]
    [InlineData("role", "{ person: chan, position: Director, organisation: port }", "Lee Park runs the port.", "person 5,22")]
    public void A_speaker_and_a_person_are_named_where_the_fact_is_cited(string kind, string value, string quote, string expected)
    {
        string[] parts = expected.Split(' ', ',');
        string entity = value.Contains("speaker: lee-park") ? "lee-park" : "chan";
        Assert.Equal(expected.Length == 0 ? "" : NotNamed(entity, parts[0], int.Parse(parts[1]), int.Parse(parts[2])), Run(Fact(kind, value, quote)));
    }

    [Theory]
    [InlineData("    according-to: [nobody]\n", "", "KG0021 b.yaml(6,20) 'nobody': No entity has the id 'nobody'; declare it under 'entities:' or correct the id")]
    [InlineData("    according-to: [chan]\n", "", "")]
    [InlineData("", "        mention: { nobody: Chan }\n", "KG0021 b.yaml(9,20) 'nobody': No entity has the id 'nobody'; declare it under 'entities:' or correct the id")]
    [InlineData("", "        mention: { chan: Mr Chan }\n", "KG0077 b.yaml(9,26) 'Mr Chan': The words 'Mr Chan' given as a mention of 'chan' do not stand in the quoted sentence from 'article'; copy them from the sentence or remove them")]
    public void A_claimant_and_a_mention_name_declared_entities(string extra, string citationExtra, string expected)
        => Assert.Equal(expected, Run(Fact("claim", "null", "Chan said traffic grew 5 per cent in 2018.", extra, citationExtra)));

    [Theory]
    [InlineData("    about: [lee-park]\n", "Traffic fell in 2020. Lee Park resigned soon after.", "", "")]
    [InlineData("    about: [lee-park]\n", "Traffic fell in 2020.", "", "lee-park")]
    [InlineData("    about: [port]\n", "Lee Park runs the port. Traffic grew 4 per cent in 2018, the port said.", "        mention: { port: the port said }\n", "")]
    public void A_quote_of_several_sentences_is_searched_to_its_last(string extra, string quote, string citationExtra, string notNamed)
        => Assert.Equal(notNamed.Length == 0 ? "" : NotNamed(notNamed, "about", 6, 13), Run(Fact("claim", "null", quote, extra, citationExtra)));
}
