using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// What the live-error analyzer costs: a whole-compilation analyzer run, as a build with analyzers does it
/// on top of the generator, against a full generator run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class AnalyzerRunBenchmarks
{
    private List<AdditionalText> _files = [];
    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [Params(1_000, 10_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = GeneratorHarness.Files(SyntheticKnowledgeBase.Create(Facts));
        _compilation = GeneratorHarness.Compilation();
        _options = new AnalyzerOptions([.. _files], new AnalyzersRunOptions());
    }

    [Benchmark(Baseline = true, Description = "Full generator run")]
    public int FullGeneratorRun()
        => GeneratorHarness.Driver(_files).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Analyzer over every fact file")]
    public int AnalyzerRun()
        => _compilation.WithAnalyzers([new FactFileAnalyzer()], _options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    /// <summary>The build property build/KnowledgeGen.props sets when the compiler runs analyzers.</summary>
    private sealed class AnalyzersRunOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Global = new Options(ImmutableDictionary<string, string>.Empty
            .Add("build_property." + FactFileAnalyzer.LiveAnalysisProperty, "true"));

        private static readonly AnalyzerConfigOptions None = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GeneratorHarness.TaggedFiles.Instance.GetOptions(textFile);

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
                => values.TryGetValue(key, out value);
        }
    }
}
