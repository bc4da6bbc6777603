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
                CheckSources(file, sources, diagnostics);

                var facts = new List<FactSpec>(file.Facts.Count);
                foreach (FactSpec fact in file.Facts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    facts.Add(CheckFact(fact, entities, sources, diagnostics));
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

        private static void CheckSources(FactFileSpec file, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            foreach (SourceSpec source in file.Sources)
            {
                if (!sources.TryGetValue(source.Id, out CatalogSource? catalogued) || catalogued.ResolvedPath != source.ResolvedPath)
                {
                    continue; // a duplicate id, reported by the cross-file checks
                }

                if (catalogued.Document is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.SourceFileMissing, source.FileLocation, source.File, source.ResolvedPath));
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

            return fact with { Citations = citations.ToEquatableArray() };
        }

        private static CitationSpec ResolveCitation(CitationSpec citation, Dictionary<string, CatalogSource> sources, List<DiagnosticInfo> diagnostics)
        {
            if (!sources.TryGetValue(citation.Source.Id, out CatalogSource? source))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownSource, citation.Source.Location, citation.Source.Id, Spelling.MeantHint(citation.Source.Id, sources.Keys)));
                return citation;
            }

            if (source.Document is null)
            {
                return citation with { SourceTitle = source.Title }; // the missing text is reported at the source
            }

            QuoteMatch? match = QuoteLocator.Locate(source.Document, citation.Quote);
            if (match is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Diagnostics.QuoteNotFound,
                    citation.QuoteLocation,
                    source.Id,
                    QuoteLocator.ClosestSentence(source.Document, citation.Quote)));
            }

            return citation with
            {
                Sentence = match?.Sentence,
                SourceTitle = source.Title,
                SourceSpan = match is null ? null : Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(match.Start, match.End),
            };
        }

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
