using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool;

/// <summary>
/// Writes the checked knowledge base as JSON (every fact, entity and source with all their fields) and as a
/// Markdown report (every fact with the sentences it cites). Refuses a knowledge base with errors, since an
/// export is meant to be shared.
/// </summary>
public static class ExportCommand
{
    public static int Run(KnowledgeBaseFolder folder, FileInfo? json, FileInfo? markdown, TextWriter output, TextWriter error)
    {
        if (json is null && markdown is null)
        {
            error.WriteLine("Nothing to export: give --json FILE, --markdown FILE or both.");
            return 2;
        }

        if (folder.HasErrors)
        {
            error.WriteLine("The knowledge base has errors; run 'knowledgegen check' and fix them first.");
            return 1;
        }

        var facts = folder.KnowledgeBase.Facts.ToList();
        var entities = folder.KnowledgeBase.Files.SelectMany(f => f.File.Entities).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var sources = folder.KnowledgeBase.Files.SelectMany(f => f.File.Sources).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (json is not null)
        {
            var measures = folder.KnowledgeBase.Files.SelectMany(f => f.File.Measures).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
            File.WriteAllText(json.FullName, Json(facts, entities, sources, measures, DocumentsBySource(folder.KnowledgeBase, sources)), new UTF8Encoding(false));
            output.WriteLine($"Wrote {facts.Count} facts to {KnowledgeBaseFolder.Display(json.FullName)}");
        }

        if (markdown is not null)
        {
            File.WriteAllText(markdown.FullName, Markdown(facts, entities, sources), new UTF8Encoding(false));
            output.WriteLine($"Wrote the report of {facts.Count} facts to {KnowledgeBaseFolder.Display(markdown.FullName)}");
        }

        return 0;
    }

    private static Dictionary<string, TextPositions> DocumentsBySource(CheckedKnowledgeBase knowledgeBase, List<SourceSpec> sources)
    {
        var documents = new Dictionary<string, TextPositions>(StringComparer.Ordinal);
        foreach (SourceSpec source in sources)
        {
            if (knowledgeBase.DocumentOf(source) is { } document)
            {
                documents[source.Id] = new TextPositions(document.Text);
            }
        }

        return documents;
    }

