using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// Target 2: the run after editing one fact file of 100 (a statement reworded, as in an editor) against a
/// full run. Drivers are immutable, so every invocation starts from the same warm driver and applies the edit.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class IncrementalRunBenchmarks
{
    private List<AdditionalText> _files = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;

    [Params(10_000, 100_000)]
    public int Facts { get; set; }

    [GlobalSetup(Target = nameof(FullRun))]
    public void SetupFullRun()
    {
        Setup();
        GeneratorHarness.WarmUp(FullRun);
    }

    /// <summary>The edit is measured at the same steady state as the full run it is compared with (<see cref="GeneratorHarness.WarmUp"/>).</summary>
    [GlobalSetup(Target = nameof(RunAfterEdit))]
    public void SetupRunAfterEdit()
    {
        Setup();
        GeneratorHarness.WarmUp(RunAfterEdit);
    }

    internal void Setup()
    {
        _files = GeneratorHarness.Files(SyntheticKnowledgeBase.Create(Facts));
        _compilation = GeneratorHarness.Compilation();
        _warm = GeneratorHarness.Driver(_files).RunGenerators(_compilation);
        _original = _files.Single(f => f.Path.EndsWith("/part-00042.yaml", StringComparison.Ordinal));
        string text = _original.GetText()!.ToString();
        int statement = text.IndexOf("statement: \"", StringComparison.Ordinal) + "statement: \"".Length;
        _edited = new GeneratorHarness.TextFile(_original.Path, text.Insert(statement, "Reportedly, "));
    }

    [Benchmark(Baseline = true, Description = "Full run")]
    public int FullRun() => GeneratorHarness.Driver(_files).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Run after editing 1 file of 100")]
    public int RunAfterEdit() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>
    /// The steps the edit runs again, by tracking name: how many outputs each ran for, and how many of them changed
    /// (a step whose output did not change stops the edit there).
    /// </summary>
    public IEnumerable<string> StepsRunAgainByEdit()
    {
        GeneratorDriver tracked = GeneratorHarness.Driver(_files, trackSteps: true).RunGenerators(_compilation);
        GeneratorRunResult result = tracked.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation).GetRunResult().Results.Single();
        return result.TrackedSteps
            .Select(step => (step.Key, Outputs: step.Value.SelectMany(run => run.Outputs).Select(output => output.Reason).ToList()))
            .Select(step => (step.Key, Ran: step.Outputs.Count(reason => reason != IncrementalStepRunReason.Cached), Changed: step.Outputs.Count(reason => reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)))
            .Where(step => step.Ran > 0)
            .OrderBy(step => step.Key, StringComparer.Ordinal)
            .Select(step => $"{step.Key} {step.Ran} ({step.Changed} changed)");
    }
}
