namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The trade-action kind: every part (actor, target, instrument words, goods, covered value, rate, date) stands
/// in the quote, the instrument is one the printed words name, and the action has a stage. Each row is one
/// fact's value and status, and the diagnostics the build must give ("" for none).
/// </summary>
public class TradeActionCheckTests
{
    private const string Article =
        "Washington imposed tariffs of 25 per cent on $50 billion of Chinese goods on May 3, 2019.\n"
        + "China threatened higher duties on a $50 billion list of American goods including soybeans.\n"
        + "The United States announced curbs on Chinese investment and purchases of US high-tech exports.\n"
        + "China promised to buy more American farm goods.\n";

    private const string Countries = """
          - id: united-states
            kind: country
            name: United States
            aliases: [Washington]
          - id: china
            kind: country
            name: China

        """;

    private const string Tariff =
        "{ actor: united-states, target: [china], instrument: tariff, printed: tariffs, goods: Chinese goods,"
        + " covered: { amount: 50000000000, currency: USD, printed: $50 billion },"
        + " rate: { percent: 25, printed: 25 per cent }, when: { date: 2019-05-03, printed: 'May 3, 2019' } }";

    private const string Imposed = "Washington imposed tariffs of 25 per cent on $50 billion of Chinese goods on May 3, 2019.";
    private const string Curbs = "The United States announced curbs on Chinese investment and purchases of US high-tech exports.";
    private const string Quote = "; quote the sentence that states it, or correct the value";
    private const string Fix = "; correct one of them";
    private const string Name = "; correct the instrument, or quote the words of the sentence that name it";

    [Theory]
    [InlineData(Tariff, "imposed", Imposed, "")]
    [InlineData("{ actor: china, target: [united-states], instrument: tariff, printed: higher duties, goods: American goods, covered: { amount: 50000000000, currency: USD, printed: $50 billion } }",
        "threatened", "China threatened higher duties on a $50 billion list of American goods including soybeans.", "")]
    [InlineData("{ actor: united-states, target: [china], instrument: investment-restriction, printed: curbs on Chinese investment }", "announced", Curbs, "")]
    [InlineData("{ actor: united-states, target: [china], instrument: export-control, printed: curbs on Chinese investment and purchases of US high-tech exports }", "announced", Curbs, "")]
    [InlineData("{ actor: china, target: [united-states], instrument: purchase-commitment, printed: promised to buy, goods: American farm goods }", "promised", "China promised to buy more American farm goods.", "")]
    public void A_trade_action_whose_parts_stand_in_its_quote_passes(string value, string status, string quote, string expected)
        => Expect(value, status, quote, expected);

    [Theory]
    [InlineData("{ actor: united-states, target: [china], instrument: investment-restriction, printed: tariffs }", Imposed,
        "KG0080 at 'investment-restriction': The instrument 'investment-restriction' is not what the words 'tariffs' name: they hold none of 'restrict', 'restricts', 'restricted', 'restriction', 'restrictions', 'curb', 'curbs', 'ban', 'bans', 'banned', 'block', 'blocks', 'blocked', 'limit', 'limits', 'control', 'controls', 'quota', 'quotas'" + Name)]
    [InlineData("{ actor: united-states, target: [china], instrument: export-control, printed: curbs on Chinese investment }", Curbs,
        "KG0080 at 'export-control': The instrument 'export-control' is not what the words 'curbs on Chinese investment' name: they hold none of 'export', 'exports', 'sell', 'selling', 'sale', 'sales', 'buy', 'buying', 'purchases'" + Name)]
    [InlineData("{ actor: united-states, target: [china], instrument: tariff, printed: duties }", Imposed,
        "KG0041 at 'duties': The printed 'duties' does not appear in any quote of fact 'the-fact'" + Quote)]
    public void Printed_words_must_stand_in_the_quote_and_name_the_instrument(string value, string quote, string expected)
        => Expect(value, "imposed", quote, expected);

    [Theory]
    [InlineData("goods: Chinese goods", "goods: American goods", "KG0041 at 'American goods': The goods 'American goods' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("amount: 50000000000", "amount: 5000000000", "KG0042 at '5000000000': The amount 5000000000 does not match the printed text '$50 billion', which reads as 50000000000" + Fix)]
    [InlineData("percent: 25", "percent: 2.5", "KG0042 at '2.5': The percent 2.5 does not match the printed text '25 per cent', which reads as 25" + Fix)]
    [InlineData("date: 2019-05-03", "date: 2019-05-04", "KG0042 at '{ date: 2019-05-04, printed: 'May 3, 2019' } }': The date 2019-05-04 does not match the printed text 'May 3, 2019', which reads as day 3" + Fix)]
    [InlineData("actor: united-states", "actor: lee-park", "KG0041 at 'lee-park': The actor 'Lee Park (or an alias)' does not appear in any quote of fact 'the-fact'" + Quote)]
    [InlineData("target: [china]", "target: [china, port]", "KG0041 at 'port': The target 'The port (or an alias)' does not appear in any quote of fact 'the-fact'" + Quote)]
    public void Each_typed_part_must_stand_in_the_quote(string right, string wrong, string expected)
        => Expect(Tariff.Replace(right, wrong), "imposed", Imposed, expected);

    [Theory]
    [InlineData("", "KG0011 at 'id: the-fact': The required field 'status' is missing from a fact; add it")]
    [InlineData("    status: none\n    status-reason: No stage.\n", "KG0012 at 'none': The field 'status' must be a stage for a trade action: one of threatened, proposed, announced, planned, imposed, in-force, suspended, cancelled, expected, denied, held, promised")]
    [InlineData("    status: imposed\n    value: { actor: united-states, target: [china], instrument: tariff-threat, printed: tariffs }\n", "KG0012 at 'tariff-threat': The field 'instrument' must be one of: tariff, import-restriction, export-control, investment-restriction, purchase-commitment")]
    public void A_trade_action_has_a_stage_and_an_instrument_from_the_list(string fields, string expected)
    {
        string value = fields.Contains("value:", StringComparison.Ordinal) ? "" : "    value: " + Tariff + "\n";
        string facts = "  - id: the-fact\n    kind: trade-action\n    statement: A statement.\n" + fields + value
            + "    citations:\n      - source: article\n        quote: \"" + Imposed + "\"\n        mention: { china: Chinese }\n";
        Assert.Equal(expected, string.Join("|", CheckRun.Facts(Article, facts, Countries)));
    }

    /// <summary>One fact citing the quote; "Chinese" and "American" in it are mentions of the two countries, as a curator marks them.</summary>
    private static void Expect(string value, string status, string quote, string expected)
    {
        var mentions = new List<string>();
        if (quote.Contains("Chinese", StringComparison.Ordinal))
        {
            mentions.Add("china: Chinese");
        }

        if (quote.Contains("American", StringComparison.Ordinal))
        {
            mentions.Add("united-states: American");
        }

        string mention = mentions.Count == 0 ? "" : "        mention: { " + string.Join(", ", mentions) + " }\n";
        string facts = "  - id: the-fact\n    kind: trade-action\n    statement: A statement.\n    status: " + status + "\n    value: " + value
            + "\n    citations:\n      - source: article\n        quote: \"" + quote + "\"\n" + mention;
        Assert.Equal(expected, string.Join("|", CheckRun.Facts(Article, facts, Countries)));
    }
}
