using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The status rule reads the quoted sentence as well as the statement (KG0084), knows the synonyms curators used
/// to word around it ("danger", "foresee", "warned"), and understands negation ("avoided repeating its earlier
/// threat", "will not bow to threats", "do not plan to"), which reports no stage; where none applies, the fact
/// says so with <c>status: none</c> and a reason.
/// </summary>
public class StageInQuoteTests
{
    private const string Article =
        "The port threatened a fee on ships.\n"
        + "The port avoided repeating its earlier threat.\n"
        + "We will not bow to threats, the harbour master said.\n"
        + "Officials do not plan to discuss the fee.\n"
        + "Officials plan to discuss the fee in June.\n"
        + "Director Lee Park said the fee was a danger to trade.\n"
        + "Director Lee Park said he did not foresee a deal.\n";

    private const string NoStatus = "; add 'status:' with the stage the sentence reports, or 'status: none' and a 'status-reason:' saying why no stage applies to this fact";

    [Theory]
    [InlineData("The port put a fee on ships.", "The port threatened a fee on ships.", "", "KG0084 at 'the-fact': The fact 'the-fact' quotes a sentence that says 'threatened', which reports the stage of an action, measure or meeting" + NoStatus)]
    [InlineData("Officials will discuss the fee in June.", "Officials plan to discuss the fee in June.", "", "KG0084 at 'the-fact': The fact 'the-fact' quotes a sentence that says 'plan to', which reports the stage of an action, measure or meeting" + NoStatus)]
    [InlineData("The port put a fee on ships.", "The port threatened a fee on ships.", "    status: threatened\n", "")]
    [InlineData("The port put a fee on ships.", "The port threatened a fee on ships.", "    status: none\n    status-reason: The fee is another fact's.\n", "")]
    [InlineData("The port did not repeat its threat.", "The port avoided repeating its earlier threat.", "", "")]
    [InlineData("The harbour master will not give in.", "We will not bow to threats, the harbour master said.", "", "")]
    [InlineData("Officials will not discuss the fee.", "Officials do not plan to discuss the fee.", "", "")]
    [InlineData("Lee Park did not expect a deal.", "Director Lee Park said he did not foresee a deal.", "", "")]
    public void A_stage_the_quote_reports_needs_a_status_or_a_reason_for_none(string statement, string quote, string status, string expected)
        => Assert.Equal(expected, string.Join("|", Run(statement, quote, status).Where(d => d.StartsWith("KG0084", StringComparison.Ordinal))));

    [Theory]
    [InlineData("Lee Park called the fee a danger to trade.", "Director Lee Park said the fee was a danger to trade.", "danger")]
    [InlineData("Lee Park did foresee a deal.", "Director Lee Park said he did not foresee a deal.", "foresee")]
    [InlineData("Lee Park warned of the fee.", "Director Lee Park said the fee was a danger to trade.", "warned")]
    [InlineData("The port avoided repeating its earlier threat.", "The port avoided repeating its earlier threat.", "")]
    public void The_statement_rule_knows_the_synonyms_and_negation(string statement, string quote, string word)
    {
        string expected = word.Length == 0 ? "" : $"KG0070 at 'the-fact': The fact 'the-fact' says '{word}', which reports the stage of an action, measure or meeting, but not which stage; add 'status:'";
        Assert.Equal(expected, string.Join("|", Run(statement, quote, "").Where(d => d.StartsWith("KG0070 at 'the-fact': The fact 'the-fact' says", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("    status: none\n", "KG0011 at 'id: the-fact': The required field 'status-reason' is missing from a fact; add it")]
    [InlineData("    status: threatened\n    status-reason: Why.\n", "KG0012 at 'Why.': The field 'status-reason' must be absent unless 'status: none' says that no stage applies")]
    public void Status_none_and_its_reason_come_together(string status, string expected)
        => Assert.Equal(expected, string.Join("|", Run("The port put a fee on ships.", "The port threatened a fee on ships.", status).Where(d => d.StartsWith("KG001", StringComparison.Ordinal))));

    [Theory]
    [InlineData("The port did not threaten a fee.", null)]
    [InlineData("The port never proposed a fee.", null)]
    [InlineData("No plan to discuss the fee was announced.", "announced")]
    [InlineData("The port threatened a fee. It did not impose one.", "threatened")]
    [InlineData("The port didn\u2019t threaten a fee.", null)]
    [InlineData("The port DID NOT threaten a fee.", null)]
    [InlineData("The port, not the city; threatened a fee.", null)]
    [InlineData("Not once in all those years did the port threaten a fee.", "threaten")]
    [InlineData("The port did not, in the end, threaten a fee.", null)]
    [InlineData("The port did not end. The city threatened a fee.", "threatened")]
    [InlineData("Another threatened a fee.", "threatened")]
    [InlineData("Knot threatened a fee.", "threatened")]
    public void A_negation_takes_back_only_the_stage_word_it_stands_before(string text, string? word)
        => Assert.Equal(word, StatusRule.AssertedStageWord(text));

    private static IEnumerable<string> Run(string statement, string quote, string status)
        => CheckRun.Facts(
            Article,
            "  - id: the-fact\n    kind: claim\n    statement: " + statement + "\n" + status + "    citations:\n      - source: article\n        quote: " + quote + "\n",
            moreEntities: "",
            completeness: true);
}
