using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KnowledgeGen.Emitting;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The checks that need every file at once: ids unique across files, ids that make one C# name, links
    /// between facts that resolve, a file included twice, and one text declared as two sources. Also builds the
    /// index the shared code is generated from.
    /// </summary>
    public static class CrossFileChecker
    {
        public static FactFileSummary Summarize(CheckedFactFile checkedFile)
        {
            FactFileSpec file = checkedFile.File;
            return new FactFileSummary(
                file.Path,
                file.Facts.Select(f => new Declared<string>(f.Id, f.IdLocation)).ToEquatableArray(),
                Links(file),
                file.Entities.Select(e => new Declared<EntityIndexEntry>(new EntityIndexEntry(e.Id, e.Kind), e.IdLocation)).ToEquatableArray(),
                file.Sources.Select(s => new Declared<SourceFileEntry>(new SourceFileEntry(s.Id, s.ResolvedPath), s.IdLocation)).ToEquatableArray(),
                file.Measures.Select(m => new Declared<string>(m.Id, m.IdLocation)).ToEquatableArray(),
                !checkedFile.Diagnostics.Any(d => d.Descriptor.Id == Diagnostics.InvalidUtf8.Id),
                file.Retired.Select(r => new Declared<RetiredEntry>(new RetiredEntry(r.Id, r.Replacement), r.IdLocation)).ToEquatableArray());
        }

        /// <summary>
        /// Each link of a fact to another fact (a fact's supersedes, contradicts and inferences, in that order, then the
        /// facts a source's publication date is inferred from), gathered in one loop: most facts link to none, and the
        /// chain of queries this was made a handful of objects per fact.
        /// </summary>
        private static EquatableArray<FactLink> Links(FactFileSpec file)
        {
            var links = new List<FactLink>();
            foreach (FactSpec fact in file.Facts)
            {
                foreach (IdReference to in fact.Supersedes)
                {
                    links.Add(new FactLink(fact.Id, "supersedes", to));
                }

                foreach (IdReference to in fact.Contradicts)
                {
                    links.Add(new FactLink(fact.Id, "contradicts", to));
                }

                foreach (InferenceSpec inference in InferenceChecker.Of(fact))
                {
                    foreach (IdReference to in inference.Facts)
                    {
                        links.Add(new FactLink(fact.Id, "inferred", to));
                    }
                }
            }

            foreach (SourceSpec source in file.Sources)
            {
                foreach (IdReference to in source.Published?.Evidence?.Facts ?? EquatableArray<IdReference>.Empty)
                {
                    links.Add(new FactLink(string.Empty, "inferred", to));
                }
            }

            return links.ToEquatableArray();
        }

        /// <param name="summaries">Every fact file's declarations.</param>
        /// <param name="displayDirectory">The folder that paths named in messages are shown relative to.</param>
        public static CrossFileResult Check(ImmutableArray<FactFileSummary> summaries, string displayDirectory)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var excluded = new List<LocationInfo>();
            var check = new Declarations(diagnostics, excluded, displayDirectory);
            FactFileSummary[] files = IncludedOnce(summaries, diagnostics, displayDirectory, out List<string> leftOut);

            List<string> facts = UniqueFacts(files, check, diagnostics, excluded, displayDirectory);
            List<EntityIndexEntry> entities = check.Unique("entity", files.SelectMany(f => f.Entities), e => e.Id, e => CodeNames.EntityGroup(e.Kind) + "." + CodeNames.EntityMember(e.Id, e.Kind));
            List<SourceFileEntry> sources = check.Unique("source", files.SelectMany(f => f.Sources), e => e.Id, e => CodeNames.SourceMember(e.Id));
            check.Unique("measure", files.SelectMany(f => f.Measures), id => id, id => CodeNames.Member(id, CodeNames.MeasuresGroup));

            var factIds = new HashSet<string>(facts, StringComparer.Ordinal);
            foreach (FactLink link in files.SelectMany(f => f.FactLinks))
            {
                if (!factIds.Contains(link.To.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownFact, link.To.Location, link.To.Id, link.Field));
                }
            }

            LinkChecker.Check(files.SelectMany(f => f.FactLinks), factIds, diagnostics);

            var sourceByPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Declared<SourceFileEntry> source in files.SelectMany(f => f.Sources))
            {
                if (sourceByPath.TryGetValue(source.Entry.ResolvedPath, out string? first))
                {
                    if (first != source.Entry.Id)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SourceFileSharedById, source.Location, source.Entry.ResolvedPath, first));
                    }
                }
                else
                {
                    sourceByPath.Add(source.Entry.ResolvedPath, source.Entry.Id);
                }
            }

            // A file all of whose declarations were left out generates no data class; retired entries are declarations
            // too, since FindFact reads them from the data class.
            var left = new HashSet<LocationInfo>(excluded);
            var index = new KnowledgeIndex(
                files.Where(f => f.TextIsValid)
                    .Where(f => f.Measures.Any(d => !left.Contains(d.Location)) || f.Facts.Any(d => !left.Contains(d.Location)) || f.Entities.Any(d => !left.Contains(d.Location)) || f.Sources.Any(d => !left.Contains(d.Location)) || f.Retired.Any(d => !left.Contains(d.Location)))
                    .Select(f => f.Path)
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .ToEquatableArray(),
                facts.Count,
                entities.Count,
                sources.Count);
            EquatableArray<string> notGenerated = files.Where(f => !f.TextIsValid).Select(f => f.Path).ToEquatableArray();
            return new CrossFileResult(index, diagnostics.ToEquatableArray(), leftOut.ToEquatableArray(), excluded.ToEquatableArray(), notGenerated);
        }

        /// <summary>
        /// The live facts' ids, each once. A retired id keeps its member in <c>Facts</c>, so it takes part in the
        /// check of ids and names, but it may not be a live fact's id too (KG0065), and its replacement must be a
        /// live fact (KG0066). A retired entry that fails either is left out of the generated code.
        /// </summary>
        private static List<string> UniqueFacts(FactFileSummary[] files, Declarations check, List<DiagnosticInfo> diagnostics, List<LocationInfo> excluded, string displayDirectory)
        {
            var live = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
            foreach (Declared<string> fact in files.SelectMany(f => f.Facts))
            {
                if (!live.ContainsKey(fact.Entry))
                {
                    live.Add(fact.Entry, fact.Location);
                }
            }

            var tombstones = new List<Declared<string>>();
            var retiredIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (Declared<RetiredEntry> retired in files.SelectMany(f => f.Retired))
            {
                if (live.TryGetValue(retired.Entry.Id, out LocationInfo? fact))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.RetiredFactStillDeclared, retired.Location, retired.Entry.Id, Declarations.Describe(fact, displayDirectory)));
                    excluded.Add(retired.Location);
                    continue;
                }

                if (retired.Entry.Replacement is { } replacement && !live.ContainsKey(replacement.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownReplacement, replacement.Location, retired.Entry.Id, replacement.Id));
                    excluded.Add(retired.Location);
                    continue;
                }

                tombstones.Add(new Declared<string>(retired.Entry.Id, retired.Location));
                retiredIds.Add(retired.Entry.Id);
            }

            // Facts first, so that a name a fact and a retired id both make is kept for the fact.
            return check.Unique("fact", files.SelectMany(f => f.Facts).Concat(tombstones), id => id, CodeNames.FactMember)
                .Where(id => !retiredIds.Contains(id))
                .ToList();
        }

        /// <summary>
        /// Each fact file once, by path. A file that reached the compilation by several paths is kept under the
        /// plainest (already normal, then shortest) and its other paths are reported and left out, so that its
        /// declarations are not reported again as duplicates of themselves.
        /// </summary>
        private static FactFileSummary[] IncludedOnce(ImmutableArray<FactFileSummary> summaries, List<DiagnosticInfo> diagnostics, string displayDirectory, out List<string> leftOut)
        {
            leftOut = new List<string>();
            var kept = new List<FactFileSummary>();
            foreach (IGrouping<string, FactFileSummary> samePath in summaries.GroupBy(s => FilePaths.Normalize(s.Path), StringComparer.Ordinal))
            {
                FactFileSummary[] copies = samePath
                    .OrderBy(s => s.Path == samePath.Key ? 0 : 1)
                    .ThenBy(s => s.Path.Length)
                    .ThenBy(s => s.Path, StringComparer.Ordinal)
                    .ToArray();
                kept.Add(copies[0]);
                foreach (FactFileSummary copy in copies.Skip(1))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.FileIncludedTwice, LocationInfo.StartOf(copy.Path), FilePaths.Display(copies[0].Path, displayDirectory)));
                    leftOut.Add(copy.Path);
                }
            }

            leftOut.Sort(StringComparer.Ordinal);
            return kept.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
        }

        /// <summary>
        /// Keeps the first declaration of each id and of each C# name, in path order, and reports every later one
        /// at its own place, naming the first. A later declaration is left out of the generated code, so that a
        /// mistake in the fact files never becomes a compiler error in code the editor did not write.
        /// </summary>
        private sealed class Declarations
        {
            private readonly List<DiagnosticInfo> diagnostics;
            private readonly List<LocationInfo> excluded;
            private readonly string displayDirectory;

            public Declarations(List<DiagnosticInfo> diagnostics, List<LocationInfo> excluded, string displayDirectory)
            {
                this.diagnostics = diagnostics;
                this.excluded = excluded;
                this.displayDirectory = displayDirectory;
            }

            public List<T> Unique<T>(string what, IEnumerable<Declared<T>> declared, Func<T, string> id, Func<T, string> name)
                where T : IEquatable<T>
            {
                var firstById = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
                var firstByName = new Dictionary<string, (string Id, LocationInfo Location)>(StringComparer.Ordinal);
                var kept = new List<T>();
                foreach (Declared<T> item in declared)
                {
                    string key = id(item.Entry);
                    string member = name(item.Entry);
                    if (firstById.TryGetValue(key, out LocationInfo? earlier))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateId, item.Location, what, key, Describe(earlier)));
                        excluded.Add(item.Location);
                        continue;
                    }

                    if (firstByName.TryGetValue(member, out (string Id, LocationInfo Location) owner))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MemberNameCollision, item.Location, what, key, member, owner.Id, Describe(owner.Location)));
                        excluded.Add(item.Location);
                        continue;
                    }

                    firstById.Add(key, item.Location);
                    firstByName.Add(member, (key, item.Location));
                    kept.Add(item.Entry);
                }

                return kept;
            }

            private string Describe(LocationInfo location) => Describe(location, displayDirectory);

            public static string Describe(LocationInfo location, string displayDirectory)
                => string.Format(
                    CultureInfo.InvariantCulture,
                    "{0}({1},{2})",
                    FilePaths.Display(location.FilePath, displayDirectory),
                    location.LineSpan.Start.Line + 1,
                    location.LineSpan.Start.Character + 1);
        }
    }
}
