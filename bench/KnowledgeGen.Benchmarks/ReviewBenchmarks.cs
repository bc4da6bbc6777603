using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeGen.Tool.Reviewing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Benchmarks;

/// <summary>
/// The reviewing commands against a full generator run on the same knowledge base: `diff` of two facts folders
/// on disk that differ in one fact's value, and `report` of one folder into HTML pages on disk.
/// bench/review.sh runs this class and writes its figures into docs/performance.md.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReviewBenchmarks
{
    private List<AdditionalText> _files = [];
    private CSharpCompilation _compilation = null!;
    private string _work = string.Empty;

    [Params(100_000)]
    public int Facts { get; set; }

    private string Before => Path.Combine(_work, "before", "facts");

    private string After => Path.Combine(_work, "after", "facts");

    private string Report => Path.Combine(_work, "report");

    [GlobalSetup]
    public void Setup()
    {
        _files = GeneratorHarness.Files(SyntheticKnowledgeBase.Create(Facts));
        _compilation = GeneratorHarness.Compilation();
        _work = Path.Combine(Path.GetTempPath(), "knowledgegen-review-" + Guid.NewGuid().ToString("N"));
        SyntheticKnowledgeBase.WriteTo(Path.Combine(_work, "before"), Facts);
        SyntheticKnowledgeBase.WriteTo(Path.Combine(_work, "after"), Facts);

        // One fact changed: the first fact's statement.
        string part = Path.Combine(After, "part-00000.yaml");
        string text = File.ReadAllText(part);
        int statement = text.IndexOf("statement: \"", StringComparison.Ordinal) + "statement: \"".Length;
        File.WriteAllText(part, text.Insert(statement, "Reportedly, "), new UTF8Encoding(false));
        string markdown = DiffMarkdownWriter.Write(DiffCommand.Compare(Before, After), "before", "after");
        if (!markdown.Contains("**Facts:** 1 changed.", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The benchmark's edit did not change exactly one fact:\n" + markdown);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_work, recursive: true);

    [Benchmark(Baseline = true, Description = "Full generator run")]
    public int FullGeneratorRun()
        => GeneratorHarness.Driver(_files).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "diff, one fact changed")]
    public int DiffOneFactChanged()
        => DiffMarkdownWriter.Write(DiffCommand.Compare(Before, After), "before", "after").Length;

    [Benchmark(Description = "report")]
    public int WriteReport()
        => ReportCommand.Run(new DirectoryInfo(After), new DirectoryInfo(Report), null, TextWriter.Null, TextWriter.Null);
}
