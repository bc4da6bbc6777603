using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>Which sentence(s) a quote stands in, across sentence breaks but never across paragraphs.</summary>
public class QuoteLocatorTests
{
    private static readonly SourceDocument Document = SourceDocument.Create(
        "/kb/article.txt",
        "Talks stalled in May. Both sides blamed the other.\n"
        + "Alpha one. Beta two. Gamma three.\n"
        + "Tariffs rose to 25 per cent. Exports fell.\n");

    [Theory]
    [InlineData("Both sides blamed", "Both sides blamed the other.")]
    [InlineData("Talks  stalled\u00A0in May", "Talks stalled in May.")]
    [InlineData("stalled in May. Both sides", "Talks stalled in May. Both sides blamed the other.")]
    [InlineData("one. Beta", "Alpha one. Beta two.")]
    [InlineData("one. Beta two.", "Alpha one. Beta two.")]
    [InlineData("two. Gamma", "Beta two. Gamma three.")]
    [InlineData("Alpha one. Beta two. Gamma three.", "Alpha one. Beta two. Gamma three.")]
    [InlineData("one. Beta two. Gamma", "Alpha one. Beta two. Gamma three.")]
    [InlineData("Beta two. Gamma three.", "Beta two. Gamma three.")]
    [InlineData("cent. Exports fell", "Tariffs rose to 25 per cent. Exports fell.")]
    [InlineData("other. Alpha", null)]
    [InlineData("three. Tariffs", null)]
    [InlineData("both sides blamed", null)]
    [InlineData("Delta", null)]
    [InlineData("\u200B", null)]
    [InlineData(" ", null)]
    [InlineData("", null)]
    public void Quotes_are_found_within_one_paragraph(string quote, string? sentence)
        => Assert.Equal(sentence, QuoteLocator.FindSentence(Document, quote));

    [Fact]
    public void A_quote_of_the_last_paragraph_alone_is_found()
    {
        SourceDocument oneParagraph = SourceDocument.Create("/kb/a.txt", "First. Second one.");
        Assert.Equal("First. Second one.", QuoteLocator.FindSentence(oneParagraph, "First. Second"));
    }

    [Theory]
    [InlineData("Both sides blamed each other", "Both sides blamed the other.")]
    [InlineData("TARIFFS ROSE", "Tariffs rose to 25 per cent.")]
    [InlineData("Beta", "Beta two.")]
    [InlineData("nothing shared", "Talks stalled in May.")]
    [InlineData("", "Talks stalled in May.")]
    public void The_closest_sentence_shares_the_most_words(string quote, string closest)
        => Assert.Equal(closest, QuoteLocator.ClosestSentence(Document, quote));

    [Fact]
    public void A_text_without_sentences_has_no_closest_sentence()
        => Assert.Equal("", QuoteLocator.ClosestSentence(SourceDocument.Create("/kb/empty.txt", "\n\n"), "anything"));

    [Fact]
    public void A_sentence_without_words_can_still_be_the_closest()
        => Assert.Equal("...", QuoteLocator.ClosestSentence(SourceDocument.Create("/kb/dots.txt", "..."), "?"));

    [Fact]
    public void Between_equally_close_sentences_the_first_is_offered()
        => Assert.Equal("Red blue.", QuoteLocator.ClosestSentence(SourceDocument.Create("/kb/tie.txt", "Red blue. Blue red."), "red"));

    [Fact]
    public void A_shorter_sentence_with_the_same_shared_words_is_closer()
        => Assert.Equal("Red sky.", QuoteLocator.ClosestSentence(SourceDocument.Create("/kb/dice.txt", "Red sky at night today. Red sky."), "red sky"));

    [Theory]
    [InlineData("Zeta beta gamma delta epsilon. Alpha beta gamma.", "beta gamma", "Alpha beta gamma.")]
    [InlineData("Talks stalled in May. Exports fell after tariffs rose.", "tariffs", "Exports fell after tariffs rose.")]
    [InlineData("Exports fell after tariffs rose. Tariffs stalled talks.", "Tariffs", "Tariffs stalled talks.")]
    public void Every_word_counts_wherever_it_stands(string text, string quote, string closest)
        => Assert.Equal(closest, QuoteLocator.ClosestSentence(SourceDocument.Create("/kb/words.txt", text), quote));
}
