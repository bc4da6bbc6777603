using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests;

/// <summary>
/// A retired fact fails alike wherever code meets it: each use (the member, a value read on from it, with and
/// without a replacement) is CS0619 with the reason and nothing else, at C# 8 and at C# 7.3; FindFact of a
/// retired id gives the replacement or throws saying why the fact went, never a silent null. The real package
/// and project-reference builds repeat the uses in <see cref="ConsumptionTests"/>.
/// </summary>
public class RetiredMatrixTests
{
    public static TheoryData<string, LanguageVersion> Uses()
    {
        var data = new TheoryData<string, LanguageVersion>();
        foreach (string use in ConsumerAttempts.RetiredUses.Keys)
        {
            data.Add(use, LanguageVersion.CSharp8);
            data.Add(use, LanguageVersion.CSharp7_3);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void Each_use_of_a_retired_fact_is_CS0619_with_its_reason_and_no_other_error(string use, LanguageVersion version)
    {
        (string code, string message) = ConsumerAttempts.RetiredUses[use];

        IReadOnlyList<Diagnostic> diagnostics = CompileAt(version, ConsumerAttempts.File(code, 0, Harbour.Class));

        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CS0619", diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Consumer.cs", diagnostic.Location.SourceTree?.FilePath);
    }

    [Fact]
    public void FindFact_of_a_retired_id_gives_its_replacement_or_throws_with_the_reason_and_retired_ids_are_not_listed()
    {
        const string code = """
            using Harbour.Knowledge;

            internal static class Consumer
            {
                public static string Describe()
                {
                    string replaced = HarbourFacts.FindFact("budget-2019")?.Id ?? "null";
                    string gone;
                    try
                    {
                        gone = "returned " + (HarbourFacts.FindFact("old-turnout")?.Id ?? "null");
                    }
                    catch (System.NotSupportedException e)
                    {
                        gone = "threw: " + e.Message;
                    }

                    bool listed = System.Linq.Enumerable.Any(HarbourFacts.AllFacts, f => f.Id == "budget-2019" || f.Id == "old-turnout");
                    return replaced + " | " + gone + " | listed: " + listed + " | unknown: " + (HarbourFacts.FindFact("no-such-fact") == null);
                }
            }
            """;

        Assert.Equal(
            "budget-2020 | threw: The fact 'old-turnout' was retired: " + ConsumerAttempts.GoneMessage + " | listed: False | unknown: True",
            Harbour.RunConsumer(code));
    }

    [Fact]
    public void Without_a_use_the_retired_members_compile_clean_at_CSharp_7_3()
        => DiagnosticAssert.None(CompileAt(LanguageVersion.CSharp7_3, "internal static class Consumer { }"));

    private static IReadOnlyList<Diagnostic> CompileAt(LanguageVersion version, string consumerCode)
    {
        CSharpParseOptions parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(consumerCode, parseOptions, path: "Consumer.cs")],
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999, nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        CSharpGeneratorDriver.Create(
                [new KnowledgeGenerator().AsSourceGenerator()],
                Harbour.Files(),
                parseOptions,
                new TestOptionsProvider(Harbour.Properties))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        DiagnosticAssert.None(CompletenessChecks.Hide(generatorDiagnostics));
        return output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
    }
}
