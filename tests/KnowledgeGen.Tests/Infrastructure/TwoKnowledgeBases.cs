using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// The small knowledge base twice, as two &lt;KnowledgeBase&gt; items "a" (class Test.A.AFacts, files under /kb/a/)
/// and "b" (Test.B.BFacts, under /kb/b/), with the properties and file metadata build/KnowledgeGen.props gives
/// them, and a stray fact file of no base that is not valid YAML.
/// </summary>
public static class TwoKnowledgeBases
{
    public const string Declared = "a*AFacts*Test.A|b*BFacts*Test.B";

    public static IReadOnlyDictionary<string, string> Properties(IReadOnlyDictionary<string, string> properties)
        => new Dictionary<string, string>(properties) { ["KnowledgeGenKnowledgeBases"] = Declared };

    public static string? BaseOf(string path)
        => path.StartsWith("/kb/a/", StringComparison.Ordinal) ? "a" : path.StartsWith("/kb/b/", StringComparison.Ordinal) ? "b" : null;

    public static List<AdditionalText> Files(string factsOfA, string factsOfB)
        => InFolder("a", factsOfA).Concat(InFolder("b", factsOfB))
            .Append(new InMemoryAdditionalText("/kb/stray.yaml", "facts: [unclosed\n"))
            .ToList();

    private static IEnumerable<AdditionalText> InFolder(string key, string facts)
        => SmallKnowledgeBase.Files(facts).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path.Replace("/kb/", "/kb/" + key + "/"), f.GetText()!.ToString()));
}
