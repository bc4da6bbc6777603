using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// What the quote locator reports at the edges of an article's paragraphs: a quote running from the very first
/// character or into the very last one of a paragraph, a paragraph without closing punctuation, the second
/// place of a quote in one paragraph, and the lines of a quote that runs across paragraphs.
/// </summary>
public class QuoteLocatorBoundaryTests
{
    /// <summary>What the locator found, in one line: the problem and what it says about it.</summary>
    private static string Locate(string article, string quote, int occurrence = 0)
    {
        QuoteResult found = QuoteLocator.Locate(SourceDocument.Create("/kb/article.txt", article), quote, occurrence);
        return found.Problem switch
        {
            QuoteProblem.None => "in \"" + found.Sentence + "\"" + (found.IsWholeSentence ? " (whole)" : ""),
            QuoteProblem.CutsWord => "cuts \"" + found.CutWord + "\"" + (found.CutAtStart ? " at its start" : " at its end"),
            QuoteProblem.SpansParagraphs => "spans lines " + found.FromLine + "-" + found.ToLine,
            QuoteProblem.Ambiguous or QuoteProblem.OccurrenceOutOfRange => found.Problem + ": " + string.Join(" | ", found.Places.Select(p => p.Line + " " + p.Sentence)),
            _ => found.Problem.ToString(),
        };
    }

    private const string Paragraphs = "Talks stalled. Both sides left.\nTariffs rose. Shares fell.\nA deal is near.\n";

    [Theory]
    [InlineData("Talks stalled. Both sides left. Tariffs", "spans lines 1-2")] // from the article's first character
    [InlineData("left. Tariffs rose. Shares fell.", "spans lines 1-2")] // into the last character of a middle paragraph
    [InlineData("left. Tariffs rose. Shares fell. A deal", "spans lines 1-3")]
    [InlineData("Tariffs rose. Shares fell. A deal", "spans lines 2-3")] // from the first character of a later paragraph
    [InlineData("fell. A", "spans lines 2-3")] // into the first character of a paragraph
    [InlineData("Shares fell. A deal is near.", "spans lines 2-3")]
    public void A_quote_across_paragraphs_names_the_lines_it_runs_from_and_into(string quote, string expected)
        => Assert.Equal(expected, Locate(Paragraphs, quote));

    private const string SharedWords = "The tariffs rose sharply today.\nThe subtariffs rose sharply today.\nExports of steel rose sharply today.\n";

    /// <summary>
    /// A quote is searched only in the paragraphs that hold its inner words; its first and last words may stand there
    /// inside longer ones, so the places that cut a word and every place of an ambiguous quote are still found.
    /// </summary>
    [Theory]
    [InlineData("tariffs rose sharply", "in \"The tariffs rose sharply today.\"")]
    [InlineData("ariffs rose sharply today", "cuts \"tariffs\" at its start")]
    [InlineData("The tariffs rose sharp", "cuts \"sharply\" at its end")]
    [InlineData("rose sharply today.", "Ambiguous: 1 The tariffs rose sharply today. | 2 The subtariffs rose sharply today. | 3 Exports of steel rose sharply today.")]
    [InlineData("of steel rose", "in \"Exports of steel rose sharply today.\"")]
    [InlineData("of iron rose sharply", "NotFound")]
    public void A_quote_is_found_through_its_inner_words_wherever_it_stands(string quote, string expected)
        => Assert.Equal(expected, Locate(SharedWords, quote));

    [Fact]
    public void Lines_count_the_blank_lines_between_paragraphs()
        => Assert.Equal("spans lines 1-4", Locate("Talks stalled.\n\n\nTariffs rose.\n", "stalled. Tariffs"));

    [Theory]
    // A headline without closing punctuation: the quote may run to its last letter, or cut its last word there.
    [InlineData("traffic grows", "in \"Port traffic grows\"")]
    [InlineData("Port traffic grows", "in \"Port traffic grows\" (whole)")]
    [InlineData("Port traffic grow", "cuts \"grows\" at its end")]
    [InlineData("ort traffic grows", "cuts \"Port\" at its start")]
    // Only the quote's own last character can cut a word: a quote ending in a full stop never does.
    [InlineData("rate was 2.", "in \"The rate was 2.5 per cent.\"")]
    [InlineData("cent.", "in \"The rate was 2.5 per cent.\"")]
    // A second place in the same paragraph is found too: after a place that cuts a word, and after a whole one.
    [InlineData("port", "in \"The Bigport opened, and the port closed.\"")]
    [InlineData("The", "Ambiguous: 2 The rate was 2.5 per cent. | 3 The Bigport opened, and the port closed. | 4 The talks resume.")]
    [InlineData("the", "Ambiguous: 3 The Bigport opened, and the port closed. | 4 Both sides left, and the talks ended.")]
    [InlineData("talks", "Ambiguous: 4 Both sides left, and the talks ended. | 4 The talks resume.")]
    public void A_place_at_a_paragraph_edge_or_second_in_its_paragraph_is_found(string quote, string expected)
        => Assert.Equal(expected, Locate(
            "Port traffic grows\nThe rate was 2.5 per cent.\nThe Bigport opened, and the port closed.\nBoth sides left, and the talks ended. The talks resume.\n",
            quote));

    [Fact]
    public void A_one_character_quote_at_a_paragraph_end_stops_the_search_there()
        => Assert.Equal("in \"Shares fell.\"", Locate("Tariffs rose\nShares fell.\n", "."));
}
