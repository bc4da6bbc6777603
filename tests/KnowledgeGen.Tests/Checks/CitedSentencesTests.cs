using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The sentence numbers of a located citation, which the mention and accounting checks work with: a citation of
/// one sentence, of several in one paragraph, never of sentences across a paragraph break or of words the
/// article does not print.
/// </summary>
public class CitedSentencesTests
{
    /// <summary>Sentences 0 and 1 (paragraph 0), 2, 3 and 4 (paragraph 1), 5 (paragraph 2).</summary>
    private static readonly SourceDocument Document = SourceDocument.Create(
        "/kb/article.txt",
        "Talks stalled. Both sides left.\nTariffs rose. Shares rose. Exports \u201Cfell\u201D.\nA deal is near.\n");

    [Theory]
    [InlineData("Talks stalled.", "0-0 in 0-2")]
    [InlineData("Both sides left.", "1-1 in 0-2")]
    [InlineData("Talks stalled. Both sides left.", "0-1 in 0-2")]
    [InlineData("Tariffs rose. Shares rose.", "2-3 in 2-5")]
    [InlineData("Shares rose. Exports \u201Cfell\u201D.", "3-4 in 2-5")]
    [InlineData("Tariffs rose. Shares rose. Exports \u201Cfell\u201D.", "2-4 in 2-5")]
    [InlineData("A deal is near.", "5-5 in 5-6")]
    [InlineData("Tariffs rose. Shares fell.", "none")] // as long as two sentences that are there, but not theirs
    [InlineData("Both sides left. Tariffs rose.", "none")] // across a paragraph break
    [InlineData("Exports \u201Cfell\u201D. A deal is near.", "none")]
    [InlineData("Both sides", "none")] // a part of a sentence is not what the locator returns
    [InlineData("Talks stalled. Both", "none")]
    [InlineData("Shares rose. Exports \u201Cfell\u201D. A deal is near. More.", "none")]
    [InlineData("Nothing like it.", "none")]
    public void A_located_citation_names_its_sentences_and_their_paragraph(string located, string expected)
        => Assert.Equal(expected, CitedSentences.Find(Document, located) is { } range
            ? $"{range.First}-{range.Last} in {range.ParagraphFirst}-{range.ParagraphEnd}"
            : "none");

    [Theory]
    [InlineData("Talks stalled.", "0-0 in 0-1")] // the first of two equal sentences
    [InlineData("Talks stalled. Both sides left.", "1-2 in 1-4")] // not the first, which ends its paragraph
    [InlineData("Both sides left. Talks stalled.", "2-3 in 1-4")]
    [InlineData("Talks stalled. Talks", "none")]
    public void A_sentence_the_article_prints_twice_is_found_where_the_located_text_stands(string located, string expected)
    {
        SourceDocument repeated = SourceDocument.Create("/kb/repeated.txt", "Talks stalled.\nTalks stalled. Both sides left. Talks stalled.\n");
        Assert.Equal(expected, CitedSentences.Find(repeated, located) is { } range
            ? $"{range.First}-{range.Last} in {range.ParagraphFirst}-{range.ParagraphEnd}"
            : "none");
    }

    [Fact]
    public void A_citation_that_was_not_located_has_no_sentences()
        => Assert.Null(CitedSentences.Find(Document, null));

    [Theory]
    [InlineData(0, 0, 2)]
    [InlineData(1, 0, 2)]
    [InlineData(2, 2, 5)]
    [InlineData(4, 2, 5)]
    [InlineData(5, 5, 6)]
    public void Each_sentence_belongs_to_its_paragraph(int sentence, int first, int end)
        => Assert.Equal((first, end), CitedSentences.Paragraph(Document, sentence));

    [Theory]
    [InlineData(3, 4, "Shares rose. Exports \"fell\".")]
    [InlineData(2, 2, "Tariffs rose.")]
    [InlineData(1, 2, "Both sides left. Tariffs rose.")]
    [InlineData(3, 2, "")]
    public void The_normalised_text_of_sentences_is_joined_by_spaces(int from, int to, string expected)
        => Assert.Equal(expected, CitedSentences.NormalizedText(Document, from, to));

    [Theory]
    [InlineData("Lee\u00A0 Park", "Lee Park")]
    [InlineData("\u201CPort\u201D", "\"Port\"")]
    [InlineData("Port \uFFFF", "Port \uFFFF")] // a noncharacter Unicode cannot normalise: kept as written, so found nowhere
    public void A_searched_name_is_normalised_as_the_sentences_are(string text, string expected)
        => Assert.Equal(expected, CitedSentences.Searchable(text));
}
