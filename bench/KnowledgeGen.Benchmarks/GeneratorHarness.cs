using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeGen.Benchmarks;

/// <summary>The generator driven in memory, as the compiler drives it, over a synthetic knowledge base.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.CSharp8);

    public static CSharpCompilation Compilation() => CSharpCompilation.Create(
        "Consumer",
        [CSharpSyntaxTree.ParseText("class Consumer { }", ParseOptions)],
        Net80.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files) => CSharpGeneratorDriver.Create(
        [new KnowledgeGenerator().AsSourceGenerator()],
        files,
        ParseOptions,
        optionsProvider: null,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static List<AdditionalText> Files(IReadOnlyList<(string Path, string Text)> files)
        => files.Select(f => (AdditionalText)new TextFile("/synthetic/" + f.Path, f.Text)).ToList();

    public sealed class TextFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
