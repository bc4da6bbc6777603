using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The words refused as aliases (KG0073) are the words docs/fact-format.md lists for editors, no more and no
/// fewer, and an alias is refused as the page says: case ignored, a leading "the", "a" or "an" ignored.
/// </summary>
public class VagueNameTests
{
    private static IReadOnlyList<string> Documented()
    {
        string paragraph = DocumentedWordList.Paragraph("An alias must identify its entity on its own");
        int start = paragraph.IndexOf("ignored: ", StringComparison.Ordinal);
        int end = paragraph.IndexOf(". Where a sentence", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the paragraph no longer reads 'ignored: … . Where a sentence': " + paragraph);
        return DocumentedWordList.GroupedWords(paragraph.Substring(start, end - start));
    }

    [Fact]
    public void The_refused_words_are_the_documented_words()
    {
        IReadOnlyList<string> documented = Documented();
        var code = VagueNames.All.ToList();

        Assert.True(documented.Count > 60, documented.Count + " words read from the page");
        Assert.Empty(documented.Except(code, StringComparer.OrdinalIgnoreCase));
        Assert.Empty(code.Except(documented, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Each_documented_word_is_refused_alone_and_after_an_article()
    {
        foreach (string word in Documented())
        {
            Assert.True(VagueNames.IdentifiesNothing(word), word);
            Assert.True(VagueNames.IdentifiesNothing("The " + word), "The " + word);
            Assert.True(VagueNames.IdentifiesNothing("an " + word.ToUpperInvariant()), "an " + word.ToUpperInvariant());
        }
    }

    // Rows as an editor writes an entity's aliases; the expected text is the check's message, or "" where the alias is fine.
    [Theory]
    [InlineData("the official", "The alias 'the official' of 'lead' identifies no one on its own")]
    [InlineData("The Spokesman", "The alias 'The Spokesman' of 'lead' identifies no one on its own")]
    [InlineData("a senior official", "The alias 'a senior official' of 'lead' identifies no one on its own")]
    [InlineData("an analyst", "The alias 'an analyst' of 'lead' identifies no one on its own")]
    [InlineData("AN EXPERT", "The alias 'AN EXPERT' of 'lead' identifies no one on its own")]
    [InlineData("U.S. officials", "The alias 'U.S. officials' of 'lead' identifies no one on its own")]
    [InlineData("Chinese", "The alias 'Chinese' of 'lead' identifies no one on its own")]
    [InlineData("he", "The alias 'he' of 'lead' identifies no one on its own")]
    [InlineData("Director Park", "")]
    [InlineData("the official spokesman", "The alias 'the official spokesman' of 'lead' is no proper name (no word of it but a quantifier is capitalised), so it describes a kind of people or things rather than naming one")] // not on the list, but no proper name
    [InlineData("The A Team", "")] // only one leading article is dropped: "A Team" is a name, not "team"
    [InlineData("Theresa", "")] // "the" only as a word of its own
    [InlineData("Another official", "The alias 'Another official' of 'lead' is a description ('Another' and common nouns), which fits more than one group or body, so it does not name this one")] // "an" only as a word of its own, so not the listed word; a description all the same
    [InlineData("Frenchman", "")]
    public void An_alias_is_refused_only_where_it_is_a_listed_word(string alias, string message)
    {
        string facts = $$"""
            entities:
              - id: lead
                kind: person
                name: Lee Park
                aliases: ["{{alias}}"]

            """;
        var diagnostics = KnowledgeBaseChecker.Check([("/kb/people.yaml", facts)]).Diagnostics
            .Where(d => d.Descriptor.Id == "KG0073")
            .Select(d => d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        if (message.Length == 0)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.StartsWith(message + ";", Assert.Single(diagnostics), StringComparison.Ordinal);
        }
    }
}
