using System.Text.RegularExpressions;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// Five everyday tasks, each a few lines of consumer code over a small knowledge base (Fixtures/tasks): the
/// tariffs the US imposed or threatened on China, read from typed trade actions; who said what about forced
/// technology transfer; one measure's series over time; facts superseded by later ones; and one article's facts
/// in its order. None needs a cast, a `!`, an id as a string or a file read at run time, and the output is
/// asserted line by line.
/// </summary>
public class FiveTasksTests
{
    private const string Consumer = """
        using System.Collections.Generic;
        using System.Linq;
        using Tasks.Knowledge;
        using static Tasks.Knowledge.TaskFacts;

        internal static class Consumer
        {
            public static string Describe()
            {
                var lines = new List<string>();

                // 1. Tariffs the US imposed or threatened on China: amount, status and the sentence.
                foreach (TradeActionFact tariff in FactsOf<TradeActionFact>().Where(a => a.Value.Instrument == TradeInstrument.Tariff
                    && a.Value.Actor == Countries.UnitedStates && a.Value.Targets.Contains(Countries.China)
                    && (a.Status == FactStatus.Imposed || a.Status == FactStatus.Threatened)))
                {
                    lines.Add($"1. {tariff.Status}: {tariff.Value.Covered} | {tariff.Citations[0].Sentence}");
                }

                // 2. Who said what about forced technology transfer.
                foreach (StanceFact said in FactsOf<StanceFact>().Where(s => s.Value.Topic == "forced technology transfer"))
                {
                    lines.Add($"2. {said.Value.Holder.Name}: {said.Value.Position}");
                }

                // 3. One measure's series over time.
                foreach (MoneyFact point in Measures.ChinaSurplusWithUs.Series)
                {
                    lines.Add($"3. {point.Holds?.From}: {point.Value} ({point.Value.Amount} {point.Value.Currency})");
                }

                // 4. Facts superseded by later facts.
                foreach (Fact earlier in AllFacts.Where(f => f.SupersededBy.Count > 0))
                {
                    lines.Add($"4. {earlier.Statement} -> {string.Join("; ", earlier.SupersededBy.Select(later => later.Statement))}");
                }

                // 5. All facts citing one article, in the article's order.
                foreach (Fact cited in Sources.TasksArticle.Facts)
                {
                    lines.Add($"5. sentence {cited.Citations[0].SentenceNumber}, paragraph {cited.Citations[0].Paragraph}: {cited.Statement}");
                }

                return string.Join("\n", lines);
            }
        }
        """;

    private static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties)
    {
        ["KnowledgeGenNamespace"] = "Tasks.Knowledge",
        ["KnowledgeGenClassName"] = "TaskFacts",
    };

    [Fact]
    public void Each_task_is_a_few_lines_of_typed_code_and_gives_what_the_article_says()
    {
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("tasks"), Properties, Consumer);
        DiagnosticAssert.None(result.GeneratorDiagnostics);
        using CompiledKnowledgeBase compiled = CompiledKnowledgeBase.Load(result.Output, "Tasks.Knowledge.TaskFacts");
        string output = (string)compiled.Assembly.GetType("Consumer", throwOnError: true)!.GetMethod("Describe")!.Invoke(null, null)!;

        Assert.Equal(
            """
            1. Threatened: $100 billion | The United States has also threatened tariffs on a further $100 billion of Chinese goods.
            1. Imposed: $50 billion | The United States has imposed tariffs on $50 billion of Chinese goods.
            2. Dana Cole: must end
            2. Chinese commerce ministry: foreign companies are never forced to transfer technology
            3. 2017: $300 billion (300000000000 USD)
            3. 2018: $310 billion (310000000000 USD)
            3. 2018: $320 billion (320000000000 USD)
            4. The Chinese commerce ministry first put China's 2018 surplus at $310 billion. -> The Chinese commerce ministry revised China's 2018 surplus to $320 billion.
            5. sentence 2, paragraph 2: The United States has imposed tariffs on $50 billion of Chinese goods.
            5. sentence 3, paragraph 3: The United States has threatened tariffs on a further $100 billion of Chinese goods.
            5. sentence 4, paragraph 4: Dana Cole said forced technology transfer must end.
            5. sentence 5, paragraph 5: The Chinese commerce ministry said foreign companies are never forced to transfer technology.
            5. sentence 6, paragraph 6: China's trade surplus with the United States was $300 billion in 2017.
            5. sentence 7, paragraph 7: The Chinese commerce ministry first put China's 2018 surplus at $310 billion.
            5. sentence 8, paragraph 8: The Chinese commerce ministry revised China's 2018 surplus to $320 billion.
            """.ReplaceLineEndings("\n"),
            output,
            ignoreLineEndingDifferences: false);
    }

    [Fact]
    public void The_tasks_use_no_cast_no_null_forgiving_operator_no_id_string_and_no_file()
    {
        string code = Consumer;

        Assert.DoesNotMatch(new Regex(@"\(\s*\w*(Fact|Value|Measure|Money)\s*\)\s*\w"), code);
        Assert.DoesNotMatch(new Regex(@"\w!(\.|;|\))"), code);
        Assert.DoesNotContain(" as ", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Find", code, StringComparison.Ordinal);
        Assert.DoesNotContain("System.IO", code, StringComparison.Ordinal);
        Assert.DoesNotContain("File.", code, StringComparison.Ordinal);
        Assert.All(Regex.Matches(code, "\"([a-z0-9]+(-[a-z0-9]+)+)\"").Select(m => m.Groups[1].Value), id => Assert.Fail("an id as a string: " + id));
    }
}
