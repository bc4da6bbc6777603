using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>A citation on the old side that the new side no longer has: whose it was, what its fact said, and why it went.</summary>
public sealed record FormerCitation(string SourceId, string Quote, int Occurrence, string FactId, string Statement, string Why);

/// <summary>
/// What the report marks of a change since another revision or folder (<c>--changed-since</c>): for each fact
/// added, changed or renamed, a label and the old value of each changed field; the facts and entities removed;
/// and every citation the change took away, which the article pages show where it stood.
/// </summary>
public sealed class ReportChanges
{
    public static readonly ReportChanges None = new(null, null);

    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<FieldChange>> _fields = new(StringComparer.Ordinal);

    public ReportChanges(string? since, KnowledgeDiff? diff)
    {
        Since = since;
        if (diff is null)
        {
            return;
        }

        foreach (FactSpec fact in diff.Facts.Added)
        {
            _labels[fact.Id] = "new";
        }

        foreach (ChangedItem<FactSpec> change in diff.Facts.Changed)
        {
            _labels[change.New.Id] = "changed (" + string.Join(", ", change.Fields.Select(f => f.Field)) + ")";
            _fields[change.New.Id] = change.Fields;
            foreach (CitationChange citation in CitationChange.Of(change.Old, diff.Old, change.New, diff.New).Where(c => c.Old is not null))
            {
                Former.Add(From(citation.Old!, change.Old, citation.New is null ? "citation removed" : "citation changed"));
            }
        }

        foreach (RenamedItem<FactSpec> rename in diff.Facts.Renamed)
        {
            _labels[rename.New.Id] = "renamed from " + rename.Old.Id;
        }

        RemovedFacts = diff.Facts.Removed;
        RemovedEntities = diff.Entities.Removed;
        Former.AddRange(diff.Facts.Removed.SelectMany(fact => fact.Citations.Select(c => From(c, fact, "fact removed"))));
    }

    /// <summary>The revision or folder compared with, as the user named it; null without <c>--changed-since</c>.</summary>
    public string? Since { get; }

    public IReadOnlyList<FactSpec> RemovedFacts { get; } = [];

    public IReadOnlyList<EntitySpec> RemovedEntities { get; } = [];

    public List<FormerCitation> Former { get; } = [];

    /// <summary>Each fact added, changed or renamed, by id, with what happened to it.</summary>
    public IReadOnlyDictionary<string, string> Labels => _labels;

    /// <summary>"changed (value) since git:main", or null for a fact the change left alone.</summary>
    public string? LabelOf(string factId) => _labels.TryGetValue(factId, out string? label) ? $"{label} since {Since}" : null;

    /// <summary>The fields of a changed fact with their old values (empty for any other fact).</summary>
    public IReadOnlyList<FieldChange> FieldsOf(string factId) => _fields.TryGetValue(factId, out IReadOnlyList<FieldChange>? fields) ? fields : [];

    /// <summary>The citations the change took from a source, by the sentence of <paramref name="document"/> (the new text) each quote stands in; those no longer found are left out.</summary>
    public ILookup<int, FormerCitation> FormerIn(SourceSpec source, SourceDocument document)
        => Former.Where(f => f.SourceId == source.Id)
            .Select(f => (Citation: f, Span: QuoteSpans.Find(document, f.Quote, f.Occurrence)))
            .Where(f => f.Span is not null)
            .ToLookup(f => document.SentenceStarts.Count(s => s <= f.Span!.Start) - 1, f => f.Citation);

    private static FormerCitation From(CitationSpec citation, FactSpec fact, string why)
    {
        string value = DiffFields.Fact.Single(f => f.Name == "value").Read(fact) is { } text ? " (value " + text + ")" : string.Empty;
        return new FormerCitation(citation.Source.Id, citation.Quote, citation.Occurrence, fact.Id, fact.Statement + value, why);
    }
}
