using CsCheck;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The normalised length of every prefix, computed in one pass (what places a quote back on the printed text),
/// against normalising each prefix on its own.
/// </summary>
public class NormalizedPrefixTests
{
    // Characters that compose, decompose, expand, vanish or space: combining marks after ASCII and non-ASCII
    // letters, Hangul jamo that compose into syllables, compatibility forms, spaces of every kind, surrogates.
    private const string Tricky = "ae \t\u00A0\u200B\uFEFF\u00AD\u2019\u201C\u2014\u0301\u0308\u0327\u00C5\u212B\uFB01\u2026\u2460\u338F\u1100\u1161\u11A8\uAC00\uD83D\uDE00";

    [Fact]
    public void Each_prefix_length_is_the_length_of_that_prefix_normalised()
        => Gen.String[Gen.Char[Tricky], 0, 24].Sample(text =>
        {
            int[] ends = CodePointEnds(text);
            int[] lengths = TextNormalizer.PrefixLengths(text, ends);
            return lengths.Select((length, i) => length == TextNormalizer.Normalize(text.Substring(0, ends[i])).Length).All(same => same);
        });

    [Theory]
    [InlineData("e\u0301 x", new[] { 1, 1, 1, 3 })]
    [InlineData("  a", new[] { 0, 0, 1 })]
    [InlineData("a\u00AD b", new[] { 1, 1, 1, 3 })]
    [InlineData("\uFB01 \u2026", new[] { 2, 2, 6 })]
    [InlineData("\u1100\u1161\u11A8.", new[] { 1, 1, 1, 2 })]
    public void Prefix_lengths_read_like_the_normaliser(string text, int[] expected)
        => Assert.Equal(expected, TextNormalizer.PrefixLengths(text, CodePointEnds(text)));

    [Theory]
    [InlineData("")]
    [InlineData("Plain words, one space apart.")]
    [InlineData("~!@#$%^&*()_+{}|:<>?`-=[];',./")]
    public void Plain_spaced_ASCII_is_already_normal(string text)
        => Assert.Same(text, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData(" lead", "lead")]
    [InlineData("trail ", "trail")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("tab\there", "tab here")]
    [InlineData("bell\u0007", "bell\u0007")]
    [InlineData("del\u007F", "del\u007F")]
    public void ASCII_that_is_not_plain_and_spaced_is_still_normalised(string text, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(text));

    private static int[] CodePointEnds(string text)
    {
        var ends = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            ends.Add(i + 1);
        }

        return ends.ToArray();
    }
}
