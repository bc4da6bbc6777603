using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>What the shared code needs of one fact: enough to index it, nothing it would not use.</summary>
    public sealed record FactIndexEntry(
        string Id,
        FactKind Kind,
        EquatableArray<string> About,
        EquatableArray<string> CitedSources,
        PartialDate? From,
        PartialDate? To,
        string? RolePerson,
        EquatableArray<string> Supersedes,
        EquatableArray<string> Contradicts);

    public sealed record EntityIndexEntry(string Id, EntityKind Kind);

    /// <summary>
    /// The whole knowledge base as the shared generated code sees it: ids, kinds and relations, without the
    /// statements, quotes or locations, so that editing a fact's wording leaves the shared code cached.
    /// </summary>
    public sealed record KnowledgeIndex(
        EquatableArray<FactIndexEntry> Facts,
        EquatableArray<EntityIndexEntry> Entities,
        EquatableArray<string> Sources);

    /// <summary>A declaration with its location, for the cross-file checks.</summary>
    public sealed record Declared<T>(T Entry, LocationInfo Location)
        where T : System.IEquatable<T>;

    /// <summary>One file's declarations and links, as the cross-file checks need them.</summary>
    public sealed record FactFileSummary(
        string Path,
        EquatableArray<Declared<FactIndexEntry>> Facts,
        EquatableArray<IdReference> FactLinks,
        EquatableArray<Declared<EntityIndexEntry>> Entities,
        EquatableArray<Declared<SourceFileEntry>> Sources);

    public sealed record SourceFileEntry(string Id, string ResolvedPath);

    /// <summary>The cross-file result: the index for the shared code and the diagnostics found building it.</summary>
    public sealed record CrossFileResult(KnowledgeIndex Index, EquatableArray<DiagnosticInfo> Diagnostics);
}
