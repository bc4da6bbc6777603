using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests;

/// <summary>
/// A fact file's <c>retired:</c> entries: read, checked against the live facts, and generated as members that
/// are obsolete as errors, so that code still using a removed fact fails with CS0619 saying why and what to use.
/// </summary>
public class RetiredFactTests
{
    private const string Retired = """
        retired:
          - id: containers-2018
            reason: The report was corrected; the count for 2019 is the one it stands by.
            replacement: containers-2019
          - id: old-claim
            reason: The article withdrew it, saying "it was wrong" \ nothing replaces it

        """;

    [Fact]
    public void Retired_entries_are_read_with_their_reason_and_replacement()
    {
        FactFileSpec file = FactFileParser.Parse("/kb/facts.yaml", SmallKnowledgeBase.ValidFact + Retired, CancellationToken.None);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(["containers-2018", "old-claim"], file.Retired.Select(r => r.Id));
        Assert.Equal("containers-2019", file.Retired[0].Replacement?.Id);
        Assert.Null(file.Retired[1].Replacement);
        Assert.Equal(12, file.Retired[0].Replacement?.Location.LineSpan.Start.Line);
        Assert.Equal("The article withdrew it, saying \"it was wrong\" \\ nothing replaces it", file.Retired[1].Reason);
    }

    [Theory]
    [InlineData("an unknown field", "    replacement: containers-2019\n", "    replacement: containers-2019\n    colour: blue\n", "KG0010")]
    [InlineData("no reason", "    reason: The report was corrected; the count for 2019 is the one it stands by.\n", "", "KG0011")]
    [InlineData("an id not in kebab-case", "  - id: containers-2018", "  - id: Containers_2018", "KG0013")]
    public void A_mistake_in_a_retired_entry_is_reported(string mistake, string valid, string broken, string id)
    {
        string text = SmallKnowledgeBase.ValidFact + Retired.Replace(valid, broken);
        Assert.Contains(valid, SmallKnowledgeBase.ValidFact + Retired);

        FactFileSpec file = FactFileParser.Parse("/kb/facts.yaml", text, CancellationToken.None);

        Assert.True(file.Diagnostics.Any(d => d.Descriptor.Id == id), mistake + ": " + string.Join("; ", file.Diagnostics.Select(d => d.Descriptor.Id)));
    }

