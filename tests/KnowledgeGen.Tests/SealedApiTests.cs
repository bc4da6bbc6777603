using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Snapshooter.Xunit;

namespace KnowledgeGen.Tests;

/// <summary>
/// Nothing a consumer can call changes the knowledge base: every entry point the 1.0 API left open to the
/// consumer's assembly (the generated code lives in it, so its internal members were the consumer's) is now a
/// compiler error, the lists refuse writes through a cast, and the surface the consumer can reach is a
/// snapshot, so that any change to it is a reviewed diff. The real package and project-reference builds repeat
/// these in <see cref="ConsumptionTests"/>.
/// </summary>
public class SealedApiTests
{
    public static TheoryData<string> Attempts() => new(ConsumerAttempts.Sealed.Keys);

    [Theory]
    [MemberData(nameof(Attempts))]
    public void Each_former_entry_point_is_a_compiler_error(string attempt)
    {
        (string code, string error) = ConsumerAttempts.Sealed[attempt];

        GeneratorResult result = Harbour.Run(ConsumerAttempts.File(code, 0, Harbour.Class));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        Diagnostic diagnostic = Assert.Single(result.CompilationDiagnostics);
        Assert.Equal(error, diagnostic.Id);
        Assert.Equal("Consumer.cs", diagnostic.Location.SourceTree?.FilePath);
    }

    [Fact]
    public void A_list_cast_to_a_writable_type_refuses_the_write_and_both_sides_of_a_link_stay()
    {
        const string code = """
            internal static class Consumer
            {
                public static string Describe()
                {
                    var facts = Harbour.Knowledge.HarbourFacts.Facts.Turnout.Contradicts;
                    string written;
                    try
                    {
                        ((System.Collections.Generic.IList<Harbour.Knowledge.HarbourFacts.Fact>)facts)[0] = Harbour.Knowledge.HarbourFacts.Facts.Budget2020;
                        written = "written";
                    }
                    catch (System.NotSupportedException)
                    {
                        written = "refused";
                    }

                    string array = facts is Harbour.Knowledge.HarbourFacts.Fact[] ? "an array" : "no array";
                    return written + ", " + array + ", " + facts.Count + " " + facts[0].Id + " " + Harbour.Knowledge.HarbourFacts.Facts.TurnoutDisputed.Contradicts[0].Id;
                }
            }
            """;

        Assert.Equal("refused, no array, 1 turnout-disputed turnout", Harbour.RunConsumer(code));
    }

    /// <summary>Every type and member of the knowledge-base class the consumer's own code can reach, harbour fixture and its retired facts.</summary>
    [Fact]
    public void The_surface_a_consumer_can_reach_matches_its_snapshot()
    {
        string surface = Harbour.Surface();

        Assert.DoesNotContain("KnowledgeGen", surface.Replace("KnowledgeGenSurface", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Snapshot.Match(surface);
    }
}
