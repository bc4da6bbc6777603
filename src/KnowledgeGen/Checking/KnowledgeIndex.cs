using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The whole knowledge base as the shared generated code sees it: the path of every fact file that declares
    /// anything (the emitter names each file's data class from it), and the counts for its summary. The lookups themselves are built by the generated code
    /// on first use, so this changes only when files or declarations are added or removed, and editing a fact
    /// leaves the shared code cached.
    /// </summary>
    public sealed record KnowledgeIndex(EquatableArray<string> FactFiles, int FactCount, int EntityCount, int SourceCount)
    {
        public static readonly KnowledgeIndex Empty = new KnowledgeIndex(EquatableArray<string>.Empty, 0, 0, 0);
    }

    /// <summary>A declaration with its location, for the cross-file checks.</summary>
    public sealed record Declared<T>(T Entry, LocationInfo Location)
        where T : System.IEquatable<T>;

    /// <summary>One file's declarations and links, as the cross-file checks need them.</summary>
    public sealed record FactFileSummary(
        string Path,
        EquatableArray<Declared<string>> Facts,
        EquatableArray<FactLink> FactLinks,
        EquatableArray<Declared<EntityIndexEntry>> Entities,
        EquatableArray<Declared<SourceFileEntry>> Sources,
        EquatableArray<Declared<string>> Measures = default,
        bool TextIsValid = true,
        EquatableArray<Declared<RetiredEntry>> Retired = default);

    /// <summary>A retired fact's id and the fact that replaces it, if any.</summary>
    public sealed record RetiredEntry(string Id, IdReference? Replacement);

    public sealed record EntityIndexEntry(string Id, EntityKind Kind);

    public sealed record SourceFileEntry(string Id, string ResolvedPath);

    /// <summary>
    /// The cross-file result: the index for the shared code and the diagnostics found building it.
    /// <see cref="LeftOut"/> are the paths of fact files that reached the compilation a second time by another
    /// path: such a file is checked and generated once, under its plainer path. <see cref="Excluded"/> are the
    /// id locations of declarations that repeat an earlier id or C# name: they are reported and not generated.
    /// <see cref="NotGenerated"/> are fact files whose text is not valid UTF-8 (KG0006): checked and reported,
    /// but not generated, so that no replacement character reaches generated code.
    /// </summary>
    public sealed record CrossFileResult(KnowledgeIndex Index, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> LeftOut, EquatableArray<LocationInfo> Excluded, EquatableArray<string> NotGenerated);
}
