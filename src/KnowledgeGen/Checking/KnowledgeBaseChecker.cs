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
    /// catalog, per-file and cross-file checks in the same order. For tools and tests that need the checked
    /// knowledge base (the citation ledger, a command-line check) without an incremental pipeline.
    /// </summary>
    public static class KnowledgeBaseChecker
    {
        public static CheckedKnowledgeBase Check(IEnumerable<(string Path, string Text)> files, CancellationToken cancellationToken = default)
        {
            var factFiles = new List<FactFileSpec>();
            var documents = new List<SourceDocument>();
            foreach ((string path, string text) in files.OrderBy(f => f.Path, System.StringComparer.Ordinal))
            {
                string normalized = FilePaths.Normalize(path);
                if (normalized.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase))
                {
                    documents.Add(SourceDocument.Create(normalized, text));
                }
                else if (normalized.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) || normalized.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase))
                {
                    factFiles.Add(FactFileParser.Parse(normalized, text, cancellationToken));
                }
            }

            KnowledgeCatalog catalog = KnowledgeCatalog.Build(factFiles.Select(CatalogPart.From).ToImmutableArray(), documents.ToImmutableArray());
            List<CheckedFactFile> checkedFiles = factFiles.Select(f => FactFileChecker.Check(f, catalog, cancellationToken)).ToList();
            CrossFileResult crossFile = CrossFileChecker.Check(checkedFiles.Select(CrossFileChecker.Summarize).ToImmutableArray());
            var diagnostics = checkedFiles.SelectMany(f => f.Diagnostics).Concat(crossFile.Diagnostics).ToList();
            return new CheckedKnowledgeBase(checkedFiles, crossFile.Index, diagnostics, documents);
        }
    }

    /// <summary>A whole knowledge base after its checks.</summary>
    public sealed class CheckedKnowledgeBase
    {
        public CheckedKnowledgeBase(IReadOnlyList<CheckedFactFile> files, KnowledgeIndex index, IReadOnlyList<DiagnosticInfo> diagnostics, IReadOnlyList<SourceDocument> documents)
        {
            Files = files;
            Index = index;
            Diagnostics = diagnostics;
            Documents = documents;
        }

        public IReadOnlyList<CheckedFactFile> Files { get; }

        public KnowledgeIndex Index { get; }

        public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }

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
