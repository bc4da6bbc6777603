using KnowledgeGen.Support;

namespace KnowledgeGen.Tests;

/// <summary>
/// The support code every knowledge base nests in its class, tested as the C# files it is kept in
/// (src/KnowledgeGen/Emitting/Support, compiled into this project): values carry their units, arithmetic across
/// units throws, and a value the source did not print is written the way sources print one.
/// </summary>
public class SupportCodeTests
{
    [Theory]
    [InlineData(100_000_000_000, "USD", "$100 billion")]
    [InlineData(375_200_000_000, "USD", "$375.2 billion")]
    [InlineData(2_500_000, "AUD", "A$2.5 million")]
    [InlineData(1_500_000_000_000, "EUR", "\u20AC1.5 trillion")]
    [InlineData(12_345, "CNY", "12,345 CNY")]
    [InlineData(-50_000_000_000, "USD", "-$50 billion")]
    public void Money_not_printed_by_a_source_is_written_as_sources_print_it(decimal amount, string currency, string expected)
        => Assert.Equal(expected, new KnowledgeBase.Money(amount, currency).ToString());

    [Fact]
    public void Money_adds_subtracts_and_compares_within_one_currency()
    {
        var fifty = new KnowledgeBase.Money(50_000_000_000m, "USD");
        var two = new KnowledgeBase.Money(200_000_000_000m, "USD");

        Assert.Equal(new KnowledgeBase.Money(250_000_000_000m, "USD"), fifty + two);
        Assert.Equal("$150 billion", (two - fifty).ToString());
        Assert.Equal(4m, two / fifty);
        Assert.Equal("$25 billion", (fifty / 2).ToString());
        Assert.True(fifty < two);
        Assert.Equal(-1, fifty.CompareTo(two));
    }

    [Fact]
    public void Money_across_currencies_throws_naming_both()
    {
        var dollars = new KnowledgeBase.Money(100_000_000_000m, "USD");
        var australian = new KnowledgeBase.Money(132_000_000_000m, "AUD");

        InvalidOperationException added = Assert.Throws<InvalidOperationException>(() => dollars + australian);
        Assert.Equal("Cannot add $100 billion (USD) and A$132 billion (AUD): the currencies differ, and the knowledge base has no exchange rate.", added.Message);
        Assert.Throws<InvalidOperationException>(() => dollars < australian);
        Assert.Throws<InvalidOperationException>(() => dollars / australian);
        Assert.NotEqual(dollars, new KnowledgeBase.Money(100_000_000_000m, "AUD"));
    }

    [Fact]
    public void Quantities_keep_their_unit_and_refuse_to_mix_units()
    {
        var days = new KnowledgeBase.Quantity(2m, "day");

        Assert.Equal("5 day", (days + new KnowledgeBase.Quantity(3m, "day")).ToString());
        InvalidOperationException mixed = Assert.Throws<InvalidOperationException>(() => days + new KnowledgeBase.Quantity(1m, "year"));
        Assert.Contains("the units differ", mixed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentages_are_percent_and_fraction()
    {
        var fell = new KnowledgeBase.Percentage(1.8m);

        Assert.Equal(0.018m, fell.Fraction);
        Assert.Equal("1.8%", fell.ToString());
        Assert.True(fell.CompareTo(new KnowledgeBase.Percentage(25m)) < 0);
    }

    [Fact]
    public void An_empty_knowledge_base_has_empty_read_only_lists_and_finds_nothing()
    {
        Assert.Empty(KnowledgeBase.AllFacts);
        Assert.Empty(KnowledgeBase.FactsOf<KnowledgeBase.MoneyFact>());
        Assert.Null(KnowledgeBase.FindFact("anything"));
        Assert.Empty(KnowledgeBase.HoldingAt(new DateTime(2019, 1, 1)));
        Assert.False(KnowledgeBase.AllFacts is System.Collections.Generic.ICollection<KnowledgeBase.Fact>, "the list of facts offers no way to change it");
    }
}
