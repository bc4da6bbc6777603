namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// A date is no more precise than its words (KG0085): "at the weekend" is two days and "this week" seven, so no
/// inference makes either one day, as the Michigan rally's date once was.
/// </summary>
public class DatePrecisionTests
{
    private const string Article = "Director Lee Park spoke at the weekend in March 2019, and again this week, on March 14, 2019.\n";

    private const string Span = "which spans more than one day; give the month or year the words and the publication date allow, and the span as the fact's 'holds:' period";

    [Theory]
    [InlineData("{ date: 2019-03-09, printed: at the weekend in March 2019, inferred: { words: [at the weekend], reason: The article's weekend. } }",
        "KG0085 at '2019-03-09': The date 2019-03-09 is a day, but its printed words 'at the weekend in March 2019' say 'weekend', " + Span)]
    [InlineData("{ date: 2019-03, printed: at the weekend in March 2019 }", "")]
    [InlineData("{ date: 2019-03-14, printed: 'this week, on March 14, 2019' }", "")]
    [InlineData("{ date: 2019-03-12, printed: this week, inferred: { words: [this week], reason: The week of the article. } }",
        "KG0085 at '2019-03-12': The date 2019-03-12 is a day, but its printed words 'this week' say 'week', " + Span)]
    public void A_day_needs_words_that_print_one(string value, string expected)
        => Assert.Equal(expected, string.Join("|", CheckRun.Value(Article, "date", value, Article.TrimEnd('\n'))));
}
