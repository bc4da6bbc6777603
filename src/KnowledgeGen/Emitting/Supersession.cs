using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>
    /// One fact replacing another (its <c>supersedes:</c>), as the emitter needs it to mark the earlier fact's
    /// named members [Obsolete]: which fact replaces it and what that fact says. Gathered from every file, then
    /// narrowed to each file's own facts, so that a file's code is written again only when its own facts gain or
    /// lose a replacement or the replacing fact's statement changes.
    /// </summary>
    public sealed record Supersession(string SupersededId, string ById, string Statement)
    {
        public static EquatableArray<Supersession> Of(FactFileSpec file)
            => file.Facts
                .SelectMany(fact => fact.Supersedes.Select(earlier => new Supersession(earlier.Id, fact.Id, fact.Statement)))
                .ToEquatableArray();

        public static EquatableArray<Supersession> Merge(ImmutableArray<EquatableArray<Supersession>> files)
            => files.SelectMany(file => file)
                .OrderBy(s => s.SupersededId, System.StringComparer.Ordinal)
                .ThenBy(s => s.ById, System.StringComparer.Ordinal)
                .ToEquatableArray();

        /// <summary>The supersessions of the file's own facts.</summary>
        public static EquatableArray<Supersession> For(FactFileSpec file, EquatableArray<Supersession> all)
        {
            var ids = new HashSet<string>(file.Facts.Select(f => f.Id), System.StringComparer.Ordinal);
            return all.Where(s => ids.Contains(s.SupersededId)).ToEquatableArray();
        }

        /// <summary>The [Obsolete] message of each superseded fact: "Superseded by id: statement", several joined by "; ".</summary>
        public static Dictionary<string, string> Messages(EquatableArray<Supersession> supersessions)
            => supersessions
                .GroupBy(s => s.SupersededId, System.StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => string.Join("; ", g.Select(s => "Superseded by " + s.ById + ": " + s.Statement)),
                    System.StringComparer.Ordinal);
    }
}
