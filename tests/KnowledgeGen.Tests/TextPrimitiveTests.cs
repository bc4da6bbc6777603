using KnowledgeGen.Checking;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tests;

/// <summary>The normalisation, sentence splitting, number reading and word search the checks are built on.</summary>
public class TextPrimitiveTests
{
    [Theory]
    [InlineData("China’s “May 19” promise", "China's \"May 19\" promise")]
    [InlineData("power — particularly", "power - particularly")]
    [InlineData("  two\u00A0\u00A0spaces\n and\tlines ", "two spaces and lines")]
    [InlineData("bankroll\u2026", "bankroll...")]
    [InlineData("ﬁnal", "final")]
    public void Normalisation_folds_typography_and_whitespace(string text, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("qoute", "quote")]
    [InlineData("satement", "statement")]
    [InlineData("Statement", "statement")]
    [InlineData("citation", "citations")]
    [InlineData("supercedes", "supersedes")]
    [InlineData("colour", null)]
    [InlineData("ib", null)]
    [InlineData("sources", "source")]
    public void A_misspelt_field_gets_the_field_it_was_meant_to_be(string word, string? expected)
        => Assert.Equal(expected, Spelling.Closest(word, ["id", "kind", "statement", "about", "value", "supersedes", "citations", "source", "quote"]));

    [Fact]
    public void Normalisation_survives_unpaired_surrogates()
        => Assert.Equal("a\uFFFDb", TextNormalizer.Normalize("a\uD800b"));

    [Fact]
    public void Sentences_end_at_stops_but_not_at_initials()
    {
        List<List<string>> paragraphs = SentenceSplitter.Split(
            "U.S. Treasury Secretary Steven Mnuchin said the dispute was “on hold.” But the truce appeared to end.\nMr. Li spoke. Then 2019 came.");

        Assert.Equal(
            ["U.S. Treasury Secretary Steven Mnuchin said the dispute was “on hold.”", "But the truce appeared to end."],
            paragraphs[0]);
        Assert.Equal(["Mr. Li spoke.", "Then 2019 came."], paragraphs[1]);
    }

    [Theory]
    [InlineData("$375.2 billion", "375200000000")]
    [InlineData("$US50 billion", "50000000000")]
    [InlineData("1.8 per cent", "1.8")]
    [InlineData("1,250 tonnes", "1250")]
    [InlineData("two days", "2")]
    [InlineData("a half-dozen", "6")]
    [InlineData("two dozen", "24")]
    [InlineData("two-fifths", "0.4")]
    [InlineData("twenty-five", "25")]
    public void Printed_numbers_are_read(string printed, string expected)
        => Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PrintedNumber.Read(printed));

    [Fact]
    public void A_phrase_without_a_number_reads_as_none()
        => Assert.Null(PrintedNumber.Read("hundreds of billions"));

    [Theory]
    [InlineData("$US375.2 billion", "USD", true)]
    [InlineData("$A495.6 billion", "AUD", true)]
    [InlineData("$A495.6 billion", "USD", false)]
    [InlineData("$50 billion", "AUD", true)]
    [InlineData("€3 million", "USD", false)]
    public void Currency_symbols_name_their_currencies(string printed, string currency, bool matches)
        => Assert.Equal(matches, PrintedNumber.CurrencyMatcher(printed)!(currency));

    [Theory]
    [InlineData("because the US said", "US", true)]
    [InlineData("because they said", "US", false)]
    [InlineData("a record $12.5 million", "2.5 million", false)]
    [InlineData("a record $375.2 billion last year", "$375.2 billion", true)]
    [InlineData("MR LIGHTHIZER said", "Mr Lighthizer", true)]
    public void Words_are_found_only_whole(string haystack, string needle, bool found)
        => Assert.Equal(found, TextSearch.ContainsWords(haystack, needle));
}
