using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// Target 1: a full generator run (parse, check every quote and value, emit) against the floor, which is
/// parsing the same fact files with YamlDotNet's YamlStream and nothing else.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class GeneratorRunBenchmarks
{
    private List<AdditionalText> _files = [];
    private List<string> _yaml = [];
    private CSharpCompilation _compilation = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Facts { get; set; }

    /// <summary>
    /// Longest time spent bringing a case to its steady state before BenchmarkDotNet's own warm-ups (see <see cref="WarmUp"/>).
    /// </summary>
    private static readonly TimeSpan SteadyStateTime = TimeSpan.FromSeconds(15);

    [GlobalSetup(Target = nameof(ParseWithYamlStream))]
    public void SetupYamlStream()
    {
        Setup();
        WarmUp(ParseWithYamlStream);
    }

    [GlobalSetup(Target = nameof(FullGeneratorRun))]
    public void SetupFullRun()
    {
        Setup();
        WarmUp(FullGeneratorRun);
    }

    private void Setup()
    {
        IReadOnlyList<(string Path, string Text)> files = SyntheticKnowledgeBase.Create(Facts);
        _files = GeneratorHarness.Files(files);
        _yaml = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.Text).ToList();
        _compilation = GeneratorHarness.Compilation();
    }

    /// <summary>
    /// Runs the case until the runtime has compiled its hot code fully (at most 40 operations or
    /// <see cref="SteadyStateTime"/>, at least one). The tiered JIT first runs every method unoptimised and
    /// recompiles the ones called often in the background, after a pause in new compilations: at 1,000 and 10,000
    /// facts the two warm-ups of the job end before that, so its iterations measured the recompilation, each faster
    /// than the one before (docs/performance.md, "Issue 29, s29m"). An editor re-runs the generator in a process
    /// that stays up, at its steady state; both cases of a size get the same warm-up.
    /// </summary>
    private static void WarmUp(Func<int> operation)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int run = 0; run < 40 && (run == 0 || watch.Elapsed < SteadyStateTime); run++)
        {
            operation();
        }
    }

    [Benchmark(Baseline = true, Description = "YamlStream parse only")]
    public int ParseWithYamlStream()
    {
        int documents = 0;
        foreach (string text in _yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            documents += stream.Documents.Count;
        }

        return documents;
    }

    [Benchmark(Description = "Full generator run")]
    public int FullGeneratorRun()
        => GeneratorHarness.Driver(_files).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}
