using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// MSBuild properties as the generator sees them (build_property.*), and the item metadata build/KnowledgeGen.props
/// gives the files it adds: by default every *.yaml and *.yml is tagged a fact file and every *.txt a source, as
/// if the props had added them; <paramref name="tags"/> gives the tag of each path instead (no entry: untagged).
/// <paramref name="baseOf"/> gives a file's KnowledgeGenBase metadata, as the props give it for &lt;KnowledgeBase&gt; items.
/// </summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties, IReadOnlyDictionary<string, string>? tags = null, Func<string, string?>? baseOf = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(
        properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        string? tag = tags is null ? TagByExtension(textFile.Path) : tags.GetValueOrDefault(textFile.Path);
        if (tag is null)
        {
            return Options.Empty;
        }

        ImmutableDictionary<string, string> metadata = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles." + FileTags.MetadataName, tag);
        string? key = baseOf?.Invoke(textFile.Path);
        return new Options(key is null ? metadata : metadata.Add("build_metadata.AdditionalFiles." + FileTags.BaseMetadataName, key));
    }

    public static string? TagByExtension(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? FileTags.Facts
            : path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? FileTags.Source
            : null;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
