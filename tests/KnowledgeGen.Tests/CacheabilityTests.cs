using System.Globalization;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests;

/// <summary>
/// The pipeline's steps, by tracking name, on a second run: nothing re-runs for the same input, and an edit to
/// one fact file re-runs that file's branch and the cross-file steps only.
/// </summary>
public class CacheabilityTests
{
    private static readonly string[] AllSteps = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();

    [Fact]
    public void Second_run_with_the_same_inputs_reruns_nothing()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        GeneratorRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (string step in AllSteps)
        {
            Assert.True(second.TrackedSteps.ContainsKey(step), "step not tracked: " + step);
            Assert.All(
                Reasons(second, step),
                reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " ran again: " + reason));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    /// <summary>
    /// Two knowledge bases declared as items, the same files in each: the same ids in two bases are no duplicates,
    /// each base is its own class, and a change to one base's declarations leaves the other base's checks cached.
    /// </summary>
    [Fact]
    public void Two_bases_are_checked_apart_and_a_change_in_one_leaves_the_others_checks_cached()
    {
        List<AdditionalText> files = TwoKnowledgeBases.Files(SmallKnowledgeBase.ValidFact, SmallKnowledgeBase.ValidFact);
        var options = new TestOptionsProvider(TwoKnowledgeBases.Properties(GeneratorHarness.DefaultProperties), baseOf: TwoKnowledgeBases.BaseOf);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new KnowledgeGenerator().AsSourceGenerator()],
                files,
                GeneratorHarness.ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);

        Assert.Empty(Infrastructure.CompletenessChecks.Hide(diagnostics));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        Assert.NotNull(output.GetTypeByMetadataName("Test.A.AFacts+QuantityFact"));
        Assert.NotNull(output.GetTypeByMetadataName("Test.B.BFacts+QuantityFact"));
        Assert.Contains("KnowledgeGen.Test.B.BFacts.Queries.g.cs", driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName));

        GeneratorRunResult second = Edit(driver, compilation, files, "/kb/b/declarations.yaml", text => text + "  - id: harbour\n    kind: place\n    name: The harbour\n").GetRunResult().Results.Single();

        // Base b's catalog changed: each of its fact files is checked again; base a's files get an equal catalog and stay cached.
        Assert.Equal(4, Reasons(second, TrackingNames.FileCatalogs).Count());
        Assert.Equal(2, Reasons(second, TrackingNames.CheckedFactFiles).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(2, Reasons(second, TrackingNames.CheckedFactFiles).Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(second, TrackingNames.SourceDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_a_statement_reruns_that_files_branch_and_leaves_the_shared_index_unchanged()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        GeneratorRunResult second = Edit(driver, compilation, files, "/kb/facts.yaml", _ => SmallKnowledgeBase.ValidFact.Replace("The port handled 2.5 million containers in 2019.", "In 2019 the port handled 2.5 million containers.")).GetRunResult().Results.Single();

        // The edited file's branch is modified, the other YAML file's is cached.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.ParsedFactFiles));
        Assert.Contains(IncrementalStepRunReason.Cached, Reasons(second, TrackingNames.ParsedFactFiles));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.CheckedFactFiles));

        // The source text is untouched; the catalog and the index do not change with a statement's wording.
        Assert.All(Reasons(second, TrackingNames.SourceDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.Catalog), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "catalog: " + r));
        Assert.All(Reasons(second, TrackingNames.Index), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "index: " + r));

        // The checks over all facts (measures, sentence accounting) see no wording, so their summary of the file
        // and their diagnostics are unchanged.
        Assert.All(Reasons(second, TrackingNames.ClaimSummaries), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "claim summaries: " + r));
        Assert.All(Reasons(second, TrackingNames.CrossFactDiagnostics), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "cross-fact diagnostics: " + r));
    }

    [Fact]
    public void Editing_one_fact_file_of_many_reruns_that_files_branch_only()
    {
        var extra = Enumerable.Range(1, 19)
            .Select(i => ("part-" + i + ".yaml", SmallKnowledgeBase.ValidFact.Replace("containers-2019", "containers-2019-" + i)))
            .ToArray();
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact, extra).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        GeneratorRunResult second = Edit(driver, compilation, files, "/kb/part-7.yaml", text => text.Replace("The port handled 2.5 million containers in 2019.", "In 2019, the port handled 2.5 million containers.")).GetRunResult().Results.Single();

        // Of the 21 YAML files, one branch re-runs; the other 20 are cached.
        Assert.Equal(1, Reasons(second, TrackingNames.ParsedFactFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(20, Reasons(second, TrackingNames.ParsedFactFiles).Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, Reasons(second, TrackingNames.CheckedFactFiles).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(20, Reasons(second, TrackingNames.CheckedFactFiles).Count(r => r == IncrementalStepRunReason.Cached));

        // The cross-file steps see the same index (or, where the edit moved no declaration, do not run at all),
        // so the shared code is not regenerated.
        Assert.All(Reasons(second, TrackingNames.Index), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "index: " + r));
        Assert.All(Reasons(second, TrackingNames.Catalog), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "catalog: " + r));

        // One generated file is re-added: the edited file's. The shared files and the 20 others are cached.
        IncrementalStepRunReason[] outputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_csharp_code_runs_no_generator_step()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        CSharpCompilation edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class A { int B; }", GeneratorHarness.ParseOptions, path: "Consumer.cs"));
        GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // Only the severity settings are read again from the changed compilation; they are the same, so nothing
        // downstream runs.
        Assert.All(Reasons(second, TrackingNames.SeverityConfig), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        foreach (string step in AllSteps.Where(step => step != TrackingNames.SeverityConfig))
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_that_moves_declarations_leaves_the_cross_file_checks_cached()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        GeneratorRunResult second = Edit(driver, compilation, files, "/kb/facts.yaml", _ => "# Checked against the port's annual report.\n" + SmallKnowledgeBase.ValidFact).GetRunResult().Results.Single();

        // The file's declarations moved a line down, so its summary changed; without places it did not, and the checks
        // over every file's declarations were not run again.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Summaries));
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(second, TrackingNames.SummariesWithoutPlaces));
        Assert.All(Reasons(second, TrackingNames.CrossFileWithoutPlaces), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.CrossFile), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(second, TrackingNames.Index), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_cross_file_finding_moves_with_the_declaration_it_names()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact, ("part-1.yaml", SmallKnowledgeBase.ValidFact)).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Diagnostic before = Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == Diagnostics.DuplicateId.Id);

        Diagnostic after = Assert.Single(Edit(driver, compilation, files, "/kb/part-1.yaml", _ => "# A copy, to be merged.\n\n" + SmallKnowledgeBase.ValidFact).GetRunResult().Diagnostics, d => d.Id == Diagnostics.DuplicateId.Id);

        Assert.Equal("/kb/part-1.yaml", after.Location.GetLineSpan().Path);
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 2, after.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(before.GetMessage(CultureInfo.InvariantCulture), after.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>The driver run again after the file at <paramref name="path"/> was given the text <paramref name="change"/> makes of its own.</summary>
    private static GeneratorDriver Edit(GeneratorDriver driver, CSharpCompilation compilation, IReadOnlyList<AdditionalText> files, string path, Func<string, string> change)
    {
        AdditionalText file = files.Single(f => f.Path == path);
        return driver.ReplaceAdditionalText(file, new InMemoryAdditionalText(path, change(file.GetText()!.ToString()))).RunGenerators(compilation);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
}
