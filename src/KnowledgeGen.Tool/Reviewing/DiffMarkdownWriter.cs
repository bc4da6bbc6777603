using System.Globalization;
using System.Text;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A diff as Markdown for a pull-request comment or a job summary: a one-line summary, then each kind's added,
/// changed, renamed and removed declarations; every added or changed fact with its quote marked in the sentence it
/// stands in. A list of more than <see cref="CollapseAfter"/> items is folded into a collapsible section.
/// </summary>
public static class DiffMarkdownWriter
{
    public const int CollapseAfter = 20;

    public static string Write(KnowledgeDiff diff, string oldName, string newName)
    {
        var markdown = new StringBuilder();
        markdown.Append("## Knowledge base changes: ").Append(MarkdownText.Code(oldName)).Append(" \u2192 ").Append(MarkdownText.Code(newName)).Append("\n\n");
        foreach ((string side, ParsedKnowledgeBase knowledgeBase) in new[] { (oldName, diff.Old), (newName, diff.New) })
        {
            if (knowledgeBase.ReadingErrors > 0)
            {
                markdown.Append("> **").Append(MarkdownText.Code(side)).Append(" has ").Append(knowledgeBase.ReadingErrors.ToString(CultureInfo.InvariantCulture))
                    .Append(" error(s) in its fact files**: what they stopped from being read is missing here (a fact whose field no longer reads shows as removed). Run `knowledgegen check`.\n\n");
            }
        }

        if (diff.IsEmpty)
        {
            markdown.Append("No change to any fact, entity, source or measure.\n");
            return markdown.ToString();
        }

        markdown.Append(Summary("Facts", diff.Facts)).Append(' ').Append(Summary("Entities", diff.Entities)).Append(' ').Append(Summary("Sources", diff.Sources))
            .Append(' ').Append(Summary("Measures", diff.Measures)).Append('\n');
        Checks(markdown, diff.Checks, newName);
        ApiSection(markdown, diff.Api);

        Section(markdown, "Facts added", diff.Facts.Added, fact => AddedFact(fact, diff.New));
        Section(markdown, "Facts changed", diff.Facts.Changed, change => ChangedFact(change, diff));
        Section(markdown, "Facts renamed", diff.Facts.Renamed, rename => $"- {MarkdownText.Code(rename.Old.Id)} \u2192 {MarkdownText.Code(rename.New.Id)} at {Place(rename.New.IdLocation)} (was at {Place(rename.Old.IdLocation)}): {MarkdownText.Inline(rename.New.Statement)}\n");
        Section(markdown, "Facts removed", diff.Facts.Removed, fact => $"- {MarkdownText.Code(fact.Id)} ({FactFileFields.Name(fact.Kind)}) was at {Place(fact.IdLocation)} in {MarkdownText.Code(oldName)}: {MarkdownText.Inline(fact.Statement)}\n" + EvidenceLines(fact.Citations, diff.Old));

        Section(markdown, "Entities added", diff.Entities.Added, entity => Added(entity.Id, entity.IdLocation, DiffFields.Entity, entity));
        Section(markdown, "Entities changed", diff.Entities.Changed, change => Changed(change.New.Id, change.New.IdLocation, change.Fields));
        Section(markdown, "Entities renamed", diff.Entities.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation));
        Section(markdown, "Entities removed", diff.Entities.Removed, entity => $"- {MarkdownText.Code(entity.Id)} was at {Place(entity.IdLocation)}: {MarkdownText.Inline(entity.Name)}\n");

