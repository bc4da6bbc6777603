using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// A fact as a retired fact's member needs it when it names the fact as its replacement: the member takes the
    /// fact's typed class, returns the fact, and its [Obsolete] message quotes the statement. Only facts some retired
    /// entry names are gathered, from every file, then narrowed to the replacements a file's own <c>retired:</c>
    /// entries name, so that a file's code is written again only when one of those facts changes its kind or statement.
    /// </summary>
    public sealed record Replacement(string Id, FactKind Kind, string Statement)
    {
        /// <summary>The ids the file's retired entries name as replacements.</summary>
        public static EquatableArray<string> IdsNamedBy(FactFileSpec file)
            => file.Retired.Select(r => r.Replacement?.Id).OfType<string>().ToEquatableArray();

        /// <summary>Every id named as a replacement in any file of a knowledge base, once, in order.</summary>
        public static EquatableArray<string> Union(ImmutableArray<EquatableArray<string>> files)
            => files.SelectMany(file => file).Distinct(System.StringComparer.Ordinal).OrderBy(id => id, System.StringComparer.Ordinal).ToEquatableArray();

        /// <summary>The file's facts among those named as replacements.</summary>
        public static EquatableArray<Replacement> Of(FactFileSpec file, EquatableArray<string> named)
        {
            if (named.Count == 0)
            {
                return EquatableArray<Replacement>.Empty;
            }

            var ids = new HashSet<string>(named, System.StringComparer.Ordinal);
            return file.Facts.Where(f => ids.Contains(f.Id)).Select(f => new Replacement(f.Id, f.Kind, f.Statement)).ToEquatableArray();
        }

        /// <summary>Every file's facts, each id once (the first by path; a repeated id is reported elsewhere).</summary>
        public static EquatableArray<Replacement> Merge(ImmutableArray<EquatableArray<Replacement>> files)
            => files.SelectMany(file => file)
                .GroupBy(r => r.Id, System.StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(r => r.Id, System.StringComparer.Ordinal)
                .ToEquatableArray();

        /// <summary>The facts that the file's retired entries name as replacements.</summary>
        public static EquatableArray<Replacement> For(FactFileSpec file, EquatableArray<Replacement> all)
        {
            var ids = new HashSet<string>(file.Retired.Select(r => r.Replacement?.Id).OfType<string>(), System.StringComparer.Ordinal);
            return ids.Count == 0 ? EquatableArray<Replacement>.Empty : all.Where(r => ids.Contains(r.Id)).ToEquatableArray();
        }
    }
}
