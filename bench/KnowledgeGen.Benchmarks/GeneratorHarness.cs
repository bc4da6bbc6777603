using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Benchmarks;

/// <summary>The generator driven in memory, as the compiler drives it, over a synthetic knowledge base.</summary>
public static class GeneratorHarness
{
    /// <summary>Longest time spent bringing a case to its steady state before BenchmarkDotNet's own warm-ups (see <see cref="WarmUp"/>).</summary>
    private static readonly TimeSpan SteadyStateTime = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Runs a case until the runtime has compiled its hot code fully (at most 40 operations or
    /// <see cref="SteadyStateTime"/>, at least one). The tiered JIT first runs every method unoptimised and
    /// recompiles the ones called often in the background, after a pause in new compilations: at 1,000 and 10,000
    /// facts the two warm-ups of a job end before that, so its iterations measured the recompilation, each faster
    /// than the one before (docs/performance.md, "Issue 29, s29m"). An editor re-runs the generator in a process
    /// that stays up, at its steady state; every case of a generator run, and its baseline, gets the same warm-up.
    /// </summary>
    public static void WarmUp(Func<int> operation)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (int run = 0; run < 40 && (run == 0 || watch.Elapsed < SteadyStateTime); run++)
        {
            operation();
        }
    }

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp8);

    /// <summary>A consumer compiled as it ships, optimised: a debug build's DebuggableAttribute turns the JIT's optimisations off.</summary>
    public static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText("class Consumer { }", ParseOptions)],
        Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

    /// <param name="trackSteps">Whether the driver records each step's run, to see which steps an edit runs again.</param>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [new KnowledgeGenerator().AsSourceGenerator()],
        files,
        ParseOptions,
        TaggedFiles.Instance,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static List<AdditionalText> Files(IReadOnlyList<(string Path, string Text)> files)
        => files.Select(f => (AdditionalText)new TextFile("/synthetic/" + f.Path, f.Text)).ToList();

    /// <summary>The tags build/KnowledgeGen.props gives the files it adds: *.yaml a fact file, *.txt a source.</summary>
    public sealed class TaggedFiles : AnalyzerConfigOptionsProvider
    {
        public static readonly TaggedFiles Instance = new();

        private static readonly AnalyzerConfigOptions Facts = new Tag(FileTags.Facts);
        private static readonly AnalyzerConfigOptions Source = new Tag(FileTags.Source);
        private static readonly AnalyzerConfigOptions None = new Tag(null);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => textFile.Path.EndsWith(".yaml", StringComparison.Ordinal) ? Facts : textFile.Path.EndsWith(".txt", StringComparison.Ordinal) ? Source : None;

        private sealed class Tag(string? tag) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_metadata.AdditionalFiles." + FileTags.MetadataName ? tag : null;
                return value is not null;
            }
        }
    }

    public sealed class TextFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
