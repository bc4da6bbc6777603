using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// An inferred date names its evidence, so that a reviewer can follow it: words that stand in a sentence the fact
    /// cites (or, for a publication date, in the source itself), sources that have a publication date to count from,
    /// and facts (whose existence the cross-file check proves). Text alone is no evidence (KG0086).
    /// </summary>
    public static class InferenceChecker
    {
        /// <param name="fact">The fact with its citations resolved to their sentences.</param>
        public static void Check(FactSpec fact, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            // A citation whose sentence was not found (a quote or a source text missing, reported already) may hold the
            // words, so they are not checked against the others alone.
            // Most facts infer nothing, and then their sentences are not normalised.
            IReadOnlyList<InferenceSpec> inferences = Of(fact);
            if (inferences.Count == 0)
            {
                return;
            }

            List<string>? sentences = fact.Citations.All(c => c.Sentence is not null) ? fact.Citations.Select(c => TextNormalizer.Normalize(c.Sentence!)).ToList() : null;
            foreach (InferenceSpec inference in inferences)
            {
                Check(inference, sentences, "the sentences the fact '" + fact.Id + "' cites", sources, diagnostics);
            }
        }

        /// <summary>A source's publication date, whose words stand in the source's own text.</summary>
        public static void Check(SourceSpec source, SourceDocument? document, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            if (source.Published?.Evidence is { } inference)
            {
                Check(inference, document?.NormalizedSentences.ToList(), "the source '" + source.Id + "'", sources, diagnostics);
            }
        }

        /// <summary>The inferences a fact holds: its period's and its value's dates.</summary>
        public static IReadOnlyList<InferenceSpec> Of(FactSpec fact)
        {
            DateSpec? date = fact.Value switch
            {
                DateValueSpec d => d.Date,
                EventSpec e => e.When,
                TradeActionSpec t => t.When,
                _ => null,
            };
            InferenceSpec? period = fact.Holds?.Evidence;
            InferenceSpec? value = date?.Evidence;
            return (period, value) switch
            {
                (null, null) => Array.Empty<InferenceSpec>(),
                (null, { } only) => new[] { only },
                ({ } only, null) => new[] { only },
                ({ } first, { } second) => new[] { first, second },
            };
        }

        /// <param name="sentences">Normalized sentences the words must stand in, or null where the text is missing (reported elsewhere).</param>
        private static void Check(InferenceSpec inference, List<string>? sentences, string where, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            if (!inference.HasEvidence)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InferenceWithoutEvidence, inference.Location, inference.Reason ?? string.Empty));
                return;
            }

            foreach (LocatedText words in inference.Words)
            {
                string wanted = TextNormalizer.Normalize(words.Text);
                if (sentences is not null && (wanted.Length == 0 || !sentences.Any(s => TextSearch.ContainsWords(s, wanted))))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InferredWordsNotCited, words.Location, words.Text, where));
                }
            }

            foreach (IdReference source in inference.Published)
            {
                if (!sources.TryGetValue(source.Id, out CatalogSource? catalogued))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownSource, source.Location, source.Id, Spelling.MeantHint(source.Id, sources.Keys)));
                }
                else if (catalogued.Published is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InferredFromUndatedSource, source.Location, source.Id));
                }
            }
        }
    }
}
