using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>Runs <see cref="FactFileAnalyzer"/> over additional files as the compiler or an editor would.</summary>
public static class AnalyzerHarness
{
    /// <summary>The properties an editor's live analysis sees, as build/KnowledgeGen.props marks a design-time build.</summary>
    public static readonly IReadOnlyDictionary<string, string> LiveAnalysis = new Dictionary<string, string>(GeneratorHarness.DefaultProperties)
    {
        [FactFileAnalyzer.LiveAnalysisProperty] = "true",
    };

    public static CompilationWithAnalyzers Create(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> properties, Func<string, string?>? baseOf = null)
        => GeneratorHarness.CreateCompilation().WithAnalyzers(
            [new FactFileAnalyzer()],
            new AnalyzerOptions([.. files], new TestOptionsProvider(properties, baseOf: baseOf)));

    /// <summary>Every diagnostic the analyzer reports in a whole build, but the completeness warnings a test does not ask for (see <see cref="CompletenessChecks"/>).</summary>
    public static ImmutableArray<Diagnostic> Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, Func<string, string?>? baseOf = null)
        => CompletenessChecks.Hide(Create(files, properties ?? LiveAnalysis, baseOf).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
}
