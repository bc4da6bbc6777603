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
    public void The_sentence_holding_the_quotes_words_in_order_beats_one_using_them_apart()
    {
        // Both hold four of the five words; only the second holds them as the quote does, a word having been added.
        var document = SourceDocument.Create("/kb/order.txt", "\"Details matter,\" Mr Lighthizer said to the Trade Representative staff. Trade Representative Robert Lighthizer landed in Beijing on Thursday for the talks.");

        SentenceCandidate closest = QuoteLocator.ClosestSentences(document, "Trade Representative Mr Robert Lighthizer")[0];

        Assert.Equal(1, closest.Index);
        Assert.Equal(["Mr"], closest.MissingWords);
        Assert.Equal(0.8, closest.Share, 3);
    }

    [Theory]
    [InlineData("Tariffs rose to 25 percent", "the closest sentence is: \"Tariffs rose to 25 per cent.\" (not in it: 'percent')")]
    [InlineData("\u201CTariffs rose to 25 per cent\u201D", "the closest sentence is: \"Tariffs rose to 25 per cent.\" (it holds every word of the quote; the quotation marks around the quote are part of its text: remove them, or quote the value as docs/fact-format.md shows)")]
    [InlineData("to 25 Tariffs rose per cent", "the closest sentence is: \"Tariffs rose to 25 per cent.\" (it holds every word of the quote: look at their order and the punctuation between them)")]
    public void The_message_marks_the_words_that_differ(string quote, string expected)
        => Assert.Equal(expected, QuoteLocator.DescribeClosest(SourceDocument.Create("/kb/t.txt", "Talks stalled in May. Tariffs rose to 25 per cent."), quote));

    [Fact]
    public void A_sentence_that_opens_with_a_quotation_mark_is_not_put_in_another()
    {
        string described = QuoteLocator.DescribeClosest(SourceDocument.Create("/kb/q.txt", "\"We will not back down,\" the ministry said."), "We will never back down");

        Assert.Equal("the closest sentence is: \"We will not back down,\" the ministry said. (not in it: 'never')", described);
    }

    [Fact]
    public void Close_sentences_are_offered_numbered_up_to_three()
    {
        var document = SourceDocument.Create("/kb/close.txt", "Exports rose in May. Exports rose in June. Exports rose in July. Exports rose in August. Imports fell.");

        IReadOnlyList<SentenceCandidate> candidates = QuoteLocator.ClosestSentences(document, "Exports rose in April");

        Assert.Equal([0, 1, 2], candidates.Select(c => c.Index));
        Assert.StartsWith("the closest sentences are: 1. \"Exports rose in May.\" (not in it: 'April'); 2. \"Exports rose in June.\" (not in it: 'April'); 3. ", QuoteLocator.DescribeClosest(document, "Exports rose in April"), StringComparison.Ordinal);
        Assert.Single(QuoteLocator.ClosestSentences(document, "Imports fell sharply"));
    }

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

    /// <summary>
    /// An article whose second line is blank (so paragraph and line numbers differ), whose fourth line repeats its
    /// first word for word, and whose third line holds "talks stalled in May" in other capitals.
    /// </summary>
    private static readonly SourceDocument Repeated = SourceDocument.Create(
        "/kb/repeated.txt",
        "Talks stalled in May. Both sides blamed the other.\n"
        + "\n"
        + "Tariffs rose again. Exports fell when talks stalled in May.\n"
        + "Talks stalled in May. Both sides blamed the other.\n"
        + "Officials met in Washington.\n");

    /// <summary>
    /// What <see cref="QuoteLocator.Locate"/> finds, every field of it: the problem, the sentence(s) chosen, whether
    /// the quote is a whole sentence, the word it cuts (and at which end), the source's wording where only the case
    /// differs, the lines a quote across paragraphs runs over, and each place (paragraph/offset/line: sentence).
    /// </summary>
    [Theory]
    [InlineData("Both sides blamed the other.", 0, "None|Both sides blamed the other.|whole|||0-0|0/22/1: Both sides blamed the other.")]
    [InlineData("Both sides blamed the other", 0, "None|Both sides blamed the other.|whole|||0-0|0/22/1: Both sides blamed the other.")]
    [InlineData("Both sides blamed", 0, "None|Both sides blamed the other.|part|||0-0|0/22/1: Both sides blamed the other.")]
    [InlineData("Talks stalled in May. Both sides", 0, "None|Talks stalled in May. Both sides blamed the other.|part|||0-0|0/0/1: Talks stalled in May. Both sides blamed the other.")]
    [InlineData("talks stalled in May", 0, "None|Exports fell when talks stalled in May.|part|||0-0|1/38/3: Exports fell when talks stalled in May.")]
    [InlineData("Exports fell when talks stalled in May.", 0, "None|Exports fell when talks stalled in May.|whole|||0-0|1/20/3: Exports fell when talks stalled in May.")]
    [InlineData("fell when talks stalled in May.", 0, "None|Exports fell when talks stalled in May.|part|||0-0|1/28/3: Exports fell when talks stalled in May.")]
    [InlineData("Tariffs rose again. Exports fell", 0, "None|Tariffs rose again. Exports fell when talks stalled in May.|part|||0-0|1/0/3: Tariffs rose again. Exports fell when talks stalled in May.")]
    [InlineData("Officials met in Washington", 0, "None|Officials met in Washington.|whole|||0-0|3/0/5: Officials met in Washington.")]
    [InlineData("Officials met in", 0, "None|Officials met in Washington.|part|||0-0|3/0/5: Officials met in Washington.")]
    [InlineData("stalled in May", 0, "Ambiguous||part|||0-0|0/6/1: Talks stalled in May.; 1/44/3: Exports fell when talks stalled in May.")]
    [InlineData("stalled in May", 1, "None|Talks stalled in May.|part|||0-0|0/6/1: Talks stalled in May.; 1/44/3: Exports fell when talks stalled in May.")]
    [InlineData("stalled in May", 2, "None|Exports fell when talks stalled in May.|part|||0-0|0/6/1: Talks stalled in May.; 1/44/3: Exports fell when talks stalled in May.")]
    [InlineData("stalled in May", 3, "OccurrenceOutOfRange||part|||0-0|0/6/1: Talks stalled in May.; 1/44/3: Exports fell when talks stalled in May.")]
    [InlineData("Officials met in", 2, "OccurrenceOutOfRange||part|||0-0|3/0/5: Officials met in Washington.")]
    [InlineData("TALKS STALLED", 0, "CaseDiffers||part||Talks stalled|0-0|0/0/0: ; 1/38/0: ; 2/0/0: ")]
    [InlineData("alks stalled", 0, "CutsWord||part|Talks at start||0-0|0/1/0: ; 1/39/0: ; 2/1/0: ")]
    [InlineData("Both sides blam", 0, "CutsWord||part|blamed at end||0-0|0/22/0: ; 2/22/0: ")]
    [InlineData("the other. Tariffs rose", 0, "SpansParagraphs||part|||1-3|")]
    [InlineData("the other. Officials met", 0, "SpansParagraphs||part|||4-5|")]
    [InlineData("Nothing like this here", 0, "NotFound||part|||0-0|")]
    [InlineData("\u200B", 0, "NotFound||part|||0-0|")]
    public void A_quote_is_located_once_on_whole_words_or_its_problem_is_told(string quote, int occurrence, string expected)
    {
        QuoteResult found = QuoteLocator.Locate(Repeated, quote, occurrence);
        string places = string.Join("; ", found.Places.Select(p => $"{p.Paragraph}/{p.Start}/{p.Line}: {p.Sentence}"));
        string cut = found.CutWord is null ? "" : found.CutWord + (found.CutAtStart ? " at start" : " at end");
        Assert.Equal(
            expected,
            $"{found.Problem}|{found.Sentence}|{(found.IsWholeSentence ? "whole" : "part")}|{cut}|{found.SourceWording}|{found.FromLine}-{found.ToLine}|{places}");
    }

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("Talks  stalled", 2, 12)]
    [InlineData("2.5 U.S. - dollars", 3, 11)]
    [InlineData("\u2014 a", 1, 1)]
    public void Words_and_letters_of_a_quote_are_counted(string quote, int words, int letters)
        => Assert.Equal((words, letters), QuoteLocator.Measure(quote));
}
