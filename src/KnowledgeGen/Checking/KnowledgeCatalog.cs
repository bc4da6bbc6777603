using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>An entity as other files see it: no locations, so moving it within its file changes nothing.</summary>
    public sealed record CatalogEntity(string Id, EntityKind Kind, string Name, EquatableArray<string> Aliases);

    /// <summary>A source as other files see it, with its text where the text file was found.</summary>
    public sealed record CatalogSource(string Id, string Title, string ResolvedPath, SourceDocument? Document, PartialDate? Published = null);

    /// <summary>
    /// The declarations of one file that other files depend on. <paramref name="ReadingStopped"/> says the YAML could
    /// not be read to its end, so declarations of the file may be missing.
    /// </summary>
    public sealed record CatalogPart(string Path, EquatableArray<CatalogEntity> Entities, EquatableArray<(string Id, string Title, string ResolvedPath, PartialDate? Published)> Sources, bool ReadingStopped = false)
    {
        public static CatalogPart From(FactFileSpec file) => new CatalogPart(
            file.Path,
            file.Entities.Select(e => new CatalogEntity(e.Id, e.Kind, e.Name, e.Aliases)).ToEquatableArray(),
            file.Sources.Select(s => (s.Id, s.Title, s.ResolvedPath, s.Published?.Date)).ToEquatableArray(),
            ClaimSummary.ReadingStoppedIn(file));
    }

    /// <summary>
    /// Every entity and source of the knowledge base, which each file's checks resolve references against.
    /// Where an id is declared twice the first file (by path) wins; the duplicate is reported elsewhere.
    /// </summary>
    public sealed record KnowledgeCatalog(EquatableArray<CatalogEntity> Entities, EquatableArray<CatalogSource> Sources)
    {
        public static readonly KnowledgeCatalog Empty = new KnowledgeCatalog(EquatableArray<CatalogEntity>.Empty, EquatableArray<CatalogSource>.Empty);

        /// <summary>The folder that paths named in messages are shown relative to (the project's), as the build shows its locations.</summary>
        public string DisplayDirectory { get; init; } = string.Empty;

        /// <summary>
        /// Whether a file could not be read to its end: an id it would have declared is missing, so a reference to
        /// an id not found is a knock-on of that file's one YAML error rather than a mistake of its own.
        /// </summary>
        public bool Incomplete { get; init; }

        public static KnowledgeCatalog Build(ImmutableArray<CatalogPart> parts, ImmutableArray<SourceDocument> documents)
        {
            var documentsByPath = new Dictionary<string, SourceDocument>();
            foreach (SourceDocument document in documents)
            {
                documentsByPath[document.Path] = document;
            }

            var entities = new Dictionary<string, CatalogEntity>();
            var sources = new Dictionary<string, CatalogSource>();
            foreach (CatalogPart part in parts.OrderBy(p => p.Path, System.StringComparer.Ordinal))
            {
                foreach (CatalogEntity entity in part.Entities)
                {
                    if (!entities.ContainsKey(entity.Id))
                    {
                        entities.Add(entity.Id, entity);
                    }
                }

                foreach ((string id, string title, string resolvedPath, PartialDate? published) in part.Sources)
                {
                    if (!sources.ContainsKey(id))
                    {
                        documentsByPath.TryGetValue(resolvedPath, out SourceDocument? document);
                        sources.Add(id, new CatalogSource(id, title, resolvedPath, document, published));
                    }
                }
            }

            return new KnowledgeCatalog(
                entities.Values.OrderBy(e => e.Id, System.StringComparer.Ordinal).ToEquatableArray(),
                sources.Values.OrderBy(s => s.Id, System.StringComparer.Ordinal).ToEquatableArray())
            {
                Incomplete = parts.Any(p => p.ReadingStopped),
            };
        }
    }
}
