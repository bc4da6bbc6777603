namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Attribution through a chain: a newspaper introduces an official paragraphs before his quotes ("The Port Gazette
/// cited a port official as saying ..."), so a fact according to both cites the quote with <c>via:</c>, words of the
/// introducing sentence, and the claimant check (KG0071) reads that sentence too. The sentence must stand in the
/// source, come before the quote, and name a claimant (KG0068); without it, "the Gazette cited an official" cannot
/// be written as the Gazette's claim, and flattening it to "an official said" drops whose report it is.
/// </summary>
public class IntroducingSentenceTests
{
    private const string Article =
        "The Port Gazette cited a port official as saying that traffic would grow.\n\n"
        + "The port is busy.\n\n"
        + "\u201CWe will build a new terminal,\u201D the official said.\n";

    private const string MoreEntities =
        "  - id: gazette\n    kind: publication\n    name: Port Gazette\n"
        + "  - id: port-official\n    kind: person\n    name: Official of the port\n";

    private static IReadOnlyList<string> Run(string via) => CheckRun.Facts(Article, $"""
          - id: the-fact
            kind: claim
            statement: According to the Port Gazette, the port official said the port would build a new terminal.
            according-to: [gazette, port-official]
            citations:
              - source: article
                quote: "\u201CWe will build a new terminal,\u201D the official said."
                mention: {"{"} port-official: the official {"}"}
        {via}
        """, MoreEntities);

    private const string Fix = "; quote words of the earlier sentence of the same source that says whose claim the quote is, or remove 'via:'";

    [Fact]
    public void A_claimant_named_only_where_the_quote_is_introduced_is_found_through_via()
        => Assert.Empty(Run("        via: The Port Gazette cited a port official"));

    [Fact]
    public void Without_via_the_claimant_of_an_earlier_paragraph_is_not_found()
        => Assert.Equal(
            ["KG0071 at 'gazette': The fact 'the-fact' is according to 'gazette', but the paragraph of its quote from 'article' does not name 'Port Gazette'; cite the sentence that says whose claim it is, add a 'mention:' for the words that stand for it, or correct 'according-to:'"],
            Run(""));

    [Theory]
    [InlineData("The Port Herald cited a port official", "stand in no one sentence of 'article'")]
    [InlineData("We will build a new terminal", "stand in a sentence that does not come before the quoted one")]
    [InlineData("The port is busy", "stand in a sentence that names none of its 'according-to:' claimants")]
    public void The_introducing_sentence_stands_earlier_and_names_a_claimant(string via, string why)
    {
        IReadOnlyList<string> reported = Run("        via: " + via);

        Assert.Contains($"KG0068 at '{via}': The words given as 'via:' for the fact 'the-fact' {why}" + Fix, reported);
        Assert.Contains(reported, d => d.StartsWith("KG0071 at 'gazette'", StringComparison.Ordinal)); // and the claimant is still unfound
    }
}
