using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A diff as JSON for other tools, every value structured (numbers as numbers, lists as arrays, a fact's value as
/// an object) and every declaration with its file and line. The shape is docs/schema/diff.schema.json; every list
/// of declarations is ordered by id.
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
            Section(json, "facts", diff.Facts, DiffFields.Fact, f => f.Id, f => f.IdLocation, new FactDetails(diff));
            Section(json, "entities", diff.Entities, DiffFields.Entity, e => e.Id, e => e.IdLocation, null);
            Section(json, "sources", diff.Sources, DiffFields.Source, s => s.Id, s => s.IdLocation, null);
            Section(json, "measures", diff.Measures, DiffFields.Measure, m => m.Id, m => m.IdLocation, null);
            Checks(json, diff.Checks);
            Api(json, diff.Api);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>What a fact entry has beyond its fields: its statement and its citations in their sentences.</summary>
    private sealed class FactDetails(KnowledgeDiff diff)
    {
        public void Added(Utf8JsonWriter json, FactSpec fact)
        {
            json.WriteString("statement", fact.Statement);
            Citations(json, "citations", fact, diff.New);
        }

        public void Removed(Utf8JsonWriter json, FactSpec fact)
        {
            json.WriteString("statement", fact.Statement);
            Citations(json, "citations", fact, diff.Old);
        }

        public void Changed(Utf8JsonWriter json, ChangedItem<FactSpec> change)
        {
            json.WriteString("statement", change.New.Statement);
            json.WriteString("oldStatement", change.Old.Statement);
            Citations(json, "citations", change.New, diff.New);
            json.WriteStartArray("citationChanges");
            foreach (CitationChange citation in CitationChange.Of(change.Old, diff.Old, change.New, diff.New))
            {
                json.WriteStartObject();
                json.WritePropertyName("old");
                Citation(json, citation.Old, citation.OldEvidence);
                json.WritePropertyName("new");
                Citation(json, citation.New, citation.NewEvidence);
                json.WriteStartArray("words");
                foreach (WordRun run in citation.Words)
                {
                    json.WriteStartObject();
                    json.WriteString("change", run.Change);
                    json.WriteString("text", run.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        public void Renamed(Utf8JsonWriter json, RenamedItem<FactSpec> rename) => json.WriteString("statement", rename.New.Statement);
    }

    private static void Section<T>(Utf8JsonWriter json, string name, SectionDiff<T> section, DiffField<T>[] fields, Func<T, string> id, Func<T, LocationInfo> location, FactDetails? facts)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("added");
        foreach (T item in section.Added)
        {
            json.WriteStartObject();
            json.WriteString("id", id(item));
            Place(json, location(item));
            json.WriteStartObject("fields");
            foreach (DiffField<T> field in fields.Where(f => f.Read(item) is not null))
            {
                json.WritePropertyName(field.Name);
                field.WriteJson(json, item);
            }

            json.WriteEndObject();
            if (item is FactSpec fact)
            {
                facts?.Added(json, fact);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("removed");
        foreach (T item in section.Removed)
        {
            json.WriteStartObject();
            json.WriteString("id", id(item));
            Place(json, location(item));
            if (item is FactSpec fact)
            {
                facts?.Removed(json, fact);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("changed");
        foreach (ChangedItem<T> change in section.Changed)
        {
            json.WriteStartObject();
            json.WriteString("id", id(change.New));
            Place(json, location(change.New));
            json.WriteStartArray("fields");
            foreach (FieldChange field in change.Fields)
            {
                DiffField<T> reader = fields.Single(f => f.Name == field.Field);
                json.WriteStartObject();
                json.WriteString("field", field.Field);
                json.WritePropertyName("old");
                reader.WriteJson(json, change.Old);
                json.WritePropertyName("new");
                reader.WriteJson(json, change.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (change is ChangedItem<FactSpec> factChange)
            {
                facts?.Changed(json, factChange);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("renamed");
        foreach (RenamedItem<T> rename in section.Renamed)
        {
            json.WriteStartObject();
            json.WriteString("from", id(rename.Old));
            json.WriteString("to", id(rename.New));
            Place(json, location(rename.New));
            json.WriteStartObject("was");
            Place(json, location(rename.Old));
            json.WriteEndObject();
            if (rename is RenamedItem<FactSpec> factRename)
            {
                facts?.Renamed(json, factRename);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>"file" (relative to the side's facts folder) and 1-based "line" of a declaration's id.</summary>
    private static void Place(Utf8JsonWriter json, LocationInfo location)
    {
        json.WriteString("file", location.FilePath);
        json.WriteNumber("line", location.LineSpan.Start.Line + 1);
    }

    private static void Citations(Utf8JsonWriter json, string name, FactSpec fact, ParsedKnowledgeBase side)
    {
        json.WriteStartArray(name);
        foreach (CitationSpec citation in fact.Citations)
        {
            Citation(json, citation, side.EvidenceFor(citation));
        }

        json.WriteEndArray();
    }

    /// <summary>A citation with the sentence its quote stands in, split around the quote, and the quote's position (null parts where it is not found).</summary>
    private static void Citation(Utf8JsonWriter json, CitationSpec? citation, Evidence? evidence)
    {
        if (citation is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("source", citation.Source.Id);
        json.WriteString("quote", citation.Quote);
        Nullable(json, "before", evidence?.Before);
        Nullable(json, "quoted", evidence?.Quote);
        Nullable(json, "after", evidence?.After);
        if (evidence is null)
        {
            json.WriteNull("position");
        }
        else
        {
            json.WriteStartObject("position");
            json.WriteNumber("start", evidence.Position.Start);
            json.WriteNumber("end", evidence.Position.End);
            json.WriteNumber("line", evidence.Position.Line);
            json.WriteNumber("column", evidence.Position.Column);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Checks(Utf8JsonWriter json, CheckDifference checks)
    {
        json.WriteStartObject("checks");
        json.WriteNumber("newErrors", checks.NewErrors);
        Diagnostics(json, "introduced", checks.Introduced);
        Diagnostics(json, "fixed", checks.Fixed);
        Diagnostics(json, "dangling", checks.Dangling);
        json.WriteEndObject();
    }

    private static void Diagnostics(Utf8JsonWriter json, string name, IReadOnlyList<LocatedDiagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (LocatedDiagnostic diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("file", diagnostic.File);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Api(Utf8JsonWriter json, IReadOnlyList<ApiChange> changes)
    {
        json.WriteStartArray("api");
        foreach (ApiChange change in changes)
        {
            json.WriteStartObject();
            json.WriteString("change", change.Change);
            json.WriteString("member", change.Member);
            json.WriteString("type", change.Type);
            Nullable(json, "newMember", change.NewMember);
            Nullable(json, "newType", change.NewType);
            if (change.Retired is { } retired)
            {
                json.WriteStartObject("retired");
                json.WriteString("id", retired.Id);
                json.WriteString("reason", retired.Reason);
                Nullable(json, "replacement", retired.Replacement);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("retired");
            }

            Nullable(json, "keptBy", change.KeptBy);
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
