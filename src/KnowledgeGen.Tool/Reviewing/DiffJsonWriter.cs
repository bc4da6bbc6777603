using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A diff as JSON for other tools: <c>{"old", "new", "oldReadingErrors", "newReadingErrors", "facts": {"added", "removed", "changed": [{"id", "fields"}],
/// "renamed": [{"from", "to"}]}, "entities": …, "sources": …, "measures": …}</c>, every list ordered by id (docs/review.md).
/// </summary>
public static class DiffJsonWriter
{
    public static string Write(KnowledgeDiff diff, string oldName, string newName)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", oldName);
            json.WriteString("new", newName);
            json.WriteNumber("oldReadingErrors", diff.Old.ReadingErrors);
            json.WriteNumber("newReadingErrors", diff.New.ReadingErrors);
            Section(json, "facts", diff.Facts, DiffFields.Fact, f => f.Id, f => f.IdLocation.FilePath, (fact, j) => Evidence(j, fact, diff.New));
            Section(json, "entities", diff.Entities, DiffFields.Entity, e => e.Id, e => e.IdLocation.FilePath, null);
            Section(json, "sources", diff.Sources, DiffFields.Source, s => s.Id, s => s.IdLocation.FilePath, null);
            Section(json, "measures", diff.Measures, DiffFields.Measure, m => m.Id, m => m.IdLocation.FilePath, null);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Section<T>(Utf8JsonWriter json, string name, SectionDiff<T> section, DiffField<T>[] fields, Func<T, string> id, Func<T, string> file, Action<T, Utf8JsonWriter>? evidence)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("added");
        foreach (T item in section.Added)
        {
            json.WriteStartObject();
            json.WriteString("id", id(item));
            json.WriteString("file", file(item));
            json.WriteStartObject("fields");
            foreach (DiffField<T> field in fields)
            {
                if (field.Read(item) is { } value)
                {
                    json.WriteString(field.Name, value);
                }
            }

            json.WriteEndObject();
            evidence?.Invoke(item, json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (T item in section.Removed)
        {
            json.WriteStartObject();
            json.WriteString("id", id(item));
            json.WriteString("file", file(item));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("changed");
        foreach (ChangedItem<T> change in section.Changed)
        {
            json.WriteStartObject();
            json.WriteString("id", id(change.New));
            json.WriteString("file", file(change.New));
            json.WriteStartArray("fields");
            foreach (FieldChange field in change.Fields)
            {
                json.WriteStartObject();
                json.WriteString("field", field.Field);
                Nullable(json, "old", field.Old);
                Nullable(json, "new", field.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            evidence?.Invoke(change.New, json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("renamed");
        foreach (RenamedItem<T> rename in section.Renamed)
        {
            json.WriteStartObject();
            json.WriteString("from", id(rename.Old));
            json.WriteString("to", id(rename.New));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Each citation with the sentence its quote stands in, split around the quote (null parts where it is not found).</summary>
    private static void Evidence(Utf8JsonWriter json, FactSpec fact, ParsedKnowledgeBase knowledgeBase)
    {
        json.WriteStartArray("evidence");
        foreach (CitationSpec citation in fact.Citations)
        {
            Evidence? evidence = knowledgeBase.EvidenceFor(citation);
            json.WriteStartObject();
            json.WriteString("source", citation.Source.Id);
            json.WriteString("quote", citation.Quote);
            Nullable(json, "before", evidence?.Before);
            Nullable(json, "quoted", evidence?.Quote);
            Nullable(json, "after", evidence?.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
