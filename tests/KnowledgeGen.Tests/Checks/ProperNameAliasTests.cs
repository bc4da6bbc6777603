using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// An alias names one entity: a phrase with no capitalised word but a leading quantifier describes a kind of
/// people or things ("Many economists", "trade lawyers", "allies") and is refused (KG0073), as the aliases the
/// issue found passing were.
/// </summary>
public class ProperNameAliasTests
{
    [Theory]
    [InlineData("Many economists", false)]
    [InlineData("trade lawyers", false)]
    [InlineData("allies", false)]
    [InlineData("lawmakers on both sides of the aisle", false)]
    [InlineData("The state-owned media", false)]
    [InlineData("Some 2025 plan", true)]
    [InlineData("the White House", true)]
    [InlineData("Treasury", true)]
    [InlineData("rubber-stamp parliament", false)]
    public void Only_a_proper_name_identifies(string alias, bool proper)
        => Assert.Equal(proper, AliasChecker.IsProperName(alias));

    [Fact]
    public void A_descriptive_alias_is_reported_at_its_entity()
    {
        string facts = "  - id: the-fact\n    kind: claim\n    statement: Lee Park spoke.\n    about: [lee-park]\n    citations:\n      - source: article\n        quote: Director Lee Park said the port would grow.\n";
        IReadOnlyList<string> reported = CheckRun.Facts(ValueCheckTests.Article, facts, "  - id: economists\n    kind: group\n    name: Economists of the port\n    aliases: [Many economists]\n", completeness: true);

        Assert.Contains("KG0073 at 'economists': The alias 'Many economists' of 'economists' is no proper name (no word of it but a quantifier is capitalised), so it describes a kind of people or things rather than naming one; remove it, and where a sentence names the entity only so, write 'mention:' on that citation", reported);
    }
}