    [Fact]
    public void A_retired_id_that_is_still_a_fact_is_reported_at_the_retired_entry_and_left_out()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact + "retired:\n  - id: containers-2019\n    reason: Gone.\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KG0065", diagnostic.Id);
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("facts.yaml(2,9)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_replacement_that_is_no_fact_is_reported_at_the_replacement()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact + "retired:\n  - id: containers-2018\n    reason: Gone.\n    replacement: containers-2020\n");

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KG0066", diagnostic.Id);
        Assert.Equal((13, 18), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void A_retired_id_twice_is_a_duplicate_and_a_retired_name_meeting_a_fact_name_collides()
    {
        GeneratorResult twice = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact + "retired:\n  - { id: old, reason: Gone. }\n  - { id: old, reason: Gone. }\n");
        GeneratorResult sameName = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact + "retired:\n  - { id: containers2019, reason: Gone. }\n");

        Assert.Equal("KG0020", Assert.Single(twice.GeneratorDiagnostics).Id);
        Assert.Equal("KG0024", Assert.Single(sameName.GeneratorDiagnostics).Id);
        Assert.Empty(twice.CompilationDiagnostics);
        Assert.Empty(sameName.CompilationDiagnostics);
    }

    [Fact]
    public void Code_using_a_retired_fact_fails_with_the_reason_and_the_replacement_and_retired_ids_are_not_facts()
    {
        const string consumer = """
            namespace Consumer
            {
                internal static class Use
                {
                    internal static decimal Replaced() => Test.Knowledge.TestFacts.Facts.Containers2018.Value.Amount;
                    internal static string Gone() => Test.Knowledge.TestFacts.Facts.OldClaim.Statement;
                    internal static bool Listed() => Test.Knowledge.TestFacts.FindFact("containers-2018") != null;
                }
            }
            """;

        GeneratorResult result = GeneratorHarness.Run(SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact + Retired), consumerCode: consumer);

        Assert.Empty(result.GeneratorDiagnostics);
        string[] errors = result.CompilationDiagnostics.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(
            [
                "CS0619 'TestFacts.Facts.Containers2018' is obsolete: 'The report was corrected; the count for 2019 is the one it stands by. Use TestFacts.Facts.Containers2019 (The port handled 2.5 million containers in 2019) instead.'",
                "CS0619 'TestFacts.Facts.OldClaim' is obsolete: 'The article withdrew it, saying \"it was wrong\" \\ nothing replaces it.'",
            ],
            errors);
        Assert.All(result.CompilationDiagnostics, d => Assert.Equal("Consumer.cs", d.Location.SourceTree?.FilePath));
    }

    [Fact]
    public void Without_a_use_the_generated_code_compiles_clean_and_holds_only_live_facts()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact + Retired);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        string code = result.GeneratedSources.Single(s => s.Key.StartsWith("facts_yaml.", StringComparison.Ordinal)).Value;
        Assert.Contains("public static global::Test.Knowledge.TestFacts.QuantityFact Containers2018 => global::Test.Knowledge.TestFacts.Facts.Containers2019;", code);
        Assert.Contains("public static dynamic OldClaim => throw new global::System.NotSupportedException(", code);
        string liveOnly = SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact).GeneratedSources.Single(s => s.Key.StartsWith("facts_yaml.", StringComparison.Ordinal)).Value;
        // The retired ids head the pool after the fact's (moving the indexes of the other strings), and add no fact row.
        Assert.Equal(Tables(liveOnly)[0].Length, Tables(code)[0].Length);
        Assert.Contains("GetField(\"KnowledgeGenRows\", KnowledgeGenTable.Constant), 1, 2);", code);
        Assert.Equal(["containers-2018", "old-claim"], RetiredIds(code));
    }

    [Fact]
    public void A_file_of_retired_entries_only_generates_their_members_and_their_rows_only()
    {
        GeneratorResult result = SmallKnowledgeBase.Run(
            SmallKnowledgeBase.ValidFact,
            ("retired.yaml", "retired:\n  - id: containers-2018\n    reason: Corrected.\n    replacement: containers-2019\n"));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        string code = result.GeneratedSources.Single(s => s.Key.StartsWith("retired_yaml.", StringComparison.Ordinal)).Value;
        Assert.Contains("Containers2018 =>", code);
        Assert.Empty(Tables(code)[0]);
        Assert.Equal(["containers-2018"], RetiredIds(code));
    }

    /// <summary>A data class's five tables of rows (facts, entities, sources, measures, retired ids), decoded as the support code does.</summary>
    private static int[][] Tables(string code) => KnowledgeGen.Support.KnowledgeBase.DecodeRows(Constant(code, "KnowledgeGenRows"), 5);

    /// <summary>The ids of the retired table's rows (id, message, replacement: three strings each), which index the ids and then the other strings.</summary>
    private static string[] RetiredIds(string code)
    {
        string[] pool = [.. KnowledgeGen.Support.KnowledgeBase.SplitPool(Constant(code, "KnowledgeGenIds")), .. KnowledgeGen.Support.KnowledgeBase.SplitPool(Constant(code, "KnowledgeGenPool"))];
        return Tables(code)[4].Where((_, i) => i % 3 == 0).Select(index => pool[index]).ToArray();
    }

    private static string Constant(string code, string name)
        => CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Single(v => v.Identifier.ValueText == name).Initializer!.Value.GetFirstToken().ValueText;

    [Fact]
    public void Retired_members_compile_at_CSharp_7_3_with_no_warning()
    {
        CSharpParseOptions parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp7_3);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("internal static class Consumer { }", parseOptions)],
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999));
        CSharpGeneratorDriver.Create(
                [new KnowledgeGenerator().AsSourceGenerator()],
                SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact + Retired),
                parseOptions,
                new TestOptionsProvider(GeneratorHarness.DefaultProperties))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

        Assert.Empty(Infrastructure.CompletenessChecks.Hide(diagnostics));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        Assert.Contains(output.SyntaxTrees, tree => tree.ToString().Contains("Containers2018", StringComparison.Ordinal));
    }
}
