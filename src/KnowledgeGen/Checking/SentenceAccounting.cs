using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>How each sentence of one source is accounted for: cited by a fact, listed as holding no claim, or left.</summary>
    public sealed record SourceAccount(string SourceId, LocationInfo IdLocation, int Sentences, int Cited, int Listed, EquatableArray<string> Left)
    {
        public int Accounted => Sentences - Left.Count;
    }

    /// <summary>
    /// Sentence accounting: every sentence of every source either holds a claim that some fact cites, or is listed
    /// under the source's <c>not-claims:</c> with the reason it holds none. A listed sentence must not be cited.
    /// </summary>
    public static class SentenceAccounting
    {
        public static List<SourceAccount> Check(IReadOnlyList<ClaimSummary> files, KnowledgeCatalog catalog, List<DiagnosticInfo> diagnostics)
        {
            var cited = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
            var documents = catalog.Sources.ToDictionary(s => s.Id, s => s.Document, StringComparer.Ordinal);
            // Sources with a quote that stands nowhere in them: which sentence it meant is unknown, and the quote's
            // error is the one to fix, so their sentences left are not reported on top of it.
            var unfound = new HashSet<string>(StringComparer.Ordinal);
            foreach (CitedSentence citation in files.SelectMany(f => f.Citations))
            {
                // No pattern variable assigned on the way past a continue (docs/testing.md): the range is read from
                // the nullable after the test.
                if (!documents.TryGetValue(citation.SourceId, out SourceDocument? document) || document is null)
                {
                    continue;
                }

                if (citation.Sentence is null)
                {
                    unfound.Add(citation.SourceId);
                    continue;
                }

                SentenceRange? found = CitedSentences.Find(document, citation.Sentence);
                if (found is null)
                {
                    continue;
                }

                SentenceRange range = found.Value;

                if (!cited.TryGetValue(citation.SourceId, out Dictionary<int, string>? byFact))
                {
                    cited.Add(citation.SourceId, byFact = new Dictionary<int, string>());
                }

                foreach (int i in CitedSentences.Range(range.First, range.Last))
                {
                    if (!byFact.ContainsKey(i))
                    {
                        byFact.Add(i, citation.FactId);
                    }
                }
            }

            // A fact file that could not be read holds facts citing sentences no one can tell apart from the unaccounted.
            bool factsMissing = files.Any(f => f.ReadingStopped);
            var accounts = new List<SourceAccount>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (SourceSpec source in files.SelectMany(f => f.Sources))
            {
                // A duplicate id is reported by the cross-file checks; the catalog holds the first declaration's text.
                if (!seen.Add(source.Id))
                {
                    continue;
                }

                // The document is looked up first in its own condition, so that it is assigned whichever branch a
                // mutant takes (docs/testing.md).
                if (!documents.TryGetValue(source.Id, out SourceDocument? document) || document is null || document.Path != source.ResolvedPath)
                {
                    continue;
                }

                cited.TryGetValue(source.Id, out Dictionary<int, string>? citedHere);
                citedHere ??= new Dictionary<int, string>();
                HashSet<int> listed = Listed(source, document, citedHere, diagnostics);
                var left = new List<string>();
                for (int i = 0; i < document.Sentences.Count; i++)
                {
                    if (!citedHere.ContainsKey(i) && !listed.Contains(i))
                    {
                        left.Add(document.Sentences[i]);
                    }
                }

                if (left.Count > 0 && !factsMissing && !unfound.Contains(source.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        Diagnostics.SentenceNotAccounted, source.IdLocation, left.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), document.Sentences.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), source.Id, left[0]));
                }

                accounts.Add(new SourceAccount(source.Id, source.IdLocation, document.Sentences.Count, citedHere.Count, listed.Count, left.ToEquatableArray()));
            }

            return accounts.OrderBy(a => a.SourceId, StringComparer.Ordinal).ToList();
        }

        /// <summary>
        /// Each sentence a not-claims entry covers, by the rule the checks apply: the quote names the first sentence
        /// that contains it, <c>through:</c> the first later one that contains that, and a duplicate-of-earlier
        /// entry looks only among sentences that repeat an earlier one. Entries whose words stand nowhere they may
        /// are skipped; <see cref="Check"/> reports them. For tools that show the accounting (the evidence report).
        /// </summary>
        public static IEnumerable<(NotClaimSpec Entry, int Sentence)> Coverage(SourceSpec source, SourceDocument document)
        {
            bool[] repeats = Repeats(document);
            foreach (NotClaimSpec entry in source.NotClaims)
            {
                bool[]? onlyRepeats = entry.Reason == NotClaimReason.DuplicateOfEarlier ? repeats : null;
                int first = Find(document, entry.Quote, 0, onlyRepeats);
                int last = first < 0 || entry.Through is null ? first : Find(document, entry.Through, first, onlyRepeats);
                if (first < 0 || last < 0)
                {
                    continue;
                }

                foreach (int i in CitedSentences.Range(first, last))
                {
                    yield return (entry, i);
                }
            }
        }

        /// <summary>The sentence numbers the source's not-claims entries cover; each wrong entry is reported.</summary>
        private static HashSet<int> Listed(SourceSpec source, SourceDocument document, Dictionary<int, string> cited, List<DiagnosticInfo> diagnostics)
        {
            bool[] repeats = Repeats(document);
            var listed = new HashSet<int>();
            foreach (NotClaimSpec entry in source.NotClaims)
            {
                bool duplicate = entry.Reason == NotClaimReason.DuplicateOfEarlier;
                int first = Find(document, entry.Quote, 0, duplicate ? repeats : null);
                if (first < 0)
                {
                    ReportNotFound(source, document, entry, entry.Quote, duplicate, diagnostics);
                    continue;
                }

                int last = first;
                if (entry.Through is not null)
                {
                    last = Find(document, entry.Through, first, duplicate ? repeats : null);
                    if (last < 0)
                    {
                        int before = Find(document, entry.Through, 0, null);
                        if (before >= 0 && before < first)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(
                                Diagnostics.NotClaimMisused, entry.Location, document.Sentences[before], "comes before the sentence of 'quote:'", "'through:' must name a later sentence than 'quote:'"));
                        }
                        else
                        {
                            ReportNotFound(source, document, entry, entry.Through, duplicate, diagnostics);
                        }

                        continue;
                    }
                }

                foreach (int i in CitedSentences.Range(first, last))
                {
                    if (cited.TryGetValue(i, out string? fact))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            Diagnostics.NotClaimMisused, entry.Location, document.Sentences[i], "fact '" + fact + "' cites", "a cited sentence holds a claim, so take it out of 'not-claims:'"));
                    }
                    else if (duplicate && !repeats[i])
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            Diagnostics.NotClaimMisused, entry.Location, document.Sentences[i], "repeats no earlier sentence of the source, though the reason given is duplicate-of-earlier", "end the entry before it, or give the right reason"));
                    }
                    else
                    {
                        listed.Add(i);
                    }
                }
            }

            return listed;
        }

        /// <summary>
        /// Words of an entry that stand in no sentence it may cover: for a duplicate, words that stand only in
        /// sentences that repeat nothing are a wrong reason, not a wrong quote.
        /// </summary>
        private static void ReportNotFound(SourceSpec source, SourceDocument document, NotClaimSpec entry, string words, bool duplicate, List<DiagnosticInfo> diagnostics)
        {
            int anywhere = duplicate ? Find(document, words, 0, null) : -1;
            if (anywhere >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.NotClaimMisused, entry.Location, document.Sentences[anywhere], "repeats no earlier sentence of the source, though the reason given is duplicate-of-earlier", "give the right reason, or name the sentence's second printing"));
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteNotFound, entry.Location, source.Id, QuoteLocator.DescribeClosest(document, words)));
            }
        }

        /// <summary>For each sentence, whether an earlier sentence of the source reads the same (after normalisation).</summary>
        private static bool[] Repeats(SourceDocument document)
        {
            var repeats = new bool[document.Sentences.Count];
            var earlier = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < repeats.Length; i++)
            {
                repeats[i] = !earlier.Add(document.NormalizedSentences[i]);
            }

            return repeats;
        }

        /// <summary>The first sentence from <paramref name="from"/> on that contains the text (among repeats only, where given); -1 if none.</summary>
        private static int Find(SourceDocument document, string text, int from, bool[]? onlyRepeats)
        {
            string needle = CitedSentences.Searchable(text);
            if (needle.Length == 0)
            {
                return -1;
            }

            for (int i = from; i < document.Sentences.Count; i++)
            {
                if ((onlyRepeats is null || onlyRepeats[i]) && document.NormalizedSentences[i].IndexOf(needle, StringComparison.Ordinal) >= 0)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
