using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Tests.Infrastructure;

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

    private static readonly CatalogEntity[] Names =
    [
        new("united-states", EntityKind.Country, "United States", new[] { "US", "U.S." }.ToEquatableArray()),
        new("china", EntityKind.Country, "China", EquatableArray<string>.Empty),
        new("beijing", EntityKind.Place, "Beijing", EquatableArray<string>.Empty),
    ];

    [Theory]
    [InlineData("US negotiators", "US")]
    [InlineData("high-level US economic delegation", "US")]
    [InlineData("Beijing officials", "Beijing")]
    [InlineData("China\u2019s leaders", "China\u2019s")]
    [InlineData("Chinese authorities", "Chinese")]
    [InlineData("Seminar participants", "Seminar")]
    [InlineData("US Trade Representative", null)]
    [InlineData("White House", null)]
    [InlineData("Mr Liu", null)]
    [InlineData("Foreign Ministry", null)]
    [InlineData("2025 plan", null)]
    [InlineData("Treasury", null)]
    public void A_name_of_another_entity_before_common_nouns_describes(string alias, string? modifier)
        => Assert.Equal(modifier, AliasChecker.DescribingName(alias, "owner", Names));

    [Fact]
    public void A_descriptive_alias_with_a_country_in_it_is_reported()
    {
        string facts = "  - id: the-fact\n    kind: claim\n    statement: Lee Park spoke.\n    about: [lee-park]\n    citations:\n      - source: article\n        quote: Director Lee Park said the port would grow.\n";
        IReadOnlyList<string> reported = CheckRun.Facts(ValueCheckTests.Article, facts, "  - id: us\n    kind: country\n    name: United States\n    aliases: [US]\n  - id: team\n    kind: group\n    name: US team at the port\n    aliases: [US negotiators]\n", completeness: true);

        Assert.Contains("KG0073 at 'team': The alias 'US negotiators' of 'team' is a description ('US' and common nouns), which fits more than one group or body, so it does not name this one; remove it, and where a sentence names the entity only so, write 'mention:' on that citation", reported);
    }

    /// <summary>The repository's own entities: every alias a name of one entity, and no place sharing one with a country.</summary>
    [Fact]
    public void Every_alias_of_the_knowledge_base_names_one_entity()
    {
        CheckedKnowledgeBase knowledgeBase = KnowledgeBaseChecker.Check(
            Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Facts, "entities"), "*.yaml")
                .Select(path => (Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllText(path))));
        CatalogEntity[] entities = knowledgeBase.Files.SelectMany(f => f.File.Entities).Select(e => new CatalogEntity(e.Id, e.Kind, e.Name, e.Aliases)).ToArray();
        Assert.NotEmpty(entities);

        string[] descriptive = entities.SelectMany(e => e.Aliases.Where(a => !AliasChecker.IsProperName(a) || AliasChecker.DescribingName(a, e.Id, entities) is not null).Select(a => e.Id + ": " + a)).ToArray();
        Assert.Empty(descriptive);

        string[] shared = entities.Where(e => e.Kind == EntityKind.Place)
            .SelectMany(place => entities.Where(c => c.Kind == EntityKind.Country)
                .SelectMany(country => new[] { country.Name }.Concat(country.Aliases).Intersect(new[] { place.Name }.Concat(place.Aliases), StringComparer.OrdinalIgnoreCase)
                    .Select(name => place.Id + " and " + country.Id + ": " + name)))
            .ToArray();
        Assert.Empty(shared);
        Assert.DoesNotContain(knowledgeBase.Diagnostics, d => d.Descriptor.Id == "KG0073");
    }
}
