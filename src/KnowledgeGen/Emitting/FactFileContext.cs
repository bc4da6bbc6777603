using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>An entity's display name, for the documentation of the facts that name it.</summary>
    public sealed record EntityName(string Id, string Name);

    /// <summary>The sentences of a source's text, in order, as printed; none where the text is missing or refused.</summary>
    public sealed record SourceSentences(string Id, EquatableArray<string> Sentences);

    /// <summary>
    /// What one file's code needs from the other files: the facts that supersede its facts (for [Obsolete]), the
    /// facts that replace its retired facts (for their members), the names of the entities its values and attributions
    /// name (so that tooltips show "Ana Ruiz", not "ana-ruiz"), and the sentences of the sources it declares, which every
    /// citation of them reads by number. Narrowed to the file, so that a change elsewhere rewrites this file's code only
    /// when it concerns this file; a source's sentences depend on its text alone.
    /// </summary>
    public sealed record FactFileContext(
        EquatableArray<Supersession> Supersessions,
        EquatableArray<EntityName> Names,
        EquatableArray<Replacement> Replacements = default,
        EquatableArray<SourceSentences> Sentences = default)
    {
        public static readonly FactFileContext None = new FactFileContext(EquatableArray<Supersession>.Empty, EquatableArray<EntityName>.Empty);

        public static FactFileContext For(FactFileSpec file, EquatableArray<Supersession> supersessions, KnowledgeCatalog catalog, EquatableArray<Replacement> replacements = default)
        {
            var named = new HashSet<string>(file.Facts.SelectMany(f => NamedIds(f.Value).Concat(f.AccordingTo.Select(a => a.Id))), System.StringComparer.Ordinal);
            return new FactFileContext(
                Supersession.For(file, supersessions),
                catalog.Entities.Where(e => named.Contains(e.Id)).Select(e => new EntityName(e.Id, e.Name)).ToEquatableArray(),
                Replacement.For(file, replacements),
                file.Sources.Select(source => new SourceSentences(source.Id, SentencesOf(source, catalog))).ToEquatableArray());
        }

        /// <summary>The sentences of the declared source's text, if the catalog holds this declaration's text.</summary>
        private static EquatableArray<string> SentencesOf(SourceSpec source, KnowledgeCatalog catalog)
        {
            foreach (CatalogSource known in catalog.Sources)
            {
                if (known.Id == source.Id && known.ResolvedPath == source.ResolvedPath && known.Document is { } document)
                {
                    return document.Sentences;
                }
            }

            return EquatableArray<string>.Empty;
        }

        /// <summary>The name of the entity, or its id where no entity has it (an unknown id, reported by the checks).</summary>
        public System.Func<string, string> NameOf()
        {
            Dictionary<string, string> names = Names.ToDictionary(n => n.Id, n => n.Name, System.StringComparer.Ordinal);
            return id => names.TryGetValue(id, out string? name) ? name : id;
        }

        private static IEnumerable<string> NamedIds(FactValueSpec? value) => value switch
        {
            RoleSpec r => r.Organisation is null ? new[] { r.Person.Id } : new[] { r.Person.Id, r.Organisation.Id },
            StanceSpec s => new[] { s.Holder.Id },
            QuoteSpec q => new[] { q.Speaker.Id },
            TradeActionSpec t => new[] { t.Actor.Id }.Concat(t.Targets.Select(r => r.Id)),
            _ => Enumerable.Empty<string>(),
        };
    }
}
