using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The ISO 4217 list kept in the repository (Iso4217.txt, one "CODE Name" a line) parses, holds the codes the
/// facts use, rejects a broken line by its number, and is what a fact's <c>currency:</c> is checked against (KG0017).
/// </summary>
public class CurrencyCodeTests
{
    [Fact]
    public void The_embedded_list_parses_and_holds_the_common_codes()
    {
        Dictionary<string, string> codes = CurrencyCodes.Parse(CurrencyCodes.ReadResource());

        Assert.True(codes.Count > 150, codes.Count + " codes");
        Assert.Equal("United States dollar", codes["USD"]);
        Assert.Equal(codes, CurrencyCodes.All);
        Assert.All(new[] { "AUD", "CNY", "EUR", "GBP", "JPY" }, code => Assert.True(CurrencyCodes.IsKnown(code), code));
        Assert.False(CurrencyCodes.IsKnown("XYZ"));
        Assert.False(CurrencyCodes.IsKnown("usd"));
    }

    // Lists as the file could be written: comments, blank lines, Windows line ends, spaces after the name.
    [Theory]
    [InlineData("USD United States dollar", "USD=United States dollar")]
    [InlineData("# ISO 4217\nUSD United States dollar\n\nEUR Euro\n", "USD=United States dollar, EUR=Euro")]
    [InlineData("# ISO 4217\r\nUSD United States dollar\r\nEUR Euro\r\n", "USD=United States dollar, EUR=Euro")]
    [InlineData("AUD   Australian dollar  ", "AUD=Australian dollar")]
    [InlineData("ZAR R", "ZAR=R")]
    [InlineData("#USD United States dollar", "")]
    [InlineData("", "")]
    public void A_well_formed_list_reads_as_code_and_name(string text, string expected)
        => Assert.Equal(expected, string.Join(", ", CurrencyCodes.Parse(text).Select(c => c.Key + "=" + c.Value)));

    [Theory]
    [InlineData("usd United States dollar", 2)]
    [InlineData("uSD United States dollar", 2)]
    [InlineData("UsD United States dollar", 2)]
    [InlineData("USd United States dollar", 2)]
    [InlineData("U$D United States dollar", 2)]
    [InlineData("[SD United States dollar", 2)]
    [InlineData("@SD United States dollar", 2)]
    [InlineData("USDollar", 2)]
    [InlineData("US United States dollar", 2)]
    [InlineData("USD", 2)]
    [InlineData("USD ", 2)]
    [InlineData("USD    ", 2)]
    [InlineData(" USD United States dollar", 2)]
    [InlineData("EUR Euro\n\nUSD United States dollar\nUSD Again", 5)]
    [InlineData("EUR Euro\r\nUSD-United States dollar", 3)]
    public void A_broken_line_is_named(string text, int line)
    {
        FormatException e = Assert.Throws<FormatException>(() => CurrencyCodes.Parse("# comment\n" + text));

        Assert.Equal("Iso4217.txt line " + line + " is not 'CODE Name' with a new three-capital-letter code: " + text.Replace("\r", "").Split('\n')[line - 2], e.Message);
    }

    // A fact's currency, as an editor writes it: a code of the list passes, anything else is named.
    [Theory]
    [InlineData("USD", "")]
    [InlineData("AUD", "")]
    [InlineData("XYZ", "KG0017 at 'XYZ': 'XYZ' is not an ISO 4217 currency code")]
    [InlineData("usd", "KG0017 at 'usd': 'usd' is not an ISO 4217 currency code")]
    public void A_facts_currency_is_checked_against_the_list(string currency, string expected)
    {
        const string article = "Ships paid $50 billion.";
        string found = string.Join("\n", CheckRun.Value(article, "money", $"{{ amount: 50000000000, currency: {currency} }}", "Ships paid $50 billion.")
            .Where(d => d.StartsWith("KG0017", StringComparison.Ordinal)));

        if (expected.Length == 0)
        {
            Assert.Equal("", found);
        }
        else
        {
            Assert.StartsWith(expected, found, StringComparison.Ordinal);
        }
    }
}
