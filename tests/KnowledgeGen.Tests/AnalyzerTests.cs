using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Tests;

/// <summary>
/// The live-error analyzer reports exactly the mistakes the generator reports, but only in an editor's live
/// analysis; the generator reports them in every compilation, so that a build prints each mistake once.
/// </summary>
public class AnalyzerTests
{
    public static TheoryData<string, string> Mistakes()
    {
        var data = new TheoryData<string, string>();
        foreach (object[] row in DiagnosticTests.Cases)
        {
            data.Add((string)row[0], (string)row[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Analyzer_in_live_analysis_reports_what_the_generator_reports_and_the_generator_reports_it_too(string mistake, string facts)
    {
        IEnumerable<AdditionalText> files = SmallKnowledgeBase.Files(facts).ToList();

        string[] fromGenerator = PrintedDiagnostics.Of(GeneratorHarness.Run(files).GeneratorDiagnostics);
        string[] fromAnalyzer = PrintedDiagnostics.Of(AnalyzerHarness.Run(files));
        string[] fromGeneratorInLiveAnalysis = PrintedDiagnostics.Of(GeneratorHarness.Run(files, AnalyzerHarness.LiveAnalysis).GeneratorDiagnostics);

        Assert.NotEmpty(fromGenerator);
        Assert.True(fromGenerator.SequenceEqual(fromAnalyzer), $"{mistake}:\ngenerator: {string.Join("\n", fromGenerator)}\nanalyzer: {string.Join("\n", fromAnalyzer)}");
        Assert.Equal(fromGenerator, fromGeneratorInLiveAnalysis);
    }

    /// <summary>
    /// With two &lt;KnowledgeBase&gt; items, live analysis checks each base apart, as the generator does: the same id
    /// in both is no duplicate, a mistake in one is reported once, and a file of no base is not read.
    /// </summary>
    [Fact]
    public void Live_analysis_checks_each_knowledge_base_apart_as_the_generator_does()
    {
        List<AdditionalText> files = TwoKnowledgeBases.Files(SmallKnowledgeBase.ValidFact, SmallKnowledgeBase.ValidFact.Replace("about: [port]", "about: [harbour]"));
        IReadOnlyDictionary<string, string> properties = TwoKnowledgeBases.Properties(AnalyzerHarness.LiveAnalysis);
        Func<string, string?> baseOf = TwoKnowledgeBases.BaseOf;

        string[] fromAnalyzer = PrintedDiagnostics.Of(AnalyzerHarness.Run(files, properties, baseOf));
        var driver = CSharpGeneratorDriver.Create(
                [new KnowledgeGenerator().AsSourceGenerator()],
                files,
                GeneratorHarness.ParseOptions,
                new TestOptionsProvider(properties, baseOf: baseOf))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out _, out var generatorDiagnostics);

        string only = Assert.Single(fromAnalyzer);
        Assert.Contains("/kb/b/facts.yaml", only);
        Assert.Contains("KG0021", only);
        Assert.Equal(fromAnalyzer, PrintedDiagnostics.Of(CompletenessChecks.Hide(generatorDiagnostics)));
    }

    [Fact]
    public void Mistakes_across_files_are_reported_once_each_in_the_file_they_stand_in()
    {
        string declarations = SmallKnowledgeBase.Declarations.Replace("file: article.txt", "file: missing.txt");
        IEnumerable<AdditionalText> files = SmallKnowledgeBase.Files(
            SmallKnowledgeBase.ValidFact,
            ("more/facts.yaml", SmallKnowledgeBase.ValidFact),
            ("sources.yaml", declarations.Replace("port-report", "port-report-2").Replace("lee-park", "lee-park-2").Replace("id: port\n", "id: port-2\n"))).ToList();

        string[] fromGenerator = PrintedDiagnostics.Of(GeneratorHarness.Run(files).GeneratorDiagnostics);
        string[] fromAnalyzer = PrintedDiagnostics.Of(AnalyzerHarness.Run(files));

        Assert.Collection(
            fromAnalyzer,
            d => Assert.StartsWith("/kb/more/facts.yaml(2,9): error KG0020:", d, StringComparison.Ordinal),
            d => Assert.StartsWith("/kb/sources.yaml(3,11): error KG0030:", d, StringComparison.Ordinal));
        Assert.Equal(fromGenerator, fromAnalyzer);
    }

    [Fact]
    public async Task An_editor_asking_about_one_file_gets_that_files_mistakes_only()
    {
        IReadOnlyList<AdditionalText> files = SmallKnowledgeBase.Files(
            SmallKnowledgeBase.ValidFact.Replace("about: [port]", "about: [harbour]"),
            ("other.yaml", SmallKnowledgeBase.ValidFact.Replace("containers-2019", "other-2019").Replace("source: port-report", "source: port-news"))).ToList();
        CompilationWithAnalyzers analyzers = AnalyzerHarness.Create(files, AnalyzerHarness.LiveAnalysis);

        AnalysisResult result = await analyzers.GetAnalysisResultAsync(files.Single(f => f.Path == "/kb/facts.yaml"), CancellationToken.None);

        Diagnostic diagnostic = Assert.Single(CompletenessChecks.Hide(result.GetAllDiagnostics()));
        Assert.Equal("KG0021", diagnostic.Id);
        Assert.Equal("/kb/facts.yaml", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Analyzer_is_silent_outside_live_analysis_where_the_generator_reports()
    {
        IEnumerable<AdditionalText> files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact.Replace("about: [port]", "about: [harbour]"));

        Assert.Empty(AnalyzerHarness.Run(files, GeneratorHarness.DefaultProperties));
        Assert.Equal(["KG0021"], GeneratorHarness.Run(files).GeneratorDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Live_analysis_changes_no_generated_code_and_the_repository_has_no_mistakes()
    {
        IReadOnlyList<AdditionalText> files = GeneratorHarness.FilesIn(RepositoryPaths.Facts);

        GeneratorResult build = GeneratorHarness.Run(files);
        GeneratorResult live = GeneratorHarness.Run(files, AnalyzerHarness.LiveAnalysis);

        Assert.Empty(AnalyzerHarness.Run(files));
        Assert.Equal(build.GeneratedSources, live.GeneratedSources);
    }

    [Fact]
    public void Analyzer_declares_every_diagnostic_id()
    {
        string[] declared = new FactFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToArray();
        string[] fields = typeof(Diagnostics).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(fields, declared);
        Assert.Equal(Diagnostics.All.Select(d => d.Id), declared);
    }
}
