namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// Every value check, per kind and per field, with a row that passes and a row that fails at its boundary.
/// Each row is one fact as an editor writes it: kind, value, quote(s) (" | " between several), and the
/// diagnostics the build must give ("" for none).
/// </summary>
public class ValueCheckTests
{
    public const string Article =
        "Exports reached $12.5 million in 2019, after $125 million in 2018.\n"
        + "Analysts see US$50 billion, or $US50 billion, beside A$3 billion, $A3 billion, C$2 billion and $C2 billion.\n"
        + "Britain paid £4 million, Japan ¥5 trillion, Europe €6 million and China 7 million yuan, or 8 bn yuan.\n"
        + "The port handled 2.5 million containers, up 4 per cent, on March 2, 2019.\n"
        + "Director Park said the port would grow in Rotterdam by mid-2019.\n"
        + "Mr. Chan said that hundreds of ships waited on the 31st of March 2019.\n"
        + "The harbour master spoke in March 2019.\n"
        + "The first harbour opened in 1000, the second on May 1, 2019, and the third on December 28, 2019, in week 52.\n"
        + "The fair drew 9 visitors on Monday and 9 thousand on Tuesday, while several million watched and 3 billionaires stayed away.\n";

    private const string Fix = "; correct one of them";
    private const string Quote = "; quote the sentence that states it, or correct the value";
    private const string Scale = "; write printed: ";
    private const string InFull = ", and give the amount in full";
    private const string Infer = "; add 'inferred:' saying what it was worked out from";

