using System.Text.RegularExpressions;
using KnowledgeGen.Checking;
using KnowledgeGen.Emitting;
using KnowledgeGen.Model;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>
/// The README and docs/ name the trade knowledge base's declarations in their C# examples and prose; the
/// examples compile whatever the ids (a look-up by a missing id returns null), so these hold them to today's facts:
/// each id looked up is declared, and each fact shown with its links has such links.
/// </summary>
public sealed partial class DocumentedIdTests
{
    private static readonly Lazy<CheckedKnowledgeBase> KnowledgeBase = new(() => KnowledgeBaseFolder.Load(new DirectoryInfo(RepositoryPaths.Facts)).KnowledgeBase);

    public static TheoryData<string> Documents()
        => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Prepend(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/')));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_id_looked_up_is_declared_and_each_link_shown_exists(string document)
    {
        string text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document));
        CheckedKnowledgeBase knowledgeBase = KnowledgeBase.Value;
        IEnumerable<FactFileSpec> files = knowledgeBase.Files.Select(f => f.File);
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["Fact"] = files.SelectMany(f => f.Facts).Select(f => f.Id).ToHashSet(StringComparer.Ordinal),
            ["Entity"] = files.SelectMany(f => f.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal),
            ["Source"] = files.SelectMany(f => f.Sources).Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
            ["Measure"] = files.SelectMany(f => f.Measures).Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
        };
        foreach (Match lookUp in LookUp().Matches(text))
        {
            Assert.True(declared[lookUp.Groups[1].Value].Contains(lookUp.Groups[2].Value), $"{document}: {lookUp.Value} names no {lookUp.Groups[1].Value.ToLowerInvariant()} of facts/");
        }

        var facts = knowledgeBase.Facts.ToDictionary(f => CodeNames.Member(f.Id, "Facts"), StringComparer.Ordinal);
        foreach (Match link in Link().Matches(text))
        {
            Assert.True(facts.TryGetValue(link.Groups[1].Value, out FactSpec? fact), $"{document}: {link.Value} names no fact of facts/");
            int count = link.Groups[2].Value switch
            {
                "Supersedes" => fact.Supersedes.Count,
                "Contradicts" => fact.Contradicts.Count,
                _ => knowledgeBase.Facts.Count(other => other.Supersedes.Any(s => s.Id == fact.Id)),
            };
            Assert.True(count > 0, $"{document}: {link.Value} is empty in facts/");
        }
    }

    [GeneratedRegex(@"\bFind(Fact|Entity|Source|Measure)\(""([^""]*)""\)")]
    private static partial Regex LookUp();

    [GeneratedRegex(@"\bFacts\.([A-Z]\w*)\.(Supersedes|SupersededBy|Contradicts)\b")]
    private static partial Regex Link();
}
