using System.Globalization;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>A knowledge base as checked at one moment: what the build would report, and where everything is declared.</summary>
public sealed class Snapshot
{
    private readonly Dictionary<string, Declaration> _declarations = new(StringComparer.Ordinal);

    public Snapshot(CheckedKnowledgeBase knowledgeBase, IReadOnlyDictionary<string, string> texts, SeverityConfig severities)
    {
        KnowledgeBase = knowledgeBase;
        Texts = texts;
        Severities = severities;
        foreach (FactFileSpec file in knowledgeBase.Files.Select(f => f.File))
        {
            foreach (SourceSpec source in file.Sources)
            {
                _declarations.TryAdd(source.Id, new Declaration(source.Id, "source", source.IdLocation, source, null, null, null));
            }

            foreach (EntitySpec entity in file.Entities)
            {
                _declarations.TryAdd(entity.Id, new Declaration(entity.Id, "entity", entity.IdLocation, null, entity, null, null));
            }

            foreach (MeasureSpec measure in file.Measures)
            {
                _declarations.TryAdd(measure.Id, new Declaration(measure.Id, "measure", measure.IdLocation, null, null, measure, null));
            }

            foreach (FactSpec fact in file.Facts)
            {
                _declarations.TryAdd(fact.Id, new Declaration(fact.Id, "fact", fact.IdLocation, null, null, null, fact));
            }
        }
    }

    public CheckedKnowledgeBase KnowledgeBase { get; }

    /// <summary>The text of every fact file and source text checked, by full path.</summary>
    public IReadOnlyDictionary<string, string> Texts { get; }

    public SeverityConfig Severities { get; }

    public IEnumerable<SourceSpec> Sources => KnowledgeBase.Files.SelectMany(f => f.File.Sources);

    public IEnumerable<EntitySpec> Entities => KnowledgeBase.Files.SelectMany(f => f.File.Entities);

    public IEnumerable<MeasureSpec> Measures => KnowledgeBase.Files.SelectMany(f => f.File.Measures);

    public IEnumerable<FactSpec> Facts => KnowledgeBase.Files.SelectMany(f => f.File.Facts);

    public Declaration? Find(string id) => _declarations.GetValueOrDefault(id);

    public SourceDocument? DocumentOf(string sourceId)
        => Sources.FirstOrDefault(s => s.Id == sourceId) is { } source ? KnowledgeBase.DocumentOf(source) : null;

    /// <summary>The citation whose quote stands at the position of the file, with its fact.</summary>
    public (FactSpec Fact, CitationSpec Citation)? CitationAt(string path, Position position)
    {
        foreach (FactSpec fact in KnowledgeBase.Files.Where(f => f.File.Path == path).SelectMany(f => f.File.Facts))
        {
            foreach (CitationSpec citation in fact.Citations)
            {
                if (LspConvert.Range(citation.QuoteLocation).Contains(position))
                {
                    return (fact, citation);
                }
            }
        }

        return null;
    }

    /// <summary>Every diagnostic the build reports, with its configured severity, by full path: every file checked has an entry, empty where it is clean.</summary>
    public Dictionary<string, List<(DiagnosticInfo Info, LspDiagnostic Diagnostic)>> DiagnosticsByFile()
    {
        var byFile = Texts.Keys.ToDictionary(p => p, _ => new List<(DiagnosticInfo, LspDiagnostic)>(), StringComparer.Ordinal);
        foreach (DiagnosticInfo info in KnowledgeBase.Diagnostics)
        {
            if (info.Location is null || Severities.Apply(info) is not { } diagnostic || diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            int severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => ProtocolNumbers.SeverityError,
                DiagnosticSeverity.Warning => ProtocolNumbers.SeverityWarning,
                _ => ProtocolNumbers.SeverityInformation,
            };
            var published = new LspDiagnostic(
                LspConvert.Range(info.Location),
                severity,
                diagnostic.Id,
                "KnowledgeGen",
                diagnostic.GetMessage(CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri) ? null : new CodeDescription(diagnostic.Descriptor.HelpLinkUri));
            if (!byFile.TryGetValue(info.Location.FilePath, out var list))
            {
                byFile[info.Location.FilePath] = list = new List<(DiagnosticInfo, LspDiagnostic)>();
            }

            list.Add((info, published));
        }

        return byFile;
    }
}

/// <summary>An id's declaration: what it names and where.</summary>
public sealed record Declaration(string Id, string What, LocationInfo Location, SourceSpec? Source, EntitySpec? Entity, MeasureSpec? Measure, FactSpec? Fact)
{
    /// <summary>One line saying what the id names, for a completion item's detail.</summary>
    public string Summary => Source?.Title ?? Entity?.Name ?? Measure?.Description ?? Fact?.Statement ?? Id;
}