    [Theory]
    [InlineData("{ amount: 12500000, currency: USD, printed: $12.5 million }", "Exports reached $12.5 million in 2019", "")]
    [InlineData("{ amount: 1250000, currency: USD, printed: $12.5 million }", "Exports reached $12.5 million in 2019",
        "KG0042 at '1250000': The amount 1250000 does not match the printed text '$12.5 million', which reads as 12500000" + Fix)]
    [InlineData("{ amount: 12500000, currency: EUR, printed: $12.5 million }", "Exports reached $12.5 million in 2019",
        "KG0042 at 'EUR': The currency EUR does not match the printed text '$12.5 million', which reads as another currency" + Fix)]
    [InlineData("{ amount: 13, currency: USD, printed: $12 }", "after $125 million in 2018",
        "KG0041 at '$12': The printed '$12' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ amount: 2500000, currency: USD, printed: 2.5 million }", "Exports reached $12.5 million in 2019",
        "KG0041 at '2.5 million': The printed '2.5 million' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ amount: 12500000, currency: USD, printed: $12.5 million }", "after $125 million in 2018 | Exports reached $12.5 million in 2019", "")]
    [InlineData("{ amount: 50000000000, currency: USD, printed: US$50 billion }", "Analysts see US$50 billion", "")]
    [InlineData("{ amount: 50000000000, currency: AUD, printed: US$50 billion }", "Analysts see US$50 billion",
        "KG0042 at 'AUD': The currency AUD does not match the printed text 'US$50 billion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 50000000000, currency: USD, printed: $US50 billion }", "Analysts see US$50 billion, or $US50 billion", "")]
    [InlineData("{ amount: 50000000000, currency: AUD, printed: $US50 billion }", "Analysts see US$50 billion, or $US50 billion",
        "KG0042 at 'AUD': The currency AUD does not match the printed text '$US50 billion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 3000000000, currency: AUD, printed: A$3 billion }", "or $US50 billion, beside A$3 billion", "")]
    [InlineData("{ amount: 3000000000, currency: USD, printed: A$3 billion }", "or $US50 billion, beside A$3 billion",
        "KG0042 at 'USD': The currency USD does not match the printed text 'A$3 billion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 3000000000, currency: AUD, printed: $A3 billion }", "beside A$3 billion, $A3 billion, C$2 billion", "")]
    [InlineData("{ amount: 3000000000, currency: USD, printed: $A3 billion }", "beside A$3 billion, $A3 billion, C$2 billion",
        "KG0042 at 'USD': The currency USD does not match the printed text '$A3 billion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 2000000000, currency: CAD, printed: C$2 billion }", "C$2 billion and $C2 billion", "")]
    [InlineData("{ amount: 2000000000, currency: USD, printed: C$2 billion }", "C$2 billion and $C2 billion",
        "KG0042 at 'USD': The currency USD does not match the printed text 'C$2 billion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 2000000000, currency: CAD, printed: $C2 billion }", "C$2 billion and $C2 billion", "")]
    [InlineData("{ amount: 2000000000, currency: USD, printed: $C2 billion }", "C$2 billion and $C2 billion",
        "KG0042 at 'USD': The currency USD does not match the printed text '$C2 billion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 4000000, currency: GBP, printed: £4 million }", "Britain paid £4 million, Japan ¥5 trillion", "")]
    [InlineData("{ amount: 4000000, currency: USD, printed: £4 million }", "Britain paid £4 million, Japan ¥5 trillion",
        "KG0042 at 'USD': The currency USD does not match the printed text '£4 million', which reads as another currency" + Fix)]
    [InlineData("{ amount: 5000000000000, currency: JPY, printed: ¥5 trillion }", "Britain paid £4 million, Japan ¥5 trillion", "")]
    [InlineData("{ amount: 5000000000000, currency: CNY, printed: ¥5 trillion }", "Britain paid £4 million, Japan ¥5 trillion", "")]
    [InlineData("{ amount: 5000000000000, currency: USD, printed: ¥5 trillion }", "Britain paid £4 million, Japan ¥5 trillion",
        "KG0042 at 'USD': The currency USD does not match the printed text '¥5 trillion', which reads as another currency" + Fix)]
    [InlineData("{ amount: 6000000, currency: EUR, printed: €6 million }", "Japan ¥5 trillion, Europe €6 million and China", "")]
    [InlineData("{ amount: 6000000, currency: USD, printed: €6 million }", "Japan ¥5 trillion, Europe €6 million and China",
        "KG0042 at 'USD': The currency USD does not match the printed text '€6 million', which reads as another currency" + Fix)]
    [InlineData("{ amount: 7000000, currency: CNY, printed: 7 million yuan }", "Europe €6 million and China 7 million yuan", "")]
    [InlineData("{ amount: 7000000, currency: USD, printed: 7 million yuan }", "Europe €6 million and China 7 million yuan", "")]
    [InlineData("{ amount: 8000000000, currency: CNY, printed: 8 bn yuan }", "China 7 million yuan, or 8 bn yuan", "")]
    [InlineData("{ amount: 8, currency: CNY, printed: 8 bn yuan }", "China 7 million yuan, or 8 bn yuan",
        "KG0042 at '8': The amount 8 does not match the printed text '8 bn yuan', which reads as 8000000000" + Fix)]
    public void Money(string value, string quotes, string expected) => Expect("money", value, quotes, expected);

    [Theory]
    [InlineData("{ amount: 2500000, unit: container, printed: 2.5 million containers }", "The port handled 2.5 million containers", "")]
    [InlineData("{ amount: 25000000, unit: container, printed: 2.5 million containers }", "The port handled 2.5 million containers",
        "KG0042 at '25000000': The amount 25000000 does not match the printed text '2.5 million containers', which reads as 2500000" + Fix)]
    [InlineData("{ amount: 100, unit: ship, printed: hundreds of ships }", "Mr. Chan said that hundreds of ships waited",
        "KG0042 at '100': The amount 100 does not match the printed text 'hundreds of ships', which reads as no number" + Fix)]
    [InlineData("{ amount: 3, unit: ship, printed: 3 ships }", "Mr. Chan said that hundreds of ships waited",
        "KG0041 at '3 ships': The printed '3 ships' does not appear in any quote of fact 'the-fact'" + Quote)]
    public void Quantity(string value, string quotes, string expected) => Expect("quantity", value, quotes, expected);

