using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests;

/// <summary>
/// The checker's match of a quote is pinned to the exact characters of the source that it matched, also where the
/// source's typography differs from the quote (curly quotes, dashes, doubled spaces) or a code point outside the
/// Basic Multilingual Plane comes first.
/// </summary>
public class QuotePositionTests
{
    [Theory]
    [InlineData("First line.\nThe port handled 2.5 million containers.\n", "handled 2.5 million", "handled 2.5 million")]
    [InlineData("He said \u201Cwe will\u00A0 not  yield\u201D \u2014 then left.\n", "\"we will not yield\" - then", "\u201Cwe will\u00A0 not  yield\u201D \u2014 then")]
    [InlineData("\U0001F600 Opening. The \uFB01nal offer stood.\n", "final offer", "\uFB01nal offer")]
    [InlineData("Talks ended. Both sides left Beijing.\n", "ended. Both sides", "ended. Both sides")]
    [InlineData("Title\nHe said \u201Chi\u201D  there. The port  handled 2.5 million boxes.\n", "port handled 2.5", "port  handled 2.5")]
    public void The_match_spans_exactly_the_printed_characters(string text, string quote, string printed)
    {
        SourceDocument document = SourceDocument.Create("a.txt", text);

        QuoteSpan? match = QuoteSpans.Find(document, quote);

        Assert.NotNull(match);
        Assert.Equal(printed, text.Substring(match.Start, match.End - match.Start));
    }

    [Fact]
    public void Export_gives_each_quote_in_code_points_lines_and_columns()
    {
        var positions = new KnowledgeGen.Tool.TextPositions("\U0001F600 a\r\nb\u00E9 \U0001F600 c\n");

        Assert.Equal((0, 1, 1), positions.Of(0));
        Assert.Equal((2, 1, 3), positions.Of(3)); // after the surrogate pair and the space
        Assert.Equal((5, 2, 1), positions.Of(6)); // "b", after CR LF counted as one line break
        Assert.Equal((9, 2, 5), positions.Of(11)); // "c", after a second pair
    }
}
