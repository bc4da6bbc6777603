using System.Text;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace KnowledgeGen.Tests;

/// <summary>
/// The citation ledger of the repository's knowledge base: for every fact, its id, each source it cites and
/// the full sentence of that source in which its quote stands, resolved by the generator's own checks. Any
/// change to what a fact cites shows up in review as a diff of this snapshot.
/// </summary>
public class CitationLedgerTests
{
    [Fact]
    public void Ledger_lists_every_fact_with_the_sentence_each_citation_stands_in()
    {
        CheckedKnowledgeBase knowledgeBase = KnowledgeBaseChecker.Check(
            Directory.EnumerateFiles(RepositoryPaths.Facts, "*", SearchOption.AllDirectories)
                .Select(path => (Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'), File.ReadAllText(path))));
        DiagnosticAssert.None(knowledgeBase.Diagnostics.Select(d => d.ToDiagnostic()));

        var ledger = new StringBuilder();
        int facts = 0;
        foreach (FactSpec fact in knowledgeBase.Facts)
        {
            facts++;
            ledger.Append(fact.Id).Append(" (").Append(KnowledgeGen.Parsing.FactFileFields.Name(fact.Kind)).Append(")\n");
            ledger.Append("  ").Append(fact.Statement).Append('\n');
            foreach (CitationSpec citation in fact.Citations)
            {
                Assert.False(citation.Sentence is null, fact.Id + ": a citation of " + citation.Source.Id + " has no sentence");
                ledger.Append("  [").Append(citation.Source.Id).Append("] ").Append(citation.Sentence).Append('\n');
                if (citation.ViaSentence is not null)
                {
                    ledger.Append("    via: ").Append(citation.ViaSentence).Append('\n');
                }
            }

            ledger.Append('\n');
        }

        Assert.Equal(knowledgeBase.Index.FactCount, facts);
        AppendUncitedSentences(ledger, knowledgeBase);
        Snapshot.Match(ledger.ToString());
    }

    /// <summary>
    /// For coverage review: each source's sentences that no fact cites. A sentence that repeats an earlier one
    /// of the same text (one article prints its body twice) is listed apart, since a fact cites the first.
    /// </summary>
    private static void AppendUncitedSentences(StringBuilder ledger, CheckedKnowledgeBase knowledgeBase)
    {
        string[] cited = knowledgeBase.Facts.SelectMany(f => f.Citations).Select(c => c.Sentence!).ToArray();
        ledger.Append("== Sentences no fact cites ==\n");
        foreach (SourceSpec source in knowledgeBase.Files.SelectMany(f => f.File.Sources).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            SourceDocument document = knowledgeBase.DocumentOf(source)!;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            ledger.Append('[').Append(source.Id).Append("]\n");
            for (int i = 0; i < document.Sentences.Count; i++)
            {
                string sentence = document.Sentences[i];
                bool repeat = !seen.Add(document.NormalizedSentences[i]);
                if (!cited.Any(c => c.Contains(sentence, StringComparison.Ordinal)))
                {
                    ledger.Append(repeat ? "  (repeat) " : "  ").Append(sentence).Append('\n');
                }
            }
        }
    }
}
