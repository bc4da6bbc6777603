using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The generator's checks run once over a whole knowledge base, outside the compiler: the same parser,
    /// catalog, per-file and cross-file checks in the same order. For what needs the checked knowledge base
    /// without an incremental pipeline: the live-error analyzer, the command-line tool, the citation ledger.
    /// </summary>
    public static class KnowledgeBaseChecker
    {
        /// <param name="files">Every fact file and source text, by path.</param>
        /// <param name="displayDirectory">The folder that paths named in messages are shown relative to, as the build shows them relative to the project.</param>
        /// <param name="cancellationToken">Stops the checks.</param>
        public static CheckedKnowledgeBase Check(IEnumerable<(string Path, string Text)> files, string displayDirectory = "", CancellationToken cancellationToken = default)
        {
            var factFiles = new List<FactFileSpec>();
            var documents = new List<SourceDocument>();
            foreach ((string path, string text) in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                if (FilePaths.IsSourceText(path))
                {
                    documents.Add(SourceDocument.Create(FilePaths.Normalize(path), text));
                }
                else if (FilePaths.IsFactFile(path))
                {
                    // Kept as given, like the generator's, so diagnostics name the file by the path the caller knows.
                    factFiles.Add(FactFileParser.Parse(path, text, cancellationToken));
                }
            }

            return Check(factFiles, documents, displayDirectory, cancellationToken);
        }

        /// <summary>
        /// The checks over fact files already parsed and texts already split, each list in path order as the other
        /// overload gives them, so that a caller that keeps them (the language server) parses only what changed.
        /// </summary>
        public static CheckedKnowledgeBase Check(IReadOnlyList<FactFileSpec> factFiles, IReadOnlyList<SourceDocument> documents, string displayDirectory = "", CancellationToken cancellationToken = default)
        {
            KnowledgeCatalog catalog = KnowledgeCatalog.Build(factFiles.Select(CatalogPart.From).ToImmutableArray(), documents.ToImmutableArray());
            List<CheckedFactFile> checkedFiles = factFiles.Select(f => FactFileChecker.Check(f, catalog, cancellationToken)).ToList();
            CrossFileResult crossFile = CrossFileChecker.Check(checkedFiles.Select(CrossFileChecker.Summarize).ToImmutableArray(), displayDirectory);
            CrossFactResult crossFact = CrossFactChecker.Check(checkedFiles.Select(ClaimSummary.From).ToImmutableArray(), catalog, crossFile.LeftOut, displayDirectory, cancellationToken);
            checkedFiles.RemoveAll(f => crossFile.LeftOut.Contains(f.File.Path));
            var diagnostics = checkedFiles.SelectMany(f => f.Diagnostics).Concat(crossFile.Diagnostics).Concat(crossFact.Diagnostics).ToList();
            return new CheckedKnowledgeBase(checkedFiles, crossFile.Index, diagnostics, documents.ToList(), crossFact.Accounts);
        }
    }

    /// <summary>A whole knowledge base after its checks.</summary>
    public sealed class CheckedKnowledgeBase
    {
        public CheckedKnowledgeBase(
            IReadOnlyList<CheckedFactFile> files,
            KnowledgeIndex index,
            IReadOnlyList<DiagnosticInfo> diagnostics,
            IReadOnlyList<SourceDocument> documents,
            IReadOnlyList<SourceAccount>? accounts = null)
        {
            Accounts = accounts ?? new List<SourceAccount>();
            Files = files;
            Index = index;
            Diagnostics = diagnostics;
            Documents = documents;
        }

        public IReadOnlyList<CheckedFactFile> Files { get; }

        public KnowledgeIndex Index { get; }

        public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

        /// <summary>How each declared source's sentences are accounted for (cited, listed as holding no claim, left), by source id.</summary>
        public IReadOnlyList<SourceAccount> Accounts { get; }

        /// <summary>Every text file, split into sentences, as the quotes were checked against it.</summary>
        public IReadOnlyList<SourceDocument> Documents { get; }

        /// <summary>The text of a declared source, or null where its file was not among the files checked.</summary>
        public SourceDocument? DocumentOf(SourceSpec source)
        {
            foreach (SourceDocument document in Documents)
            {
                if (document.Path == source.ResolvedPath)
                {
                    return document;
                }
            }

            return null;
        }

        /// <summary>Every fact, ordered by id.</summary>
        public IEnumerable<FactSpec> Facts => Files.SelectMany(f => f.File.Facts).OrderBy(f => f.Id, System.StringComparer.Ordinal);
    }
}
