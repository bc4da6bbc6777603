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

        Section(markdown, "Facts added", diff.Facts.Added, fact => AddedFact(fact, diff.New));
        Section(markdown, "Facts changed", diff.Facts.Changed, change => ChangedFact(change, diff.New));
        Section(markdown, "Facts renamed", diff.Facts.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation.FilePath));
        Section(markdown, "Facts removed", diff.Facts.Removed, fact => $"- {MarkdownText.Code(fact.Id)} ({FactFileFields.Name(fact.Kind)}, was in {MarkdownText.Code(fact.IdLocation.FilePath)}): {MarkdownText.Inline(fact.Statement)}\n");

        Section(markdown, "Entities added", diff.Entities.Added, entity => Added(entity.Id, entity.IdLocation.FilePath, DiffFields.Entity, entity));
        Section(markdown, "Entities changed", diff.Entities.Changed, change => Changed(change.New.Id, change.New.IdLocation.FilePath, change.Fields));
        Section(markdown, "Entities renamed", diff.Entities.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation.FilePath));
        Section(markdown, "Entities removed", diff.Entities.Removed, entity => $"- {MarkdownText.Code(entity.Id)}: {MarkdownText.Inline(entity.Name)}\n");

        Section(markdown, "Sources added", diff.Sources.Added, source => Added(source.Id, source.IdLocation.FilePath, DiffFields.Source, source));
        Section(markdown, "Sources changed", diff.Sources.Changed, change => Changed(change.New.Id, change.New.IdLocation.FilePath, change.Fields));
        Section(markdown, "Sources renamed", diff.Sources.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation.FilePath));
        Section(markdown, "Sources removed", diff.Sources.Removed, source => $"- {MarkdownText.Code(source.Id)}: {MarkdownText.Inline(source.Title)}\n");

        Section(markdown, "Measures added", diff.Measures.Added, measure => Added(measure.Id, measure.IdLocation.FilePath, DiffFields.Measure, measure));
        Section(markdown, "Measures changed", diff.Measures.Changed, change => Changed(change.New.Id, change.New.IdLocation.FilePath, change.Fields));
        Section(markdown, "Measures renamed", diff.Measures.Renamed, rename => Renamed(rename.Old.Id, rename.New.Id, rename.New.IdLocation.FilePath));
        Section(markdown, "Measures removed", diff.Measures.Removed, measure => $"- {MarkdownText.Code(measure.Id)}: {MarkdownText.Inline(measure.Description)}\n");
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
        text.Append("- ").Append(MarkdownText.Code(fact.Id)).Append(" (").Append(FactFileFields.Name(fact.Kind)).Append(", in ").Append(MarkdownText.Code(fact.IdLocation.FilePath)).Append("): ")
            .Append(MarkdownText.Inline(fact.Statement)).Append('\n');
        foreach (DiffField<FactSpec> field in DiffFields.Fact)
        {
            if (field.Name is not ("kind" or "statement" or "quote") && field.Read(fact) is { } value)
            {
                text.Append("  - ").Append(field.Name).Append(": ").Append(OneLine(value, field.IsList)).Append('\n');
            }
        }

        return text.Append(EvidenceLines(fact, knowledgeBase)).ToString();
    }

    private static string ChangedFact(ChangedItem<FactSpec> change, ParsedKnowledgeBase knowledgeBase)
        => Changed(change.New.Id, change.New.IdLocation.FilePath, change.Fields) + EvidenceLines(change.New, knowledgeBase);

    /// <summary>Each citation's quote, marked in bold inside the sentence it stands in.</summary>
    private static string EvidenceLines(FactSpec fact, ParsedKnowledgeBase knowledgeBase)
    {
        var text = new StringBuilder();
        foreach (CitationSpec citation in fact.Citations)
        {
            text.Append("  - cites ").Append(MarkdownText.Code(citation.Source.Id)).Append(": ");
            if (knowledgeBase.EvidenceFor(citation) is { } evidence)
            {
                text.Append("\u201C").Append(MarkdownText.Inline(evidence.Before)).Append("**").Append(MarkdownText.Inline(evidence.Quote)).Append("**")
                    .Append(MarkdownText.Inline(evidence.After)).Append("\u201D\n");
            }
            else
            {
                text.Append("\u201C").Append(MarkdownText.Inline(citation.Quote)).Append("\u201D (not found in the source: run `knowledgegen check`)\n");
            }
        }

        return text.ToString();
    }

    private static string Added<T>(string id, string file, DiffField<T>[] fields, T item)
    {
        var text = new StringBuilder();
        text.Append("- ").Append(MarkdownText.Code(id)).Append(" (in ").Append(MarkdownText.Code(file)).Append(")\n");
        foreach (DiffField<T> field in fields)
        {
            if (field.Read(item) is { } value)
            {
                text.Append("  - ").Append(field.Name).Append(": ").Append(OneLine(value, field.IsList)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Changed(string id, string file, IReadOnlyList<FieldChange> fields)
    {
        var text = new StringBuilder();
        text.Append("- ").Append(MarkdownText.Code(id)).Append(" (in ").Append(MarkdownText.Code(file)).Append(")\n");
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

    private static string Renamed(string from, string to, string file)
        => $"- {MarkdownText.Code(from)} \u2192 {MarkdownText.Code(to)} (in {MarkdownText.Code(file)})\n";
}
