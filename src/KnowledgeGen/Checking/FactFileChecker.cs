using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Checks one fact file against the catalog: its sources' texts are present and unchanged, every reference
    /// resolves, every quote stands in its source, and every value stands in its quotes.
    /// </summary>
    public static class FactFileChecker
    {
        public static CheckedFactFile Check(FactFileSpec file, KnowledgeCatalog catalog, CancellationToken cancellationToken)
        {
            var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
            try
            {
                var entities = catalog.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
                var sources = catalog.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
                CheckSources(file, sources, catalog.DisplayDirectory, diagnostics);
                AliasChecker.Check(file, catalog.Entities, diagnostics);

                var facts = new List<FactSpec>(file.Facts.Count);
                IReadOnlyList<string> stageWords = StatusRule.Words;
                foreach (FactSpec fact in file.Facts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    facts.Add(CheckFact(fact, entities, sources, stageWords, diagnostics));
                }

                if (catalog.Incomplete)
                {
                    // The file that could not be read may declare the ids not found: its one YAML error is the one to fix.
                    diagnostics.RemoveAll(d => d.Descriptor == Diagnostics.UnknownEntity || d.Descriptor == Diagnostics.UnknownSource);
                }

                return new CheckedFactFile(file with { Facts = facts.ToEquatableArray() }, diagnostics.ToEquatableArray());
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, LocationInfo.StartOf(file.Path), e.GetType().Name, e.Message));
                return new CheckedFactFile(file, diagnostics.ToEquatableArray());
            }
        }

        private static void CheckSources(FactFileSpec file, Dictionary<string, CatalogSource> sources, string displayDirectory, List<DiagnosticInfo> diagnostics)
        {
            foreach (SourceSpec source in file.Sources)
            {
                if (!sources.TryGetValue(source.Id, out CatalogSource? catalogued) || catalogued.ResolvedPath != source.ResolvedPath)
                {
                    continue; // a duplicate id, reported by the cross-file checks
                }

                // Reported at the declaration, in the fact file, where the build and the editor both show it.
                if (catalogued.Document?.InvalidText is { } invalid)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SourceTextInvalidUtf8, source.FileLocation, source.File, invalid));
                }

                InferenceChecker.Check(source, catalogued.Document, sources, diagnostics);
                if (catalogued.Document is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SourceFileMissing, source.FileLocation, source.File, FilePaths.Display(source.ResolvedPath, displayDirectory)));
                }
                else if (catalogued.Document.OversizeLength > 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        Diagnostics.SourceTextTooLarge, source.FileLocation, source.File,
                        catalogued.Document.OversizeLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                        SourceDocument.MaxTextLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
                }
                else if (catalogued.Document.Sha256 != source.Sha256)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SourceHashMismatch, source.Sha256Location, source.Id, catalogued.Document.Sha256, source.Sha256));
                }
            }
        }

        private static FactSpec CheckFact(
            FactSpec fact,
            Dictionary<string, CatalogEntity> entities,
            Dictionary<string, CatalogSource> sources,
            IReadOnlyList<string> stageWords,
            List<DiagnosticInfo> diagnostics)
        {
            foreach (IdReference about in fact.About)
            {
                RequireEntity(about, entities, diagnostics);
            }

            var citations = new List<CitationSpec>(fact.Citations.Count);
            foreach (CitationSpec citation in fact.Citations)
            {
                citations.Add(ResolveCitation(citation, sources, diagnostics));
            }

            if (fact.Value is not null)
            {
                new ValueChecker(fact, entities, diagnostics).Check(fact.Value);
            }

            FactSpec resolved = fact with { Citations = citations.ToEquatableArray() };
            MentionChecker.Check(resolved, entities, sources, diagnostics);
            InferenceChecker.Check(resolved, sources, diagnostics);
            CheckStatusAndMeasure(fact, stageWords, diagnostics);
            ForwardDateCheck.Check(fact, sources, diagnostics);
            return resolved;
        }

        /// <summary>A fact whose statement reports a stage says which; a number says what it measures.</summary>
        private static void CheckStatusAndMeasure(FactSpec fact, IReadOnlyList<string> stageWords, List<DiagnosticInfo> diagnostics)
        {
            if (fact.Status is null && fact.StatusReason is null && StatusRule.AssertedStageWord(fact.Statement, stageWords) is string word)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.StatusOrMeasureMissing, fact.IdLocation, fact.Id, "says '" + word + "', which reports the stage of an action, measure or meeting, but not which stage", "status"));
            }
            // A trade action without a stage is already reported by the parser, which requires one.
            else if (fact.Status is null && fact.StatusReason is null && fact.Kind != FactKind.TradeAction && fact.Citations.Select(c => StatusRule.AssertedStageWord(c.Quote, stageWords)).FirstOrDefault(w => w is not null) is string quoted)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.StageInQuoteNotGiven, fact.IdLocation, fact.Id, quoted));
            }

            if (fact.Measure is null && FactFileFields.IsNumeric(fact.Kind))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.StatusOrMeasureMissing, fact.IdLocation, fact.Id, "is a " + FactFileFields.Name(fact.Kind) + " value but does not say what it measures", "measure"));
            }
        }

        private static CitationSpec ResolveCitation(CitationSpec citation, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            if (!sources.TryGetValue(citation.Source.Id, out CatalogSource? source))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownSource, citation.Source.Location, citation.Source.Id, Spelling.MeantHint(citation.Source.Id, sources.Keys)));
                return citation;
            }

            if (source.Document is null || source.Document.OversizeLength > 0)
            {
                return citation with { SourceTitle = source.Title }; // the missing or refused text is reported at the source
            }

            QuoteResult found = QuoteLocator.Locate(source.Document, citation.Quote, citation.Occurrence);
            int reported = diagnostics.Count;
            ReportQuoteProblem(citation, source, found, diagnostics);
            string? sentence = found.Sentence;
            QuoteSpan? span = QuoteSpans.Of(source.Document, citation.Quote, found, citation.Occurrence);
            SentenceRange? place = CitedSentences.Find(source.Document, sentence);
            return citation with
            {
                ViaSentence = citation.Via is null ? null : QuoteLocator.Locate(source.Document, citation.Via, 0).Sentence,
                Sentence = sentence,
                SourceTitle = source.Title,
                SourceSpan = span is null ? null : Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(span.Start, span.End),
                SentenceNumber = place is null ? 0 : place.Value.First + 1,
                SentenceCount = place is null ? 0 : place.Value.Last - place.Value.First + 1,
                Paragraph = place is null ? 0 : SourceDocumentIndex.Of(source.Document).ParagraphOf(place.Value.ParagraphFirst) + 1,
                Verified = sentence is not null && !AnyError(diagnostics, reported),
            };
        }

        /// <summary>Whether an error is among the diagnostics from <paramref name="first"/> on.</summary>
        private static bool AnyError(List<DiagnosticInfo> diagnostics, int first)
        {
            for (int i = first; i < diagnostics.Count; i++)
            {
                if (diagnostics[i].Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }

        private static void ReportQuoteProblem(CitationSpec citation, CatalogSource source, QuoteResult found, List<DiagnosticInfo> diagnostics)
        {
            LocationInfo at = citation.QuoteLocation;
            switch (found.Problem)
            {
                case QuoteProblem.NotFound:
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteNotFound, at, source.Id, QuoteLocator.DescribeClosest(source.Document!, citation.Quote)));
                    return;
                case QuoteProblem.CutsWord:
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteCutsWord, at, found.CutAtStart ? "begins inside" : "ends inside", found.CutWord ?? string.Empty, source.Id));
                    return;
                case QuoteProblem.CaseDiffers:
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteCaseDiffers, at, source.Id, found.SourceWording ?? string.Empty));
                    return;
                case QuoteProblem.SpansParagraphs:
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteSpansParagraphs, at, source.Id, Number(found.FromLine), Number(found.ToLine)));
                    return;
            }

            (int words, int letters) = QuoteLocator.Measure(citation.Quote);
            if ((words < QuoteLocator.MinimumWords || letters < QuoteLocator.MinimumLetters) && !(found.Problem == QuoteProblem.None && found.IsWholeSentence))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteTooShort, at, Number(words), Number(letters), Number(QuoteLocator.MinimumWords), Number(QuoteLocator.MinimumLetters)));
                return;
            }

            if (found.Problem == QuoteProblem.Ambiguous)
            {
                string places = string.Join("; ", found.Places.Select(p => "line " + Number(p.Line) + " \"" + Shorten(p.Sentence ?? string.Empty) + "\""));
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.QuoteAmbiguous, at, Number(found.Places.Count), source.Id, places));
            }
            else if (found.Problem == QuoteProblem.OccurrenceOutOfRange)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.WrongFieldType,
                    citation.OccurrenceLocation ?? at,
                    "occurrence",
                    found.Places.Count == 1 ? "1, or left out: the quote stands once in its source" : "a number from 1 to " + Number(found.Places.Count) + ": the quote stands " + Number(found.Places.Count) + " times in its source"));
            }
        }

        private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A sentence cut to a length a message line can carry.</summary>
        private static string Shorten(string sentence) => sentence.Length <= 100 ? sentence : sentence.Substring(0, 99).TrimEnd() + "\u2026";

        internal static bool RequireEntity(IdReference reference, Dictionary<string, CatalogEntity> entities, List<DiagnosticInfo> diagnostics)
        {
            if (entities.ContainsKey(reference.Id))
            {
                return true;
            }

            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownEntity, reference.Location, reference.Id, Spelling.MeantHint(reference.Id, entities.Keys)));
            return false;
        }
    }
}
