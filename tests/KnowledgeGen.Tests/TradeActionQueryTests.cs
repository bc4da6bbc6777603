using System.Reflection;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// A program that answers the knowledge base's own questions from the generated API of the repository's facts
/// alone (no YAML, no ids looked up in tables): every tariff and tariff threat between the United States and
/// China with actor, target, covered value, rate and status; the change in trade with its sign; which figures
/// are approximate; the chains of actions that later actions superseded; and the claims a newspaper reported,
/// with the sentence that introduces them.
/// </summary>
public class TradeActionQueryTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Program = """
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using Test.Knowledge;
        using static Test.Knowledge.TestFacts;

        internal static class Consumer
        {
            private static readonly Entity[] UsSide = { Countries.UnitedStates, Organisations.TrumpAdministration, People.DonaldTrump };

            /// <summary>One line a tariff: id | actor | targets | covered | printed covered stands in a cited sentence | rate | status.</summary>
            public static string[] Tariffs()
                => FactsOf<TradeActionFact>()
                    .Where(f => f.Value.Instrument == TradeInstrument.Tariff)
                    .Where(f => (UsSide.Contains(f.Value.Actor) && f.Value.Targets.Contains(Countries.China))
                             || (f.Value.Actor == Countries.China && f.Value.Targets.Contains(Countries.UnitedStates)))
                    .Select(f => string.Join(" | ",
                        f.Id,
                        f.Value.Actor.Name,
                        string.Join(", ", f.Value.Targets.Select(t => t.Name)),
                        f.Value.Covered == null ? "-" : f.Value.Covered.Value.Amount.ToString(CultureInfo.InvariantCulture) + " " + f.Value.Covered.Value.Currency,
                        f.Value.Covered == null ? "-" : f.Citations.Any(c => c.Sentence.Contains(f.Value.Covered.Value.ToString())).ToString(),
                        f.Value.Rate == null ? "-" : f.Value.Rate.Value.Percent.ToString(CultureInfo.InvariantCulture) + "%",
                        f.Status.ToString()))
                    .ToArray();

            /// <summary>The change in trade over three months: the number and the cited sentence.</summary>
            public static string[] TradeChange()
                => FactsOf<PercentageFact>()
                    .Where(f => f.Measure != null && f.Measure.Id == "change-in-trade-over-three-months")
                    .Select(f => f.Value.Percent.ToString(CultureInfo.InvariantCulture) + " | " + f.Citations[0].Sentence)
                    .ToArray();

            /// <summary>Every figure whose number is not exact: id | qualifier | printed.</summary>
            public static string[] Approximate()
            {
                var lines = new List<string>();
                foreach (Fact fact in AllFacts)
                {
                    switch (fact)
                    {
                        case MoneyFact m when m.Value.Qualifier != null: lines.Add(fact.Id + " | " + m.Value.Qualifier + " | " + m.Value); break;
                        case QuantityFact q when q.Value.Qualifier != null: lines.Add(fact.Id + " | " + q.Value.Qualifier + " | " + q.Value); break;
                        case PercentageFact p when p.Value.Qualifier != null: lines.Add(fact.Id + " | " + p.Value.Qualifier + " | " + p.Value); break;
                        case TradeActionFact t when t.Value.Covered != null && t.Value.Covered.Value.Qualifier != null: lines.Add(fact.Id + " | " + t.Value.Covered.Value.Qualifier + " | " + t.Value.Covered.Value); break;
                    }
                }

                return lines.ToArray();
            }

            /// <summary>Each chain of trade actions from the first to the one that superseded it last: status:id -> status:id.</summary>
            public static string[] Chains()
            {
                var chains = new List<string>();
                foreach (TradeActionFact latest in FactsOf<TradeActionFact>().Where(f => f.SupersededBy.Count == 0 && f.Supersedes.Count > 0))
                {
                    var chain = new List<Fact> { latest };
                    for (Fact step = latest; step.Supersedes.Count > 0; step = step.Supersedes[0])
                    {
                        chain.Insert(0, step.Supersedes[0]);
                    }

                    chains.Add(string.Join(" -> ", chain.Select(f => f.Status + ":" + f.Id)));
                }

                return chains.ToArray();
            }

            /// <summary>Each citation reached through an introducing sentence: id | claimants | the introducing sentence.</summary>
            public static string[] Introduced()
                => AllFacts
                    .SelectMany(f => f.Citations.Where(c => c.IntroducedBy != null).Select(c => f.Id + " | " + string.Join(", ", f.AccordingTo.Select(e => e.Name)) + " | " + c.IntroducedBy))
                    .ToArray();
        }
        """;

    private static readonly Lazy<Func<string, string[]>> Answers = new(Compile);

    [Fact]
    public void Every_tariff_between_the_two_countries_has_actor_target_and_status_and_its_covered_value_stands_in_its_sentence()
    {
        string[] tariffs = Answers.Value("Tariffs");
        output.WriteLine(string.Join("\n", tariffs));

        Assert.NotEmpty(tariffs);
        Assert.All(tariffs.Select(l => l.Split(" | ")), parts =>
        {
            Assert.Equal(7, parts.Length);
            Assert.NotEqual("", parts[1]);
            Assert.NotEqual("", parts[2]);
            Assert.True(parts[3] == "-" ? parts[4] == "-" : parts[4] == "True", string.Join(" | ", parts) + ": the covered value is not printed in a cited sentence");
            Assert.NotEqual("", parts[6]);
        });
        Assert.Contains(tariffs, l => l.EndsWith("| Threatened", StringComparison.Ordinal) && l.Split(" | ")[3] != "-");
        Assert.Contains(tariffs, l => l.EndsWith("| Imposed", StringComparison.Ordinal));
        Assert.Contains(tariffs, l => l.Split(" | ")[1] == "China");
    }

    [Fact]
    public void The_change_in_trade_is_negative_where_its_sentence_says_it_fell()
    {
        string[] change = Answers.Value("TradeChange");

        Assert.NotEmpty(change);
        Assert.All(change, line =>
        {
            decimal percent = decimal.Parse(line.Split(" | ")[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(line.Contains(" fell ", StringComparison.Ordinal) ? percent < 0 : percent >= 0, line);
        });
    }

    [Fact]
    public void Approximate_figures_are_the_ones_whose_sentence_hedges_them()
    {
        string[] approximate = Answers.Value("Approximate");

        Assert.Contains("chinese-households-save-two-fifths | Approximately | two-fifths", approximate);
    }

    [Fact]
    public void A_chain_of_superseded_actions_runs_from_a_threat_to_an_imposed_tariff()
    {
        string[] chains = Answers.Value("Chains");
        output.WriteLine(string.Join("\n", chains));

        Assert.Contains(chains, c => c.StartsWith("Threatened:", StringComparison.Ordinal) && c.Split(" -> ").Last().StartsWith("Imposed:", StringComparison.Ordinal) && c.Split(" -> ").Length >= 3);
    }

    [Fact]
    public void A_claim_reported_through_a_newspaper_names_the_newspaper_and_the_sentence_that_introduces_it()
    {
        string[] introduced = Answers.Value("Introduced");
        output.WriteLine(string.Join("\n", introduced));

        Assert.NotEmpty(introduced);
        Assert.All(introduced.Select(l => l.Split(" | ")), parts => Assert.Contains(parts[1].Split(", "), claimant => parts[2].Contains(claimant, StringComparison.Ordinal)));
    }

    /// <summary>The program compiled against the code generated from the repository's facts, its answers by method name.</summary>
    private static Func<string, string[]> Compile()
    {
        GeneratorResult result = GeneratorHarness.Run(GeneratorHarness.FilesIn(RepositoryPaths.Facts), consumerCode: Program);
        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        Assembly assembly = Assembly.Load(image.ToArray());
        Type consumer = assembly.GetType("Consumer", throwOnError: true)!;
        return method => (string[])consumer.GetMethod(method)!.Invoke(null, null)!;
    }
}