    /// <summary>
    /// KG0049: where the quote goes on with a scale word right after the printed text, the printed text must
    /// include it. Each scale word, a quote that starts or ends with the printed number, a number printed twice
    /// (only the second followed by a scale word), and a word that only starts like one ("billionaires").
    /// </summary>
    [Theory]
    [InlineData("money", "{ amount: 12.5, currency: USD, printed: $12.5 }", "Exports reached $12.5 million in 2019",
        "KG0049 at '$12.5': The printed text '$12.5' leaves out 'million', which follows it in the quote, so it reads as 12.5" + Scale + "$12.5 million" + InFull)]
    [InlineData("money", "{ amount: 50, currency: USD, printed: US$50 }", "Analysts see US$50 billion, or $US50 billion",
        "KG0049 at 'US$50': The printed text 'US$50' leaves out 'billion', which follows it in the quote, so it reads as 50" + Scale + "US$50 billion" + InFull)]
    [InlineData("money", "{ amount: 5, currency: JPY, printed: ¥5 }", "Britain paid £4 million, Japan ¥5 trillion",
        "KG0049 at '¥5': The printed text '¥5' leaves out 'trillion', which follows it in the quote, so it reads as 5" + Scale + "¥5 trillion" + InFull)]
    [InlineData("money", "{ amount: 80, currency: CNY, printed: 8 }", "China 7 million yuan, or 8 bn yuan",
        "KG0049 at '8': The printed text '8' leaves out 'bn', which follows it in the quote, so it reads as 8" + Scale + "8 bn" + InFull)]
    [InlineData("money", "{ amount: 8000000000, currency: CNY, printed: 8 bn }", "China 7 million yuan, or 8 bn yuan", "")]
    [InlineData("quantity", "{ amount: 2.5, unit: container, printed: 2.5 }", "2.5 million containers, up 4 per cent",
        "KG0049 at '2.5': The printed text '2.5' leaves out 'million', which follows it in the quote, so it reads as 2.5" + Scale + "2.5 million" + InFull)]
    [InlineData("quantity", "{ amount: 9, unit: visitor, printed: 9 }", "The fair drew 9 visitors on Monday and 9 thousand on Tuesday",
        "KG0049 at '9': The printed text '9' leaves out 'thousand', which follows it in the quote, so it reads as 9" + Scale + "9 thousand" + InFull)]
    [InlineData("quantity", "{ amount: 9, unit: visitor, printed: 9 }", "visitors on Monday and 9 thousand",
        "KG0049 at '9': The printed text '9' leaves out 'thousand', which follows it in the quote, so it reads as 9" + Scale + "9 thousand" + InFull)]
    [InlineData("quantity", "{ amount: 9, unit: visitor, printed: 9 visitors }", "The fair drew 9 visitors on Monday", "")]
    [InlineData("quantity", "{ amount: 9000, unit: visitor, printed: 9 thousand }", "The fair drew 9 visitors on Monday and 9 thousand on Tuesday", "")]
    [InlineData("quantity", "{ amount: 3, unit: billionaire, printed: 3 }", "and 3 billionaires stayed away", "")]
    [InlineData("quantity", "{ amount: 1000000, unit: person, printed: several }", "while several million watched",
        "KG0049 at 'several': The printed text 'several' leaves out 'million', which follows it in the quote, so it reads as no number" + Scale + "several million" + InFull)]
    public void ScaleWord(string kind, string value, string quotes, string expected) => Expect(kind, value, quotes, expected);

    [Theory]
    [InlineData("{ percent: 4, printed: 4 per cent }", "2.5 million containers, up 4 per cent", "")]
    [InlineData("{ percent: 40, printed: 4 per cent }", "2.5 million containers, up 4 per cent",
        "KG0042 at '40': The percent 40 does not match the printed text '4 per cent', which reads as 4" + Fix)]
    [InlineData("{ percent: 6, printed: 5 per cent }", "2.5 million containers, up 4 per cent",
        "KG0041 at '5 per cent': The printed '5 per cent' does not appear in any quote of fact 'the-fact'" + Quote)]
    public void Percentage(string value, string quotes, string expected) => Expect("percentage", value, quotes, expected);

