namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// A number is as exact as its sentence and has the sign of its verb: a hedge before it ("roughly", "more than",
/// "up to") must be the value's qualifier (KG0082), a qualifier must be printed (KG0083), and a verb of fall makes
/// it negative, as only such a verb may (KG0081). The rows include the wordings the issue found stored wrongly.
/// </summary>
public class NumberWordingCheckTests
{
    private const string Article =
        "Figures show that trade fell 1.8 per cent in the three months through January.\n"
        + "Households in China save roughly two-fifths of their incomes.\n"
        + "Exports rose 4 per cent, imports dropped by almost 3 per cent and the surplus fell to 5 per cent.\n"
        + "The fund holds more than $100 billion, up to $20 billion of it in bonds and at least 2 million shares.\n"
        + "The deficit was $375 billion.\n";

    private const string Fall = "; a fall is a negative number, a rise or a level a positive one";
    private const string Exact = "' so that the number is not read as exact";

    [Theory]
    [InlineData("percentage", "{ percent: -1.8, printed: 1.8 per cent }", "Figures show that trade fell 1.8 per cent", "")]
    [InlineData("percentage", "{ percent: 1.8, printed: 1.8 per cent }", "Figures show that trade fell 1.8 per cent",
        "KG0081 at '1.8': The percent 1.8 disagrees with the quote: 'fell' before '1.8 per cent' reports a fall" + Fall)]
    [InlineData("percentage", "{ percent: 4, printed: 4 per cent }", "Exports rose 4 per cent, imports dropped", "")]
    [InlineData("percentage", "{ percent: -4, printed: 4 per cent }", "Exports rose 4 per cent, imports dropped",
        "KG0081 at '-4': The percent -4 disagrees with the quote: 'rose' before '4 per cent' reports a rise" + Fall)]
    [InlineData("percentage", "{ percent: 5, printed: 5 per cent }", "the surplus fell to 5 per cent", "")]
    [InlineData("money", "{ amount: -375000000000, currency: USD, printed: $375 billion }", "The deficit was $375 billion.",
        "KG0081 at '-375000000000': The amount -375000000000 disagrees with the quote: no word right before '$375 billion' reports a fall" + Fall)]
    public void A_value_has_the_sign_of_its_verb(string kind, string value, string quote, string expected)
        => Assert.Equal(expected, string.Join("|", CheckRun.Value(Article, kind, value, quote)));

    [Theory]
    [InlineData("percentage", "{ percent: 40, printed: two-fifths, qualifier: approximately }", "Households in China save roughly two-fifths of their incomes.", "")]
    [InlineData("percentage", "{ percent: 40, printed: two-fifths }", "Households in China save roughly two-fifths of their incomes.",
        "KG0082 at 'two-fifths': The quote says 'roughly' before 'two-fifths', but the value has no qualifier; write 'qualifier: approximately" + Exact)]
    [InlineData("percentage", "{ percent: 40, printed: roughly two-fifths, qualifier: approximately }", "Households in China save roughly two-fifths of their incomes.", "")]
    [InlineData("percentage", "{ percent: -3, printed: 3 per cent, qualifier: less-than }", "imports dropped by almost 3 per cent", "")]
    [InlineData("percentage", "{ percent: -3, printed: 3 per cent, qualifier: approximately }", "imports dropped by almost 3 per cent",
        "KG0082 at '3 per cent': The quote says 'almost' before '3 per cent', but the value has 'qualifier: approximately'; write 'qualifier: less-than" + Exact)]
    [InlineData("money", "{ amount: 100000000000, currency: USD, printed: $100 billion, qualifier: more-than }", "The fund holds more than $100 billion", "")]
    [InlineData("money", "{ amount: 100000000000, currency: USD, printed: $100 billion }", "The fund holds more than $100 billion",
        "KG0082 at '$100 billion': The quote says 'more than' before '$100 billion', but the value has no qualifier; write 'qualifier: more-than" + Exact)]
    [InlineData("money", "{ amount: 20000000000, currency: USD, printed: $20 billion }", "up to $20 billion of it in bonds",
        "KG0082 at '$20 billion': The quote says 'up to' before '$20 billion', but the value has no qualifier; write 'qualifier: at-most" + Exact)]
    [InlineData("quantity", "{ amount: 2000000, unit: share, printed: 2 million shares }", "at least 2 million shares",
        "KG0082 at '2 million shares': The quote says 'at least' before '2 million shares', but the value has no qualifier; write 'qualifier: at-least" + Exact)]
    [InlineData("money", "{ amount: 375000000000, currency: USD, printed: $375 billion, qualifier: approximately }", "The deficit was $375 billion.",
        "KG0083 at 'approximately': The value says 'qualifier: approximately', but no word of the quote qualifies '$375 billion'; remove the qualifier, or quote the words that qualify the number")]
    public void A_hedge_in_the_quote_is_the_values_qualifier(string kind, string value, string quote, string expected)
        => Assert.Equal(expected, string.Join("|", CheckRun.Value(Article, kind, value, quote)));

    [Theory]
    [InlineData("{ amount: 100000000000, currency: USD, printed: $100 billion, qualifier: between }", "KG0011 at 'between': The required field 'upper' is missing from a range ('qualifier: between'); add it")]
    [InlineData("{ amount: 100000000000, currency: USD, printed: $100 billion, upper: 200 }", "KG0012 at '200': The field 'upper' must be absent unless 'qualifier: between' makes the value a range")]
    [InlineData("{ amount: 100000000000, currency: USD, printed: $100 billion, qualifier: between, upper: 100 }", "KG0012 at '100': The field 'upper' must be a number above the low end of the range")]
    public void A_range_has_an_upper_end_above_its_low_one(string value, string expected)
        => Assert.Equal(expected, string.Join("|", CheckRun.Value(Article, "money", value, "The fund holds more than $100 billion")));
}
