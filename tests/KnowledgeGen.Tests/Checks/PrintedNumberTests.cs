using System.Globalization;
using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>How a printed phrase reads as a number and which currencies its symbol allows, word by word.</summary>
public class PrintedNumberTests
{
    [Theory]
    [InlineData("$375.2 billion", "375200000000")]
    [InlineData("5 thousand", "5000")]
    [InlineData("5 Million", "5000000")]
    [InlineData("2 trillion", "2000000000000")]
    [InlineData("8 bn", "8000000000")]
    [InlineData("8bn yuan", "8000000000")]
    [InlineData("8 BN", "8000000000")]
    [InlineData("7 billionaires", "7")]
    [InlineData("1,250,000 tonnes", "1250000")]
    [InlineData("1,250.75 tonnes", "1250.75")]
    [InlineData("12,50", "12")]
    [InlineData("$12.5\u00A0million", "12500000")]
    [InlineData("3 of the 4", "3")]
    [InlineData("three of the four", "3")]
    [InlineData("the two sides", "2")]
    [InlineData("twenty-five", "25")]
    [InlineData("Twenty Five", "25")]
    [InlineData("two dozen", "24")]
    [InlineData("a half-dozen", "6")]
    [InlineData("half", "0.5")]
    [InlineData("dozen", "12")]
    [InlineData("a million", "1000000")]
    [InlineData("two hundred thousand", "200000")]
    [InlineData("two-fifths", "0.4")]
    [InlineData("three quarters", "0.75")]
    [InlineData("a quarter", "0.25")]
    [InlineData("three halves", "1.5")]
    [InlineData("two thirds", "0.6666666666666666666666666667")]
    [InlineData("one third", "0.3333333333333333333333333333")]
    [InlineData("five sixths", "0.8333333333333333333333333333")]
    [InlineData("a sixth", "0.1666666666666666666666666667")]
    [InlineData("nine tenths", "0.9")]
    [InlineData("a tenth", "0.1")]
    [InlineData("a fifth", "0.2")]
    [InlineData("three quarter", "0.75")]
    [InlineData("half a dozen", "6")] // the article between two number words adds nothing
    [InlineData("an eighth", "0.125")]
    [InlineData("three eighths", "0.375")]
    [InlineData("a seventh", "0.1428571428571428571428571429")]
    [InlineData("two sevenths", "0.2857142857142857142857142857")]
    [InlineData("four ninths", "0.4444444444444444444444444444")]
    [InlineData("a ninth", "0.1111111111111111111111111111")]
    public void Printed_numbers_read_as(string printed, string expected)
        => Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), PrintedNumber.Read(printed));

    // A percentage is its number where a per-cent sign or word is printed, in any capitals; otherwise a share.
    [Theory]
    [InlineData("50 per cent", "50")]
    [InlineData("50 Per Cent", "50")]
    [InlineData("12 PERCENT", "12")]
    [InlineData("2 Percentage Points", "2")]
    [InlineData("7.5%", "7.5")]
    [InlineData("two-fifths", "40")]
    [InlineData("Half", "50")]
    public void Percentages_read_as(string printed, string expected)
        => Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), PrintedNumber.ReadPercent(printed)?.Value);

    // How a message shows a reading: exact numbers in full, others to three decimals with an ellipsis.
    [Theory]
    [InlineData("two million", "2000000")]
    [InlineData("1.25", "1.25")]
    [InlineData("one third", "0.333\u2026")]
    [InlineData("two thirds", "0.667\u2026")]
    public void A_reading_shows_as(string printed, string expected)
        => Assert.Equal(expected, PrintedNumber.ReadAmount(printed)?.ToString());

    [Theory]
    [InlineData("hundreds of billions")]
    [InlineData("fifths")]
    [InlineData("")]
    [InlineData("many")]
    public void Phrases_without_a_number_read_as_none(string printed)
        => Assert.Null(PrintedNumber.Read(printed));

    public static TheoryData<string, int> NumberWords()
    {
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var rows = new TheoryData<string, int> { { "a", 1 }, { "an", 1 } };
        for (int i = 0; i < units.Length; i++)
        {
            rows.Add(units[i], i + 1);
        }

        for (int i = 0; i < tens.Length; i++)
        {
            rows.Add(tens[i], (i + 2) * 10);
            rows.Add(tens[i] + "-seven", ((i + 2) * 10) + 7);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(NumberWords))]
    public void Every_number_word_reads_as_its_number(string word, int number)
    {
        Assert.Equal(number, PrintedNumber.Read(word + " ships"));
        Assert.Equal(number * 100, PrintedNumber.Read(word + " hundred ships"));
    }

    [Theory]
    [InlineData("$12.5 million", "USD", true)]
    [InlineData("$12.5 million", "AUD", true)]
    [InlineData("$12.5 million", "HKD", true)]
    [InlineData("$12.5 million", "EUR", false)]
    [InlineData("US$50 billion", "USD", true)]
    [InlineData("US$50 billion", "AUD", false)]
    [InlineData("$US50 billion", "USD", true)]
    [InlineData("$US50 billion", "AUD", false)]
    [InlineData("A$3 billion", "AUD", true)]
    [InlineData("A$3 billion", "USD", false)]
    [InlineData("$A3 billion", "AUD", true)]
    [InlineData("$A3 billion", "USD", false)]
    [InlineData("C$2 billion", "CAD", true)]
    [InlineData("C$2 billion", "USD", false)]
    [InlineData("$C2 billion", "CAD", true)]
    [InlineData("$C2 billion", "USD", false)]
    [InlineData("€6 million", "EUR", true)]
    [InlineData("€6 million", "USD", false)]
    [InlineData("£4 million", "GBP", true)]
    [InlineData("£4 million", "USD", false)]
    [InlineData("¥5 trillion", "CNY", true)]
    [InlineData("¥5 trillion", "JPY", true)]
    [InlineData("¥5 trillion", "USD", false)]
    [InlineData(" US$50 billion", "AUD", false)]
    public void Currency_symbols_allow_their_currencies(string printed, string currency, bool allowed)
    {
        Func<string, bool>? matcher = PrintedNumber.CurrencyMatcher(printed);
        Assert.NotNull(matcher);
        Assert.Equal(allowed, matcher(currency));
    }

    [Theory]
    [InlineData("7 million yuan")]
    [InlineData("about $5 million")]
    [InlineData("")]
    public void A_phrase_not_starting_with_a_symbol_leaves_the_currency_unchecked(string printed)
        => Assert.Null(PrintedNumber.CurrencyMatcher(printed));
}