        Section(markdown, "Sources added", diff.Sources.Added, source => Added(source.Id, source.IdLocation, DiffFields.Source, source));
        Section(markdown, "Sources changed", diff.Sources.Changed, change => Changed(change.New.Id, change.New.IdLocation, change.Fields));
        Section(markdown, "Sources renamed", diff.Sources.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation));
        Section(markdown, "Sources removed", diff.Sources.Removed, source => $"- {MarkdownText.Code(source.Id)} was at {Place(source.IdLocation)}: {MarkdownText.Inline(source.Title)}\n");

        Section(markdown, "Measures added", diff.Measures.Added, measure => Added(measure.Id, measure.IdLocation, DiffFields.Measure, measure));
        Section(markdown, "Measures changed", diff.Measures.Changed, change => Changed(change.New.Id, change.New.IdLocation, change.Fields));
        Section(markdown, "Measures renamed", diff.Measures.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation));
        Section(markdown, "Measures removed", diff.Measures.Removed, measure => $"- {MarkdownText.Code(measure.Id)} was at {Place(measure.IdLocation)}: {MarkdownText.Inline(measure.Description)}\n");
        return markdown.ToString();
    }

    private static string Summary<T>(string kind, SectionDiff<T> section)
    {
        if (section.IsEmpty)
        {
            return $"**{kind}:** no change.";
        }

        var parts = new List<string>();
        Count(parts, section.Added.Count, "added");
        Count(parts, section.Changed.Count, "changed");
        Count(parts, section.Renamed.Count, "renamed");
        Count(parts, section.Removed.Count, "removed");
        return $"**{kind}:** {string.Join(", ", parts)}.";
    }

    private static void Count(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + what);
        }
    }

    private static void Section<T>(StringBuilder markdown, string title, IReadOnlyList<T> items, Func<T, string> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        string heading = $"{title} ({items.Count.ToString(CultureInfo.InvariantCulture)})";
        bool collapsed = items.Count > CollapseAfter;
        markdown.Append('\n');
        markdown.Append(collapsed ? $"<details><summary><strong>{heading}</strong></summary>\n\n" : $"### {heading}\n\n");
        foreach (T item in items)
        {
            markdown.Append(write(item));
        }

        if (collapsed)
        {
            markdown.Append("\n</details>\n");
        }
    }

    private static string AddedFact(FactSpec fact, ParsedKnowledgeBase knowledgeBase)
    {
        var text = new StringBuilder();
        text.Append("- ").Append(MarkdownText.Code(fact.Id)).Append(" (").Append(FactFileFields.Name(fact.Kind)).Append(") at ").Append(Place(fact.IdLocation)).Append(": ")
            .Append(MarkdownText.Inline(fact.Statement)).Append('\n');
        foreach (DiffField<FactSpec> field in DiffFields.Fact)
        {
            if (field.Name is not ("kind" or "statement" or "quote") && field.Read(fact) is { } value)
            {
                text.Append("  - ").Append(field.Name).Append(": ").Append(OneLine(value, field.IsList)).Append('\n');
            }
        }

        return text.Append(EvidenceLines(fact.Citations, knowledgeBase)).ToString();
    }

    /// <summary>
    /// The fact's statement (the new one; the old one too where it changed), its other changed fields, each changed
    /// citation with its old and new sentence and the words that changed, and the evidence of the citations kept.
    /// </summary>
    private static string ChangedFact(ChangedItem<FactSpec> change, KnowledgeDiff diff)
    {
        var text = new StringBuilder();
        text.Append("- ").Append(MarkdownText.Code(change.New.Id)).Append(" (").Append(FactFileFields.Name(change.New.Kind)).Append(") at ").Append(Place(change.New.IdLocation)).Append(": ")
            .Append(MarkdownText.Inline(change.New.Statement)).Append('\n');
        text.Append(FieldLines(change.Fields.Where(f => f.Field != "quote")));
        List<CitationChange> citations = CitationChange.Of(change.Old, diff.Old, change.New, diff.New);
        foreach (CitationChange citation in citations)
        {
            string source = (citation.New ?? citation.Old)!.Source.Id;
            string what = citation.Old is null ? "citation added" : citation.New is null ? "citation removed" : "citation changed";
            text.Append("  - ").Append(what).Append(" (").Append(MarkdownText.Code(source)).Append("):\n");
            if (citation.Old is not null)
            {
                text.Append("    - before: ").Append(Sentence(citation.Old, citation.OldEvidence)).Append('\n');
            }

            if (citation.New is not null)
            {
                text.Append("    - after: ").Append(Sentence(citation.New, citation.NewEvidence)).Append('\n');
            }

            if (citation.Old is not null && citation.New is not null)
            {
                text.Append("    - words: ").Append(string.Join(" ", citation.Words.Select(Marked))).Append('\n');
            }
        }

        IEnumerable<CitationSpec> kept = change.New.Citations.Where(c => !citations.Any(changed => ReferenceEquals(changed.New, c)));
        return text.Append(EvidenceLines(kept, diff.New)).ToString();
    }

    /// <summary>Words kept as they are, ~~removed~~ and **added**.</summary>
    private static string Marked(WordRun run) => run.Change switch
    {
        WordRun.Removed => "~~" + MarkdownText.Inline(run.Text) + "~~",
        WordRun.Added => "**" + MarkdownText.Inline(run.Text) + "**",
        _ => MarkdownText.Inline(run.Text),
    };

    /// <summary>Each citation's quote, marked in bold inside the sentence it stands in.</summary>
    private static string EvidenceLines(IEnumerable<CitationSpec> citations, ParsedKnowledgeBase knowledgeBase)
    {
        var text = new StringBuilder();
        foreach (CitationSpec citation in citations)
        {
            text.Append("  - cites ").Append(MarkdownText.Code(citation.Source.Id)).Append(": ").Append(Sentence(citation, knowledgeBase.EvidenceFor(citation))).Append('\n');
        }

        return text.ToString();
    }

    private static string Sentence(CitationSpec citation, Evidence? evidence) => evidence is null
        ? "\u201C" + MarkdownText.Inline(citation.Quote) + "\u201D (not found in the source: run `knowledgegen check`)"
        : "\u201C" + MarkdownText.Inline(evidence.Before) + "**" + MarkdownText.Inline(evidence.Quote) + "**" + MarkdownText.Inline(evidence.After) + "\u201D";

    /// <summary>"`budget.yaml:5`": the file, relative to its side's facts folder, and the line of the declaration's id.</summary>
    private static string Place(LocationInfo location)
        => MarkdownText.Code(location.FilePath + ":" + (location.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture));

    private static void Checks(StringBuilder markdown, CheckDifference checks, string newName)
    {
        markdown.Append("\n**Checks of ").Append(MarkdownText.Code(newName)).Append(":** ")
            .Append(checks.NewErrors == 0 ? "no error" : checks.NewErrors.ToString(CultureInfo.InvariantCulture) + " error(s)")
            .Append("; introduced by this change: ").Append(checks.Introduced.Count.ToString(CultureInfo.InvariantCulture))
            .Append(", fixed: ").Append(checks.Fixed.Count.ToString(CultureInfo.InvariantCulture)).Append(".\n");
        Section(markdown, "Errors introduced", checks.Introduced, Diagnostic);
        Section(markdown, "Errors fixed", checks.Fixed, Diagnostic);
        Section(markdown, "Dangling references", checks.Dangling, Diagnostic);
    }

    private static string Diagnostic(LocatedDiagnostic diagnostic)
        => $"- {diagnostic.Id} at {MarkdownText.Code(diagnostic.Place)}: {MarkdownText.Inline(diagnostic.Message)}\n";

    private static void ApiSection(StringBuilder markdown, IReadOnlyList<ApiChange> changes)
    {
        if (changes.Count == 0)
        {
            markdown.Append("\n**API impact:** no generated member renamed, retyped or removed.\n");
            return;
        }

        Section(markdown, "API impact: generated members a consumer's code may name", changes, change =>
        {
            var text = new StringBuilder("- ").Append(MarkdownText.Code(change.Member)).Append(" (").Append(change.Type).Append(") ").Append(change.Change);
            if (change.NewMember is not null)
            {
                text.Append(change.Change == "retyped" ? " to " + MarkdownText.Code(change.NewType!) : " to " + MarkdownText.Code(change.NewMember));
            }

            text.Append(": code naming it no longer compiles");
            if (change.KeptBy is not null)
            {
                text.Append(", except that its `retired:` entry at ").Append(MarkdownText.Code(change.KeptBy)).Append(" keeps it compiling.\n");
            }
            else if (change.Retired is not null)
            {
                text.Append(". This `retired:` entry in a fact file keeps it compiling, with the reason as the error message:\n\n    ```yaml\n");
                foreach (string line in change.Retired.Yaml.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    text.Append("    ").Append(line).Append('\n');
                }

                text.Append("    ```\n");
            }
            else
            {
                text.Append(change.Change == "retyped" ? " where it names the type; no `retired:` entry can keep an id that is still a fact's.\n" : "; only facts have `retired:` entries.\n");
            }

            return text.ToString();
        });
    }

    private static string Added<T>(string id, LocationInfo location, DiffField<T>[] fields, T item)
    {
        var text = new StringBuilder();
        text.Append("- ").Append(MarkdownText.Code(id)).Append(" at ").Append(Place(location)).Append('\n');
        foreach (DiffField<T> field in fields)
        {
            if (field.Read(item) is { } value)
            {
                text.Append("  - ").Append(field.Name).Append(": ").Append(OneLine(value, field.IsList)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Changed(string id, LocationInfo location, IReadOnlyList<FieldChange> fields)
        => "- " + MarkdownText.Code(id) + " at " + Place(location) + "\n" + FieldLines(fields);

    private static string FieldLines(IEnumerable<FieldChange> fields)
    {
        var text = new StringBuilder();
        foreach (FieldChange field in fields)
        {
            text.Append("  - ").Append(field.Field).Append(":\n");
            if (field.IsList && field.ItemsAdded.Count + field.ItemsRemoved.Count > 0)
            {
                foreach (string item in field.ItemsAdded)
                {
                    text.Append("    - added: ").Append(MarkdownText.Inline(item)).Append('\n');
                }

                foreach (string item in field.ItemsRemoved)
                {
                    text.Append("    - removed: ").Append(MarkdownText.Inline(item)).Append('\n');
                }
            }
            else
            {
                // Scalars, and lists whose items were only reordered.
                text.Append("    - before: ").Append(Shown(field.Old)).Append("\n    - after: ").Append(Shown(field.New)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Shown(string? value) => value is null ? "*(none)*" : OneLine(value, isList: true);

    private static string OneLine(string value, bool isList)
        => MarkdownText.Inline(isList ? value.Replace(DiffField<object>.ItemSeparator.ToString(), "; ", StringComparison.Ordinal) : value);

    private static string Renamed(string from, string to, LocationInfo location)
        => $"- {MarkdownText.Code(from)} \u2192 {MarkdownText.Code(to)} at {Place(location)}\n";
}
