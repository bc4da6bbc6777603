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

    [Fact]
    public void Editing_a_statement_reruns_that_files_branch_and_leaves_the_shared_index_unchanged()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact).ToList();
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        AdditionalText facts = files.Single(f => f.Path == "/kb/facts.yaml");
        var edited = new InMemoryAdditionalText(facts.Path, SmallKnowledgeBase.ValidFact.Replace("The port handled 2.5 million containers in 2019.", "In 2019 the port handled 2.5 million containers."));
        GeneratorRunResult second = driver.ReplaceAdditionalText(facts, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // The edited file's branch is modified, the other YAML file's is cached.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.ParsedFactFiles));
        Assert.Contains(IncrementalStepRunReason.Cached, Reasons(second, TrackingNames.ParsedFactFiles));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.CheckedFactFiles));

        // The source text is untouched; the catalog and the index do not change with a statement's wording.
        Assert.All(Reasons(second, TrackingNames.SourceDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(second, TrackingNames.Catalog), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "catalog: " + r));
        Assert.All(Reasons(second, TrackingNames.Index), r => Assert.True(r is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, "index: " + r));
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

        foreach (string step in AllSteps)
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
}
