using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// The checks over the facts of all files together that the per-file checks cannot make: measures
    /// (<see cref="MeasureChecker"/>) and sentence accounting (<see cref="SentenceAccounting"/>).
    /// </summary>
    public static class CrossFactChecker
    {
        /// <param name="displayDirectory">The folder that paths named in messages are shown relative to (the project's).</param>
        public static CrossFactResult Check(
            ImmutableArray<ClaimSummary> summaries,
            KnowledgeCatalog catalog,
            EquatableArray<string> leftOut,
            string displayDirectory,
            CancellationToken cancellationToken = default)
        {
            var files = summaries
                .Where(s => !leftOut.Contains(s.Path))
                .OrderBy(s => s.Path, System.StringComparer.Ordinal)
                .ToList();
            var diagnostics = new List<DiagnosticInfo>();
            MeasureChecker.Check(files, displayDirectory, diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            List<SourceAccount> accounts = SentenceAccounting.Check(files, catalog, diagnostics);
            return new CrossFactResult(diagnostics.ToEquatableArray(), accounts.ToEquatableArray());
        }
    }

    /// <summary>The diagnostics of the checks over all facts, and how each source's sentences are accounted for.</summary>
    public sealed record CrossFactResult(EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<SourceAccount> Accounts);
}
