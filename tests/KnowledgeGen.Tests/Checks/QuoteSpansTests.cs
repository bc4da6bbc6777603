using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Where a located quote stands in its article as printed: the characters it matched, between [ and ], and the
/// sentence(s) it stands in, between { and }. Articles whose paragraphs are already normal are mapped by offset;
/// articles with curly quotes, doubled spaces, ligatures or code points outside the Basic Multilingual Plane are
/// mapped back through their normalised prefixes.
/// </summary>
public class QuoteSpansTests
{
    /// <summary>The article with the quote's span marked, or "null" where there is no single place.</summary>
    private static string Marked(string article, string quote, int occurrence = 0)
    {
        QuoteSpan? span = QuoteSpans.Find(SourceDocument.Create("article.txt", article), quote, occurrence);
        if (span is null)
        {
            return "null";
        }

        return article.Substring(0, span.SentenceStart) + "{" + article.Substring(span.SentenceStart, span.Start - span.SentenceStart)
            + "[" + article.Substring(span.Start, span.End - span.Start) + "]"
            + article.Substring(span.End, span.SentenceEnd - span.End) + "}" + article.Substring(span.SentenceEnd);
    }

    [Theory]
    // Normal paragraphs: first, middle and last paragraph, first and second sentence, across a sentence break.
    [InlineData("Talks stalled in May. Both sides blamed the other.\nTariffs rose to 25 per cent.\n", "Both sides blamed",
        "Talks stalled in May. {[Both sides blamed] the other.}\nTariffs rose to 25 per cent.\n")]
    [InlineData("Talks stalled in May. Both sides blamed the other.\nTariffs rose to 25 per cent.\n", "stalled in May",
        "{Talks [stalled in May].} Both sides blamed the other.\nTariffs rose to 25 per cent.\n")]
    [InlineData("Talks stalled in May. Both sides blamed the other.\nTariffs rose to 25 per cent.\n", "rose to 25 per cent",
        "Talks stalled in May. Both sides blamed the other.\n{Tariffs [rose to 25 per cent].}\n")]
    [InlineData("Talks stalled in May.\nTariffs rose to 25 per cent. Shares fell.\nBoth sides blamed the other.\n", "Tariffs rose to 25",
        "Talks stalled in May.\n{[Tariffs rose to 25] per cent.} Shares fell.\nBoth sides blamed the other.\n")]
    [InlineData("Talks stalled in May. Both sides blamed the other. Shares fell.\n", "in May. Both sides",
        "{Talks stalled [in May. Both sides] blamed the other.} Shares fell.\n")]
    // Printed typography: the span covers the curly quotes, the dash and the doubled spaces the quote was typed without.
    [InlineData("Title\nHe said \u201Cwe will  not yield\u201D \u2014 then left. Shares fell.\n", "\"we will not yield\" - then",
        "Title\n{He said [\u201Cwe will  not yield\u201D \u2014 then] left.} Shares fell.\n")]
    [InlineData("Title\n\u201CTalks  stalled\u201D in May. Both  sides left.\n", "\"Talks stalled\" in May",
        "Title\n{[\u201CTalks  stalled\u201D in May].} Both  sides left.\n")]
    [InlineData("Title\n\u201CTalks  stalled\u201D in May. Both  sides left.\n", "Both sides left.",
        "Title\n\u201CTalks  stalled\u201D in May. {[Both  sides left.]}\n")]
    [InlineData("Title\n\u201CTalks  stalled\u201D in May. Both  sides left. Shares fell.\n", "in May. Both sides left",
        "Title\n{\u201CTalks  stalled\u201D [in May. Both  sides left].} Shares fell.\n")]
    [InlineData("Title\nTalks  stalled. Both sides left. Shares  fell.\nTariffs rose.\n", "sides left. Shares",
        "Title\nTalks  stalled. {Both [sides left. Shares]  fell.}\nTariffs rose.\n")]
    [InlineData("Title\nThe \uFB01nal offer stood. Talks  ended.\nTariffs rose.\n", "final offer",
        "Title\n{The [\uFB01nal offer] stood.} Talks  ended.\nTariffs rose.\n")]
    // A code point outside the Basic Multilingual Plane before, at and after the quote: no offset splits its pair.
    [InlineData("Title\n\U0001F600 Opening  words. The \U0001F600 sign appeared twice.\n", "sign appeared",
        "Title\n\U0001F600 Opening  words. {The \U0001F600 [sign appeared] twice.}\n")]
    [InlineData("Title\nOpening  words. The sign \U0001F600 appeared twice.\n", "The sign \U0001F600 appeared",
        "Title\nOpening  words. {[The sign \U0001F600 appeared] twice.}\n")]
    [InlineData("Title\nOpening  words. The sign appeared \U0001F600\U0001F600\n", "sign appeared \U0001F600\U0001F600",
        "Title\nOpening  words. {The [sign appeared \U0001F600\U0001F600]}\n")]
    public void The_span_marks_the_printed_characters_and_their_sentences(string article, string quote, string expected)
        => Assert.Equal(expected, Marked(article, quote));

    [Theory]
    [InlineData(0, "null")] // twice in the article: no single place
    [InlineData(1, "Tariffs rose.\n{[Talks stalled] in May.}\nShares fell.\nTalks stalled in June.\n")]
    [InlineData(2, "Tariffs rose.\nTalks stalled in May.\nShares fell.\n{[Talks stalled] in June.}\n")]
    [InlineData(3, "null")] // there is no third
    public void The_chosen_occurrence_is_the_one_marked(int occurrence, string expected)
        => Assert.Equal(expected, Marked("Tariffs rose.\nTalks stalled in May.\nShares fell.\nTalks stalled in June.\n", "Talks stalled", occurrence));

    [Theory]
    [InlineData("Talks stalled in June")] // stands nowhere
    [InlineData("talks stalled in may")] // other capitals
    [InlineData("alks stalled in May")] // cuts a word
    public void A_quote_the_locator_does_not_place_has_no_span(string quote)
        => Assert.Equal("null", Marked("Tariffs rose.\nTalks stalled in May.\n", quote));

    /// <summary>
    /// The rule in general: every sentence of an article, quoted as it is printed, spans exactly itself, whatever
    /// the typography of the sentences around it.
    /// </summary>
    [Fact]
    public void Every_sentence_quoted_as_printed_spans_exactly_itself()
    {
        string article = "\U0001F600 Headline \u2014 port news\n"
            + "He said \u201Cwe will  act\u201D today. The \uFB01nal offer stood. Both sides left.\n"
            + "Tariffs rose to 25 per cent. Shares  fell \U0001F600 sharply.\n"
            + "Plain words end here.\n";
        SourceDocument document = SourceDocument.Create("article.txt", article);
        Assert.Equal(7, document.Sentences.Count);
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            string sentence = document.Sentences[i];
            QuoteSpan? span = QuoteSpans.Find(document, sentence);
            Assert.NotNull(span);
            Assert.Equal((document.SentenceStarts[i], document.SentenceStarts[i] + sentence.Length), (span.Start, span.End));
            Assert.Equal((span.Start, span.End), (span.SentenceStart, span.SentenceEnd));
        }
    }
}
