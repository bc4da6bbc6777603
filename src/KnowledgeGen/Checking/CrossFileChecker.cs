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
                file.Facts.SelectMany(f => f.Supersedes.Concat(f.Contradicts)).ToEquatableArray(),
                file.Entities.Select(e => new Declared<EntityIndexEntry>(new EntityIndexEntry(e.Id, e.Kind), e.IdLocation)).ToEquatableArray(),
                file.Sources.Select(s => new Declared<SourceFileEntry>(new SourceFileEntry(s.Id, s.ResolvedPath), s.IdLocation)).ToEquatableArray());
        }

        public static CrossFileResult Check(ImmutableArray<FactFileSummary> summaries)
        {
            var diagnostics = new List<DiagnosticInfo>();
            FactFileSummary[] files = IncludedOnce(summaries, diagnostics, out List<string> leftOut);

            List<string> facts = Unique("fact", files.SelectMany(f => f.Facts), id => id, diagnostics);
            List<EntityIndexEntry> entities = Unique("entity", files.SelectMany(f => f.Entities), e => e.Id, diagnostics);
            List<SourceFileEntry> sources = Unique("source", files.SelectMany(f => f.Sources), e => e.Id, diagnostics);

            CheckNames("fact", files.SelectMany(f => f.Facts), id => id, CodeNames.FactMember, diagnostics);
            CheckNames("entity", files.SelectMany(f => f.Entities), e => e.Id, e => CodeNames.EntityGroup(e.Kind) + "." + CodeNames.EntityMember(e.Id, e.Kind), diagnostics);
            CheckNames("source", files.SelectMany(f => f.Sources), e => e.Id, e => CodeNames.SourceMember(e.Id), diagnostics);

            var factIds = new HashSet<string>(facts, StringComparer.Ordinal);
            foreach (IdReference link in files.SelectMany(f => f.FactLinks))
            {
                if (!factIds.Contains(link.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownFact, link.Location, link.Id, "supersedes/contradicts"));
                }
            }

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

            var index = new KnowledgeIndex(
                files.Where(f => f.Facts.Count + f.Entities.Count + f.Sources.Count > 0)
                    .Select(f => f.Path)
                    .OrderBy(path => path, StringComparer.Ordinal)
                    .ToEquatableArray(),
                facts.Count,
                entities.Count,
                sources.Count);
            return new CrossFileResult(index, diagnostics.ToEquatableArray(), leftOut.ToEquatableArray());
        }

        /// <summary>
        /// Each fact file once, by path. A file that reached the compilation by several paths is kept under the
        /// plainest (already normal, then shortest) and its other paths are reported and left out, so that its
        /// declarations are not reported again as duplicates of themselves.
        /// </summary>
        private static FactFileSummary[] IncludedOnce(ImmutableArray<FactFileSummary> summaries, List<DiagnosticInfo> diagnostics, out List<string> leftOut)
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
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.FileIncludedTwice, LocationInfo.StartOf(copy.Path), copies[0].Path));
                    leftOut.Add(copy.Path);
                }
            }

            leftOut.Sort(StringComparer.Ordinal);
            return kept.OrderBy(s => s.Path, StringComparer.Ordinal).ToArray();
        }

        private static List<T> Unique<T>(string what, IEnumerable<Declared<T>> declared, Func<T, string> id, List<DiagnosticInfo> diagnostics)
            where T : IEquatable<T>
        {
            var first = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
            var kept = new List<T>();
            foreach (Declared<T> item in declared)
            {
                string key = id(item.Entry);
                if (first.TryGetValue(key, out LocationInfo? earlier))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateId, item.Location, what, key, Describe(earlier)));
                    continue;
                }

                first.Add(key, item.Location);
                kept.Add(item.Entry);
            }

            return kept;
        }

        private static void CheckNames<T>(string what, IEnumerable<Declared<T>> declared, Func<T, string> id, Func<T, string> name, List<DiagnosticInfo> diagnostics)
            where T : IEquatable<T>
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Declared<T> item in declared)
            {
                string member = name(item.Entry);
                if (owners.TryGetValue(member, out string? owner))
                {
                    if (owner != id(item.Entry))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MemberNameCollision, item.Location, what, id(item.Entry), member, owner));
                    }
                }
                else
                {
                    owners.Add(member, id(item.Entry));
                }
            }
        }

        private static string Describe(LocationInfo location)
            => string.Format(
                CultureInfo.InvariantCulture,
                "{0}({1},{2})",
                location.FilePath,
                location.LineSpan.Start.Line + 1,
                location.LineSpan.Start.Character + 1);
    }
}
