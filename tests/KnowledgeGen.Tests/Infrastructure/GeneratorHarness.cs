using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Runs the generator in memory over a set of additional files, the way the compiler does, and compiles the
/// result against the real .NET 8 reference assemblies with XML documentation checked.
/// </summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.CSharp8)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    public static readonly IReadOnlyDictionary<string, string> DefaultProperties = new Dictionary<string, string>
    {
        ["KnowledgeGenNamespace"] = "Test.Knowledge",
        ["KnowledgeGenClassName"] = "TestFacts",
        ["MSBuildProjectDirectory"] = "/kb",
    };

    public static CSharpCompilation CreateCompilation(string consumerCode = "")
        => CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(consumerCode, ParseOptions, path: "Consumer.cs")],
            Net80.References.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                generalDiagnosticOption: ReportDiagnostic.Default));

    /// <summary>A driver over <paramref name="files"/>; <paramref name="parseOptions"/> are the compilation's (default: <see cref="ParseOptions"/>).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            [new KnowledgeGenerator().AsSourceGenerator()],
            files,
            parseOptions ?? ParseOptions,
            new TestOptionsProvider(properties ?? DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorResult Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, string consumerCode = "")
    {
        CSharpCompilation compilation = CreateCompilation(consumerCode);
        GeneratorDriver driver = CreateDriver(files, properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GeneratorResult(driver, output, generatorDiagnostics);
    }

    /// <summary>Runs over files given as (path, text) pairs; paths are rooted at /kb/.</summary>
    public static GeneratorResult Run(params (string Path, string Text)[] files)
        => Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText("/kb/" + f.Path, f.Text)));

    /// <summary>Every file of a folder on disk, as a consumer's build would add it.</summary>
    public static IReadOnlyList<AdditionalText> FilesIn(string folder)
        => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p.Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
}

public sealed record GeneratorResult(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> AllGeneratorDiagnostics)
{
    /// <summary>The generator's diagnostics without the completeness warnings a test does not ask for (see <see cref="CompletenessChecks"/>).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => CompletenessChecks.Hide(AllGeneratorDiagnostics);

    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>The generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> GeneratedSources
        => RunResult.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Diagnostics of the compiled output, generated code included, with hidden ones left out.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics
        => Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
}
