using CsCheck;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>The normalisation quotes and sources are compared under, character by character.</summary>
public class TextNormalizerTests
{
    [Theory]
    [InlineData("co\u00ADoperate", "cooperate")]
    [InlineData("\u00ADa", "a")]
    [InlineData("a\u200Bb", "a b")]
    [InlineData("a\uFEFFb", "a b")]
    [InlineData("\u200Bx", "x")]
    [InlineData("x\u200B", "x")]
    [InlineData("\u200B", "")]
    [InlineData(" x", "x")]
    [InlineData("x ", "x")]
    [InlineData("a \u200B\u00A0 b", "a b")]
    [InlineData("a\u00AD b", "a b")]
    [InlineData("\u2018a\u2019 \u201Ab\u201B c\u2032", "'a' 'b' c'")]
    [InlineData("\u201Ca\u201D \u201Eb\u201F", "\"a\" \"b\"")]
    [InlineData("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h", "a-b-c-d-e-f-g-h")]
    [InlineData("plain 'ASCII' - \"text\"", "plain 'ASCII' - \"text\"")]
    public void Characters_fold_to_what_a_keyboard_types(string text, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Unpaired_surrogates_become_replacement_characters_and_pairs_stay()
    {
        // Rows in code, not attributes: an attribute's strings are stored as UTF-8 and lose lone surrogates.
        (string Text, string Expected)[] rows =
        [
            ("a\uD800b", "a\uFFFDb"),
            ("\uDC00", "\uFFFD"),
            ("\uDC00b", "\uFFFDb"),
            ("ab\uD800", "ab\uFFFD"),
            ("abc\uDC00", "abc\uFFFD"),
            ("a\uD83D\uDE00b", "a\uD83D\uDE00b"),
            ("\uD83D\uDE00", "\uD83D\uDE00"),
            ("x\uDE00\uD83D", "x\uFFFD\uFFFD"),
            ("\uD83D\uD83D\uDE00", "\uFFFD\uD83D\uDE00"),
            ("\uD83D\uDE00\uDE00", "\uD83D\uDE00\uFFFD"),
        ];
        Assert.All(rows, row => Assert.Equal(row.Expected, TextNormalizer.Normalize(row.Text)));
    }

    [Fact]
    public void Normalised_text_is_trimmed_single_spaced_and_stable()
        => Gen.String[Gen.Char["ab \t\n\u00A0\u200B\uFEFF\u00AD\u2019\u201C\uD800\uDC00"], 0, 20]
            .Sample(text =>
            {
                string normalized = TextNormalizer.Normalize(text);
                return normalized == normalized.Trim()
                    && !normalized.Contains("  ", StringComparison.Ordinal)
                    && !normalized.Any(c => c != ' ' && char.IsWhiteSpace(c))
                    && !normalized.Contains('\u00AD')
                    && TextNormalizer.Normalize(normalized) == normalized;
            });
}