    [Theory]
    [InlineData("{ date: 2019-03-02, printed: 'March 2, 2019' }", "containers, up 4 per cent, on March 2, 2019", "")]
    [InlineData("{ date: 2018-03-02, printed: 'March 2, 2019' }", "containers, up 4 per cent, on March 2, 2019",
        "KG0042 at '2018-03-02': The date 2018-03-02 does not match the printed text 'March 2, 2019', which reads as year 2019" + Fix)]
    [InlineData("{ date: 2019-04-02, printed: 'March 2, 2019' }", "containers, up 4 per cent, on March 2, 2019",
        "KG0042 at '2019-04-02': The date 2019-04-02 does not match the printed text 'March 2, 2019', which reads as March" + Fix)]
    [InlineData("{ date: 2019-03-03, printed: 'March 2, 2019' }", "containers, up 4 per cent, on March 2, 2019",
        "KG0042 at '2019-03-03': The date 2019-03-03 does not match the printed text 'March 2, 2019', which reads as day 2" + Fix)]
    [InlineData("{ date: 2019-03, printed: March 2019 }", "The harbour master spoke in March 2019", "")]
    [InlineData("{ date: 2019-04, printed: March 2019 }", "The harbour master spoke in March 2019",
        "KG0042 at '2019-04': The date 2019-04 does not match the printed text 'March 2019', which reads as March" + Fix)]
    [InlineData("{ date: 2019, printed: March 2019 }", "The harbour master spoke in March 2019", "")]
    [InlineData("{ date: 2019-03, printed: 'March 2, 2019' }", "containers, up 4 per cent, on March 2, 2019", "")]
    [InlineData("{ date: 2019-03-02, printed: March 2019 }", "The harbour master spoke in March 2019",
        "KG0043 at '2019-03-02': The date 2019-03-02 states a day that its printed text 'March 2019' does not" + Infer)]
    [InlineData("{ date: 2019-03-02, printed: March 2019, inferred: { words: [harbour master spoke], reason: from the talks' schedule } }", "The harbour master spoke in March 2019", "")]
    [InlineData("{ date: 2019-03, printed: '2019' }", "Exports reached $12.5 million in 2019",
        "KG0043 at '2019-03': The date 2019-03 states a month that its printed text '2019' does not" + Infer)]
    [InlineData("{ date: 2019-03-02, printed: '2019' }", "Exports reached $12.5 million in 2019",
        "KG0043 at '2019-03-02': The date 2019-03-02 states a month that its printed text '2019' does not" + Infer)]
    [InlineData("{ date: 2019-03-02, printed: March 2 }", "containers, up 4 per cent, on March 2, 2019",
        "KG0043 at '2019-03-02': The date 2019-03-02 states a year that its printed text 'March 2' does not" + Infer)]
    [InlineData("{ date: 2019-03-31, printed: 31st of March 2019 }", "on the 31st of March 2019", "")]
    [InlineData("{ date: 2019-03-30, printed: 31st of March 2019 }", "on the 31st of March 2019",
        "KG0042 at '2019-03-30': The date 2019-03-30 does not match the printed text '31st of March 2019', which reads as day 31" + Fix)]
    [InlineData("{ date: 2019, printed: mid-2019 }", "would grow in Rotterdam by mid-2019", "")]
    [InlineData("{ date: 2018, printed: mid-2019 }", "would grow in Rotterdam by mid-2019",
        "KG0042 at '2018': The date 2018 does not match the printed text 'mid-2019', which reads as year 2019" + Fix)]
    [InlineData("{ date: 2019-04, printed: April 2019 }", "The harbour master spoke in March 2019",
        "KG0041 at 'April 2019': The printed 'April 2019' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ date: 2018-04, printed: April 2019 }", "The harbour master spoke in March 2019",
        "KG0041 at 'April 2019': The printed 'April 2019' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ date: 2018-03-02, printed: March 2019 }", "The harbour master spoke in March 2019",
        "KG0042 at '2018-03-02': The date 2018-03-02 does not match the printed text 'March 2019', which reads as year 2019" + Fix)]
    [InlineData("{ date: 1000, printed: '1000' }", "The first harbour opened in 1000", "")]
    [InlineData("{ date: 2019-05-01, printed: 'May 1, 2019' }", "The first harbour opened in 1000, the second on May 1, 2019", "")]
    [InlineData("{ date: 2019-12-28, printed: 'December 28, 2019, in week 52' }", "the third on December 28, 2019, in week 52", "")]
    public void Date(string value, string quotes, string expected) => Expect("date", value, quotes, expected);

