using System.Collections.Generic;
using System.Linq;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Checks that a fact names no one its sentences do not: every entity it names as about, holder, speaker,
    /// person or according-to is named, for each citation, in the quoted sentence or an earlier sentence of the
    /// same paragraph, by its name, an alias, or the citation's <c>mention:</c>; and a claimant
    /// (<c>according-to</c>) at least somewhere in the quoted paragraph.
    /// </summary>
    public static class MentionChecker
    {
        public static void Check(
            FactSpec fact,
            Dictionary<string, CatalogEntity> entities,
            Dictionary<string, CatalogSource> sources,
            List<DiagnosticInfo> diagnostics)
        {
            foreach (IdReference claimant in fact.AccordingTo)
            {
                FactFileChecker.RequireEntity(claimant, entities, diagnostics);
            }

            List<(IdReference Reference, string Field)> named = Named(fact);
            foreach (CitationSpec citation in fact.Citations)
            {
                foreach (MentionSpec mention in citation.Mentions)
                {
                    FactFileChecker.RequireEntity(mention.Entity, entities, diagnostics);
                }

                if (!sources.TryGetValue(citation.Source.Id, out CatalogSource? source) || source.Document is null)
                {
                    continue;
                }

                SentenceRange? found = CitedSentences.Find(source.Document, citation.Sentence);
                if (found is null)
                {
                    continue; // the quote is not in its source, which is reported already
                }

                SentenceRange range = found.Value; // not a pattern variable past the continue: see docs/testing.md

                SourceDocument document = source.Document;
                string quoted = CitedSentences.NormalizedText(document, range.First, range.Last);
                HashSet<string> mentioned = CheckMentions(citation, quoted, diagnostics);
                string upToQuote = CitedSentences.NormalizedText(document, range.ParagraphFirst, range.Last);
                string paragraph = CitedSentences.NormalizedText(document, range.ParagraphFirst, range.ParagraphEnd - 1);
                string? introducing = Introducing(fact, citation, document, range, named.Where(n => n.Field == "according-to").Select(n => n.Reference), entities, diagnostics);
                var reported = new HashSet<string>();
                foreach ((IdReference reference, string field) in named)
                {
                    if (!entities.TryGetValue(reference.Id, out CatalogEntity? entity) || mentioned.Contains(entity.Id) || reported.Contains(entity.Id))
                    {
                        continue;
                    }

                    if (field == "according-to" && introducing is not null && CitedSentences.Names(introducing, entity))
                    {
                        continue; // the claimant is named where the article introduces the quote
                    }

                    if (field == "according-to" && !CitedSentences.Names(paragraph, entity))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.AttributionNotInParagraph, reference.Location, fact.Id, entity.Id, source.Id, entity.Name));
                        reported.Add(entity.Id);
                    }
                    else if (!CitedSentences.Names(upToQuote, entity))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.EntityNotMentioned, reference.Location, entity.Id, field, source.Id));
                        reported.Add(entity.Id);
                    }
                }
            }
        }

        /// <summary>
        /// The normalized text of the citation's introducing sentence (<c>via:</c>), where it stands in the source
        /// before the quoted sentence and names a claimant of the fact; otherwise null, reported (KG0068).
        /// </summary>
        private static string? Introducing(FactSpec fact, CitationSpec citation, SourceDocument document, SentenceRange quoted, IEnumerable<IdReference> claimants, Dictionary<string, CatalogEntity> entities, List<DiagnosticInfo> diagnostics)
        {
            if (citation.Via is null)
            {
                return null;
            }

            LocationInfo at = citation.ViaLocation ?? citation.QuoteLocation;
            SentenceRange? found = CitedSentences.Find(document, citation.ViaSentence);
            if (found is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.IntroducingSentenceUnfit, at, fact.Id, "stand in no one sentence of '" + citation.Source.Id + "'"));
                return null;
            }

            SentenceRange range = found.Value; // not a pattern variable past the return: see docs/testing.md
            if (range.First >= quoted.First)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.IntroducingSentenceUnfit, at, fact.Id, "stand in a sentence that does not come before the quoted one"));
                return null;
            }

            string text = CitedSentences.NormalizedText(document, range.First, range.Last);
            if (!claimants.Any(c => entities.TryGetValue(c.Id, out CatalogEntity? entity) && CitedSentences.Names(text, entity)))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.IntroducingSentenceUnfit, at, fact.Id, "stand in a sentence that names none of its 'according-to:' claimants"));
                return null;
            }

            return text;
        }

        /// <summary>The entities whose mention words stand in the quoted sentence; each word that does not is reported.</summary>
        private static HashSet<string> CheckMentions(CitationSpec citation, string quoted, List<DiagnosticInfo> diagnostics)
        {
            var mentioned = new HashSet<string>();
            foreach (MentionSpec mention in citation.Mentions)
            {
                bool all = true;
                foreach (string phrase in mention.Phrases)
                {
                    if (!TextSearch.ContainsWords(quoted, CitedSentences.Searchable(phrase)))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MentionNotInSentence, mention.Location, phrase, mention.Entity.Id, citation.Source.Id));
                        all = false;
                    }
                }

                if (all)
                {
                    mentioned.Add(mention.Entity.Id);
                }
            }

            return mentioned;
        }

        /// <summary>Every entity the fact names, with the field naming it; a claimant first, so that its stricter message wins.</summary>
        private static List<(IdReference Reference, string Field)> Named(FactSpec fact)
        {
            var named = new List<(IdReference, string)>();
            named.AddRange(fact.AccordingTo.Select(r => (r, "according-to")));
            switch (fact.Value)
            {
                case StanceSpec stance:
                    named.Add((stance.Holder, "holder"));
                    break;
                case QuoteSpec quote:
                    named.Add((quote.Speaker, "speaker"));
                    break;
                case RoleSpec role:
                    named.Add((role.Person, "person"));
                    break;
            }

            named.AddRange(fact.About.Select(r => (r, "about")));
            return named;
        }
    }
}
