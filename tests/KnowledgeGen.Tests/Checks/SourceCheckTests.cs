using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>The checks of a fact file's sources and citations: the text is there and unchanged, the source is declared, the quote stands in it.</summary>
public class SourceCheckTests
{
    private const string Article = "Talks stalled in May. Both sides blamed the other.\nTariffs rose to 25 per cent.\n";

    private static string Check(string sha256, string citations, string about = "[]", bool withText = true)
    {
        string facts = $"""
            sources:
              - id: article
                file: article.txt
                title: Article
                sha256: {sha256}
            entities:
              - id: port
                kind: organisation
                name: The port
            facts:
              - id: the-fact
                kind: claim
                statement: A statement.
                about: {about}
                citations:
            {citations}
            """;
        var files = new List<(string, string)> { ("/kb/facts.yaml", facts) };
        if (withText)
        {
            files.Add(("/kb/article.txt", Article));
        }

        return string.Join("|", CheckRun.Correctness(KnowledgeBaseChecker.Check(files).Diagnostics).Select(d => CheckRun.Describe(d, facts)));
    }

    private static readonly string Sha = SourceDocument.ComputeSha256(Article);

    [Theory]
    [InlineData("      - { source: article, quote: Both sides blamed the other }", "")]
    [InlineData("      - { source: article, quote: Both sides blamed each other }",
        "KG0040 at 'Both sides blamed each other': The quote does not stand in source 'article' (compared after normalisation); the closest sentence is: \"Both sides blamed the other.\" (not in it: 'each')")]
    [InlineData("      - { source: articel, quote: Both sides blamed the other }",
        "KG0022 at 'articel': No source has the id 'articel' (did you mean 'article'?); declare it under 'sources:' or correct the id")]
    [InlineData("      - { source: article, quote: Both sides blamed the other }\n      - { source: article, quote: Tariffs fell }",
        "KG0040 at 'Tariffs fell': The quote does not stand in source 'article' (compared after normalisation); the closest sentence is: \"Tariffs rose to 25 per cent.\" (not in it: 'fell')")]
    public void Every_quote_stands_in_a_declared_source(string citations, string expected)
        => Assert.Equal(expected, Check(Sha, citations));

    [Fact]
    public void An_entity_the_fact_is_about_must_be_declared()
    {
        Assert.Equal("", Check(Sha, "      - { source: article, quote: Talks stalled in May. }", "[port]"));
        Assert.Equal(
            "KG0021 at 'prot': No entity has the id 'prot' (did you mean 'port'?); declare it under 'entities:' or correct the id",
            Check(Sha, "      - { source: article, quote: Talks stalled in May. }", "[prot]"));
    }

    [Fact]
    public void A_changed_text_is_reported_at_its_hash()
    {
        string wrong = new string('0', 64);
        Assert.Equal(
            $"KG0031 at '{wrong}': The text of source 'article' has SHA-256 {Sha}, not the declared {wrong}; sources are evidence and must not be edited — restore the original text, or update sha256 if a new text was added on purpose",
            Check(wrong, "      - { source: article, quote: Talks stalled in May. }"));
    }

    [Fact]
    public void A_missing_text_is_reported_at_its_file_and_its_quotes_are_not_checked()
        => Assert.Equal(
            "KG0030 at 'article.txt': The source text 'article.txt' was not found (looked for '/kb/article.txt'); put the text file next to the fact files that cite it, or correct the path",
            Check(Sha, "      - { source: article, quote: Not in any text }", withText: false));

    [Fact]
    public void The_checked_fact_carries_its_sentence_and_source_title()
    {
        string facts = $$"""
            sources:
              - { id: article, file: article.txt, title: Article, sha256: {{Sha}} }
            facts:
              - id: the-fact
                kind: claim
                statement: A statement.
                citations:
                  - { source: article, quote: blamed the other }
                  - { source: article, quote: Nowhere }
            """;
        CheckedKnowledgeBase checkedBase = KnowledgeBaseChecker.Check([("/kb/facts.yaml", facts), ("/kb/article.txt", Article)]);
        var citations = checkedBase.Facts.Single().Citations;
        Assert.Equal(("Both sides blamed the other.", "Article"), (citations[0].Sentence, citations[0].SourceTitle));
        Assert.Equal(((string?)null, "Article"), (citations[1].Sentence, citations[1].SourceTitle));
    }
}
