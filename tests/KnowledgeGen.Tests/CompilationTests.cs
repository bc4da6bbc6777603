using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests;

/// <summary>
/// The generated code compiles against the real .NET 8 reference assemblies as C# 8 with nullable checks and
/// XML documentation diagnosed, with no error and no warning.
/// </summary>
public class CompilationTests
{
    [Fact]
    public void Fixture_compiles_without_errors_or_warnings()
    {
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Fact]
    public void Repository_knowledge_base_verifies_and_compiles_without_errors_or_warnings()
    {
        GeneratorResult result = GeneratorHarness.Run(GeneratorHarness.FilesIn(RepositoryPaths.Facts));

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Fact]
    public void Public_visibility_compiles_without_missing_documentation_warnings()
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["KnowledgeGenVisibility"] = "public" };
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), properties);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
        Assert.Contains("public static partial class TestFacts", result.GeneratedSources["KnowledgeGen.Queries.g.cs"]);
    }

    [Fact]
    public void Consumer_code_uses_the_typed_members_and_queries()
    {
        const string consumer = """
            using Test.Knowledge;

            internal static class Consumer
            {
                public static string Describe()
                {
                    TestFacts.Money budget = TestFacts.Facts.Budget2020.Value;
                    TestFacts.RoleValue role = TestFacts.Facts.RuizMayor.Value;
                    TestFacts.Fact? fact = TestFacts.FindFact("turnout");
                    System.Collections.Generic.IReadOnlyList<TestFacts.Fact> aboutCouncil = TestFacts.Organisations.HarbourCouncil.Facts;
                    System.Collections.Generic.IReadOnlyList<TestFacts.QuoteFact> quotes = TestFacts.FactsOf<TestFacts.QuoteFact>();
                    return budget + role.Person.Name + role.Position + fact?.Statement + aboutCouncil.Count + quotes.Count + TestFacts.Sources.HarbourNews.Title;
                }
            }
            """;
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), consumerCode: consumer);

        DiagnosticAssert.None(result.CompilationDiagnostics);
    }
}
