using KnowledgeGen.Checking;

namespace KnowledgeGen.Tests.Checks;

/// <summary>
/// The verb rule (KG0070): the stage words the check looks for are the words docs/fact-format.md lists, in the
/// same order, and a statement using any one of them as a whole word needs a <c>status:</c>.
/// </summary>
public class StageWordTests
{
    private const string Article = "Officials met in the port.";

    private static IReadOnlyList<string> Documented()
    {
        string paragraph = DocumentedWordList.Paragraph("**The verb rule**");
        int start = paragraph.IndexOf("one of: ", StringComparison.Ordinal);
        int end = paragraph.IndexOf(". Nouns", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the paragraph no longer reads 'one of: … . Nouns': " + paragraph);
        return DocumentedWordList.Words(paragraph.Substring(start + "one of: ".Length, end - start - "one of: ".Length));
    }

    [Fact]
    public void The_stage_words_are_the_documented_words_in_order()
        => Assert.Equal(Documented(), StatusRule.Words);

    [Fact]
    public void Each_documented_word_in_a_statement_is_the_stage_word_found()
    {
        foreach (string word in Documented())
        {
            Assert.Equal(word, StatusRule.StageWord("Officials said the port " + word + " the fee."));
            Assert.Equal(word, StatusRule.StageWord(char.ToUpperInvariant(word[0]) + word[1..] + ", the officials said."));
        }
    }

    // Statements as an editor writes them, without a status; the expected text is the stage word the check names, or "".
    [Theory]
    [InlineData("The port threatened a fee on ships.", "threatened")]
    [InlineData("The port proposed a fee on ships.", "proposed")]
    [InlineData("The port plans to charge a fee.", "plans to")]
    [InlineData("The fee took effect in June.", "took effect")]
    [InlineData("The fee was called off.", "called off")]
    [InlineData("Officials met and talks were held in the port.", "held")]
    [InlineData("Officials met in the port.", "")]
    [InlineData("The port's 2019 plans omit the fee.", "")] // the noun names no stage
    [InlineData("The port upheld the fee.", "")] // "held" only as a whole word
    [InlineData("The threatening weather kept ships in the port.", "threatening")]
    public void A_statement_with_a_stage_word_needs_a_status(string statement, string word)
    {
        // KG0070 is one of the completeness checks CheckRun leaves out, so this test reads the diagnostics itself.
        string factFile = $"""
            sources:
              - id: article
                file: article.txt
                title: Article
                sha256: {SourceDocument.ComputeSha256(Article)}
            facts:
              - id: the-fact
                kind: claim
                statement: {statement}
                citations:
                  - source: article
                    quote: {Article}

            """;
        var diagnostics = KnowledgeBaseChecker.Check([("/kb/article.txt", Article), ("/kb/facts.yaml", factFile)]).Diagnostics
            .Where(d => d.Descriptor.Id == "KG0070")
            .Select(d => CheckRun.Describe(d, factFile))
            .ToList();

        if (word.Length == 0)
        {
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Equal($"KG0070 at 'the-fact': The fact 'the-fact' says '{word}', which reports the stage of an action, measure or meeting, but not which stage; add 'status:'", Assert.Single(diagnostics));
        }
    }
}
