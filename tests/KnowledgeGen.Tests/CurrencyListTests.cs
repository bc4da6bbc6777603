using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests;

/// <summary>The ISO 4217 list kept in the repository parses, holds the codes the facts use, and rejects a broken line.</summary>
public class CurrencyListTests
{
    [Fact]
    public void The_embedded_list_parses_and_holds_the_common_codes()
    {
        Dictionary<string, string> codes = CurrencyCodes.Parse(CurrencyCodes.ReadResource());

        Assert.True(codes.Count > 150, codes.Count + " codes");
        Assert.Equal("United States dollar", codes["USD"]);
        Assert.All(new[] { "AUD", "CNY", "EUR", "GBP", "JPY" }, code => Assert.True(CurrencyCodes.IsKnown(code), code));
        Assert.False(CurrencyCodes.IsKnown("XYZ"));
    }

    [Theory]
    [InlineData("usd United States dollar", 2)]
    [InlineData("USDollar", 2)]
    [InlineData("US United States dollar", 2)]
    [InlineData("USD United States dollar\nUSD Again", 3)]
    public void A_broken_line_is_named(string text, int line)
    {
        FormatException e = Assert.Throws<FormatException>(() => CurrencyCodes.Parse("# comment\n" + text));

        Assert.Contains("line " + line + " ", e.Message, StringComparison.Ordinal);
    }
}