    [Theory]
    [InlineData("{ what: growth, where: Rotterdam }", "the port would grow in Rotterdam", "")]
    [InlineData("{ what: growth, where: Amsterdam }", "the port would grow in Rotterdam",
        "KG0041 at 'Amsterdam': The where 'Amsterdam' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ what: growth }", "the port would grow in Rotterdam", "")]
    [InlineData("{ what: growth, when: 2019 }", "the port would grow in Rotterdam",
        "KG0043 at '2019': The date 2019 states a date that its printed text '(none)' does not" + Infer)]
    [InlineData("{ what: growth, when: { date: 2019, inferred: { words: [would grow], reason: from the report's date } } }", "the port would grow in Rotterdam", "")]
    [InlineData("{ what: growth, when: { date: 2019, printed: mid-2019 } }", "would grow in Rotterdam by mid-2019", "")]
    [InlineData("{ what: growth, when: { date: 2018, printed: mid-2019 } }", "would grow in Rotterdam by mid-2019",
        "KG0042 at '{ date: 2018, printed: mid-2019 } }': The date 2018 does not match the printed text 'mid-2019', which reads as year 2019" + Fix)]
    [InlineData("{ what: growth, when: { date: 2020, printed: mid-2020 } }", "would grow in Rotterdam by mid-2019",
        "KG0041 at '{ date: 2020, printed: mid-2020 } }': The when 'mid-2020' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ what: growth, when: { date: 2019-05, printed: mid-2019 } }", "would grow in Rotterdam by mid-2019",
        "KG0043 at '{ date: 2019-05, printed: mid-2019 } }': The date 2019-05 states a month that its printed text 'mid-2019' does not" + Infer)]
    public void Event(string value, string quotes, string expected) => Expect("event", value, quotes, expected);

    [Theory]
    [InlineData("{ person: lee-park, position: Director }", "Director Park said the port would grow", "")]
    [InlineData("{ person: mr-chan, position: Director }", "Director Park said the port would grow",
        "KG0041 at 'mr-chan': The person 'Chan (or an alias)' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ person: mr-chan, position: Director }", "Director Park said the port would grow | Mr. Chan said that hundreds of ships waited", "")]
    [InlineData("{ person: lee-park, position: Mayor }", "Director Park said the port would grow",
        "KG0041 at 'Mayor': The position 'Mayor' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ person: lee-park, position: Director, organisation: port }", "Director Park said the port would grow", "")]
    [InlineData("{ person: lee-parks, position: Director, organisation: ports }", "Director Park said the port would grow",
        "KG0021 at 'lee-parks': No entity has the id 'lee-parks' (did you mean 'lee-park'?); declare it under 'entities:' or correct the id|"
        + "KG0021 at 'ports': No entity has the id 'ports' (did you mean 'port'?); declare it under 'entities:' or correct the id")]
    public void Role(string value, string quotes, string expected) => Expect("role", value, quotes, expected);

    [Theory]
    [InlineData("{ holder: lee-park, topic: growth, position: for }", "Director Park said the port would grow", "")]
    [InlineData("{ holder: mr-chan, topic: growth, position: for }", "Director Park said the port would grow",
        "KG0041 at 'mr-chan': The holder 'Chan (or an alias)' does not appear in any quote of fact 'the-fact'" + Quote)]
    public void Stance(string value, string quotes, string expected) => Expect("stance", value, quotes, expected);

    [Theory]
    [InlineData("{ text: the port would grow, speaker: lee-park }", "Director Park said the port would grow", "")]
    [InlineData("{ text: the port will grow, speaker: lee-park }", "Director Park said the port would grow",
        "KG0041 at 'the port will grow': The text 'the port will grow' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("{ text: the port would grow, speaker: mr-chan }", "Director Park said the port would grow",
        "KG0041 at 'mr-chan': The speaker 'Chan (or an alias)' does not appear in any quote of fact 'the-fact'" + Quote)]
    public void Quote_(string value, string quotes, string expected) => Expect("quote", value, quotes, expected);

    private static void Expect(string kind, string value, string quotes, string expected)
        => Assert.Equal(expected, string.Join("|", CheckRun.Value(Article, kind, value, quotes)));
}
