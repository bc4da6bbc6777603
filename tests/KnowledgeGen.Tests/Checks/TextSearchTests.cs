using CsCheck;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>Whole-word search: a value's words are found only where they stand as words of the quote.</summary>
public class TextSearchTests
{
    [Theory]
    [InlineData("because the US said", "US", true)]
    [InlineData("the USA said", "US", false)]
    [InlineData("the AUS said", "US", false)]
    [InlineData("US", "US", true)]
    [InlineData("US", "us", true)]
    [InlineData("US said", "US", true)]
    [InlineData("said US", "US", true)]
    [InlineData("said: US.", "US", true)]
    [InlineData("a-US-b", "US", true)]
    [InlineData("USUS US", "US", true)]
    [InlineData("after $125 million", "$12", false)]
    [InlineData("after $125 million and $12 more", "$12", true)]
    [InlineData("a$12 b", "$12", true)]
    [InlineData("x $12, y", "$12,", true)]
    [InlineData("x $12,y", "$12,", true)]
    [InlineData("a record $12.5 million", "2.5 million", false)]
    [InlineData("a record $12.5 million", "$12.5 million", true)]
    [InlineData("112.5%", "2.5%", false)]
    [InlineData("up 2.5% today", "2.5%", true)]
    [InlineData("ab", "abc", false)]
    [InlineData("abc", "", false)]
    [InlineData("", "", false)]
    [InlineData("", "a", false)]
    public void Words_are_found_only_whole(string haystack, string needle, bool found)
        => Assert.Equal(found, TextSearch.ContainsWords(haystack, needle));

    [Fact]
    public void A_word_between_spaces_is_always_found()
        => Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 0, 8], Gen.String[Gen.Char.AlphaNumeric, 1, 8], Gen.String[Gen.Char.AlphaNumeric, 0, 8])
            .Sample((before, word, after) => TextSearch.ContainsWords(before + " " + word + " " + after, word));

    [Fact]
    public void A_word_glued_to_letters_or_digits_is_not_found()
        => Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 8], Gen.String[Gen.Char.AlphaNumeric, 1, 8])
            .Sample((word, glue) => !TextSearch.ContainsWords(glue + word, word) && !TextSearch.ContainsWords(word + glue, word));

    [Fact]
    public void Found_words_are_in_the_text()
        => Gen.Select(Gen.String[Gen.Char["ab $1."], 0, 12], Gen.String[Gen.Char["ab $1."], 0, 4])
            .Sample((haystack, needle) => !TextSearch.ContainsWords(haystack, needle) || haystack.Contains(needle, StringComparison.OrdinalIgnoreCase));
}
