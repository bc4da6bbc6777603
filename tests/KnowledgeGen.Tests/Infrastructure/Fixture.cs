using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// A fixture folder loaded under a fixed virtual path, so that hint names and generated class names (which
/// derive from paths) are the same on every machine.
/// </summary>
public static class Fixture
{
    public static IReadOnlyList<AdditionalText> Load(string name)
    {
        string folder = Path.Combine(RepositoryPaths.Fixtures, name);
        return Directory.EnumerateFiles(folder)
            .Order(StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText("/fixtures/" + name + "/" + Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();
    }
}
