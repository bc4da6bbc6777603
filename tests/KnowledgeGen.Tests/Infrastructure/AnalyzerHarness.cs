using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>Runs <see cref="FactFileAnalyzer"/> over additional files as the compiler or an editor would.</summary>
public static class AnalyzerHarness
{
    /// <summary>The MSBuild properties of a build that runs analyzers, as build/KnowledgeGen.props sets them.</summary>
    public static readonly IReadOnlyDictionary<string, string> AnalyzersRun = new Dictionary<string, string>(GeneratorHarness.DefaultProperties)
    {
        [GeneratorOptions.AnalyzerReportsChecksProperty] = "true",
    };

    public static CompilationWithAnalyzers Create(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> properties)
        => GeneratorHarness.CreateCompilation().WithAnalyzers(
            [new FactFileAnalyzer()],
            new AnalyzerOptions([.. files], new TestOptionsProvider(properties)));

    /// <summary>Every diagnostic the analyzer reports in a whole build.</summary>
    public static ImmutableArray<Diagnostic> Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null)
        => Create(files, properties ?? AnalyzersRun).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}
