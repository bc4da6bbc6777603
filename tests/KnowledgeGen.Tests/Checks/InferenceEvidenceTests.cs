namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// An inferred date names what it rests on (KG0086): words of a sentence the fact cites (KG0087 where they stand in
/// none), sources whose publication date it counts from (KG0088 where a source gives none), other facts (KG0023
/// where none has the id). Free text, as every inference of the knowledge base once was, is no evidence.
/// </summary>
public class InferenceEvidenceTests
{
    private const string Article = "Director Lee Park spoke on Monday about the port, the report said.\n";

    private const string Quote = "Director Lee Park spoke on Monday about the port";

    private const string NoEvidence = "names nothing it rests on; write it as a mapping with 'words:' (words of a cited sentence), 'published:' (sources whose publication date it counts from) or 'facts:' (facts it follows from), and keep the text as 'reason:'";

    [Theory]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: The Monday of the article's week. }",
        "KG0086 at 'The Monday of the article's week.': 'inferred:' says 'The Monday of the article's week.' but " + NoEvidence)]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { reason: The Monday of the article's week. } }",
        "KG0086 at '{ reason: The Monday of the article's week. } }': 'inferred:' says 'The Monday of the article's week.' but " + NoEvidence)]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { words: [on Monday], reason: The Monday of the article's week. } }", "")]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { words: the report said } }", "")] // the whole cited sentence, not only the quote
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { words: [on Tuesday] } }",
        "KG0087 at 'on Tuesday': The inference rests on the words 'on Tuesday', which stand in none of the sentences the fact 'the-fact' cites; copy the words as the sentence prints them, or cite the sentence that holds them")]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { published: [article] } }",
        "KG0088 at 'article': The inference counts from the publication date of 'article', which gives none; give that source 'published:', or name other evidence")]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { facts: [port-opening] } }",
        "KG0023 at 'port-opening': No fact has the id 'port-opening'; correct the id in 'inferred'")]
    [InlineData("{ date: 2019-03-04, printed: on Monday, inferred: { facts: [the-fact] } }",
        "KG0061 at 'the-fact': The fact 'the-fact' lists itself under 'inferred'; remove the link")]
    public void An_inference_names_evidence_that_stands(string value, string expected)
        => Assert.Equal(expected, string.Join("|", CheckRun.Value(Article, "date", value, Quote)));

    [Fact]
    public void Words_are_not_checked_where_a_cited_sentence_was_not_found()
        => Assert.Equal(
            ["KG0040"],
            CheckRun.Value(Article, "date", "{ date: 2019-03-04, printed: on Monday, inferred: { words: [on Monday] } }", "Director Lee Park spoke on Monday about the harbour").Select(d => d.Substring(0, 6)));

    [Fact]
    public void A_period_and_an_event_date_are_held_to_the_same_rule()
    {
        string facts = $"""
              - id: the-fact
                kind: event
                statement: Lee Park spoke.
                value: {"{"} what: a speech, when: {"{"} date: 2019-03-04, inferred: the week of the report {"}"} {"}"}
                holds: {"{"} from: 2019-03, to: 2019-03, inferred: the month of the report {"}"}
                citations:
                  - source: article
                    quote: {Quote}

            """;
        Assert.Equal(
            ["KG0086 at 'the month of the report': 'inferred:' says 'the month of the report' but " + NoEvidence, "KG0086 at 'the week of the report': 'inferred:' says 'the week of the report' but " + NoEvidence],
            CheckRun.Facts(Article, facts).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ words: [on Monday], reason: The Tuesday after the speech. }", "")]
    [InlineData("{ words: [on Friday] }", "KG0087 at 'on Friday': The inference rests on the words 'on Friday', which stand in none of the source 'article'; copy the words as the sentence prints them, or cite the sentence that holds them")]
    [InlineData("{ published: [paper] }", "KG0022 at 'paper': No source has the id 'paper'; declare it under 'sources:' or correct the id")]
    public void A_publication_date_rests_on_the_sources_own_words_or_another_source(string inferred, string expected)
    {
        string file = "sources:\n  - id: article\n    file: article.txt\n    title: Article\n"
            + $"    published: {{ date: 2019-03-05, inferred: {inferred} }}\n"
            + $"    sha256: {KnowledgeGen.Checking.SourceDocument.ComputeSha256(Article)}\n" + CheckRun.Entities;
        var diagnostics = KnowledgeGen.Checking.KnowledgeBaseChecker.Check([("/kb/article.txt", Article), ("/kb/facts.yaml", file)]).Diagnostics;
        Assert.Equal(expected, string.Join("|", CheckRun.Correctness(diagnostics).Select(d => CheckRun.Describe(d, file))));
    }
}
