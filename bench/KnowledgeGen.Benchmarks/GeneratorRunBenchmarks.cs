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

    [GlobalSetup(Target = nameof(ParseWithYamlStream))]
    public void SetupYamlStream()
    {
        Setup();
        GeneratorHarness.WarmUp(ParseWithYamlStream);
    }

    [GlobalSetup(Target = nameof(FullGeneratorRun))]
    public void SetupFullRun()
    {
        Setup();
        GeneratorHarness.WarmUp(FullGeneratorRun);
    }

    private void Setup()
    {
        IReadOnlyList<(string Path, string Text)> files = SyntheticKnowledgeBase.Create(Facts);
        _files = GeneratorHarness.Files(files);
        _yaml = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => f.Text).ToList();
        _compilation = GeneratorHarness.Compilation();
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