    private static string Json(List<FactSpec> facts, List<EntitySpec> entities, List<SourceSpec> sources, List<MeasureSpec> measures, Dictionary<string, TextPositions> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = PrintableJsonEncoder.Instance }))
        {
            json.WriteStartObject();
            Objects(json, "sources", sources, Source);
            Objects(json, "entities", entities, Entity);
            Objects(json, "measures", measures, Measure);
            Objects(json, "facts", facts, (j, fact) => Fact(j, fact, documents));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>An array named <paramref name="name"/> holding one object per item, each written by <paramref name="members"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            json.WriteStartObject();
            members(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Source(Utf8JsonWriter json, SourceSpec source)
    {
        json.WriteString("id", source.Id);
        json.WriteString("title", source.Title);
        Text(json, "publisher", source.Publisher);
        if (source.Published is not null)
        {
            json.WritePropertyName("published");
            FactValueJson.Date(json, source.Published);
        }

        json.WriteString("file", source.File);
        json.WriteString("sha256", source.Sha256);
        json.WritePropertyName("not-claims");
        FactValueJson.NotClaims(json, source.NotClaims);
    }

    private static void Entity(Utf8JsonWriter json, EntitySpec entity)
    {
        json.WriteString("id", entity.Id);
        json.WriteString("kind", FactFileFields.Name(entity.Kind));
        json.WriteString("name", entity.Name);
        Strings(json, "aliases", entity.Aliases);
        Text(json, "description", entity.Description);
    }

    private static void Measure(Utf8JsonWriter json, MeasureSpec measure)
    {
        json.WriteString("id", measure.Id);
        json.WriteString("description", measure.Description);
        json.WriteString("unit", measure.Unit);
    }

    private static void Fact(Utf8JsonWriter json, FactSpec fact, Dictionary<string, TextPositions> documents)
    {
        json.WriteString("id", fact.Id);
        json.WriteString("kind", FactFileFields.Name(fact.Kind));
        json.WriteString("statement", fact.Statement);
        Strings(json, "about", fact.About.Select(a => a.Id));
        Strings(json, "according-to", fact.AccordingTo.Select(a => a.Id));
        // `status: none` is read as no stage with a reason; written back as the file spells it.
        Text(json, "status", fact.Status is { } status ? FactFileFields.Name(status) : fact.StatusReason is null ? null : "none");
        Text(json, "status-reason", fact.StatusReason);
        if (fact.Value is not null)
        {
            json.WritePropertyName("value");
            FactValueJson.Value(json, fact.Value);
        }

        if (fact.Holds is not null)
        {
            json.WritePropertyName("holds");
            FactValueJson.Period(json, fact.Holds);
        }

        Text(json, "measure", fact.Measure?.Id);
        Text(json, "context", fact.Context);
        Objects(json, "citations", fact.Citations, (j, citation) =>
        {
            j.WriteString("source", citation.Source.Id);
            j.WriteString("quote", citation.Quote);
            j.WriteString("sentence", citation.Sentence ?? citation.Quote);
            Position(j, citation, documents);
        });
        Strings(json, "supersedes", fact.Supersedes.Select(r => r.Id));
        Strings(json, "contradicts", fact.Contradicts.Select(r => r.Id));
    }

    /// <summary>
    /// Where the checker found the quote in its source, so that a reader need not search for it again: offsets in
    /// Unicode code points (end exclusive), and the 1-based line and column (in code points) of its start.
    /// </summary>
    private static void Position(Utf8JsonWriter json, CitationSpec citation, Dictionary<string, TextPositions> documents)
    {
        if (citation.SourceSpan is not { } span || !documents.TryGetValue(citation.Source.Id, out TextPositions? positions))
        {
            return;
        }

        (int start, int line, int column) = positions.Of(span.Start);
        (int end, _, _) = positions.Of(span.End);
        json.WriteStartObject("position");
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteNumber("line", line);
        json.WriteNumber("column", column);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? text) => FactValueJson.Text(json, name, text);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> items)
    {
        json.WriteStartArray(name);
        foreach (string item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    /// <summary>A report for people: sources, then every fact by id with its value and the sentences it cites.</summary>
    private static string Markdown(List<FactSpec> facts, List<EntitySpec> entities, List<SourceSpec> sources)
    {
        var titles = sources.ToDictionary(s => s.Id, s => s.Title, StringComparer.Ordinal);
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var report = new StringBuilder();
        report.Append("# Knowledge base report\n\n");
        report.Append(CultureInfo.InvariantCulture, $"{facts.Count} facts about {entities.Count} entities, from {sources.Count} sources.\n\n## Sources\n\n");
        foreach (SourceSpec source in sources)
        {
            string published = source.Published is null ? string.Empty : $", published {source.Published.Date}{(source.Published.Inferred is null ? string.Empty : " (inferred)")}";
            report.Append(CultureInfo.InvariantCulture, $"- `{source.Id}`: {MarkdownText.Inline(source.Title)}{(source.Publisher is null ? string.Empty : " — " + MarkdownText.Inline(source.Publisher))}{published}\n");
        }

        report.Append("\n## Facts\n");
        foreach (FactSpec fact in facts)
        {
            report.Append(CultureInfo.InvariantCulture, $"\n### `{fact.Id}` ({FactFileFields.Name(fact.Kind)})\n\n{MarkdownText.Inline(fact.Statement)}\n\n");
            if (fact.About.Count > 0)
            {
                report.Append("About: ").Append(string.Join(", ", fact.About.Select(a => names.TryGetValue(a.Id, out string? name) ? MarkdownText.Inline(name) : a.Id))).Append("\n\n");
            }

            foreach (CitationSpec citation in fact.Citations)
            {
                string title = titles.TryGetValue(citation.Source.Id, out string? t) ? MarkdownText.Inline(t) : citation.Source.Id;
                report.Append("> ").Append(MarkdownText.Inline(citation.Sentence ?? citation.Quote)).Append("\n>\n> — ").Append(title).Append(" (`").Append(citation.Source.Id).Append("`)\n\n");
            }
        }

        return report.ToString();
    }
}
