using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Lsp;

/// <summary>
/// What may be typed where the cursor is: the fields the mapping accepts (by the fact's kind under
/// <c>value:</c>), the values of the enumerations, the ids of what an id field names, and in a quote the
/// sentences of the cited source that hold the words typed so far, quoted for YAML.
/// </summary>
public static class CompletionProvider
{
    /// <summary>Fields whose value is an entity id (or, under <c>value:</c>, a list of them).</summary>
    private static readonly HashSet<string> EntityFields = new(StringComparer.Ordinal) { "about", "according-to", "holder", "person", "organisation", "speaker" };

    private static readonly HashSet<string> FactFields = new(StringComparer.Ordinal) { "supersedes", "contradicts", "replacement" };

    public static CompletionList Complete(Snapshot snapshot, string text, Position position)
    {
        YamlCursor cursor = YamlCursor.At(text, position);
        var replaced = new Range(new Position(position.Line, cursor.TypedStart), position);
        List<CompletionItem> items = cursor.AtKey ? Keys(snapshot, cursor, replaced) : Values(snapshot, cursor, replaced);
        // Sentences are matched on words anywhere in them, which a client's own prefix filter would throw away.
        return new CompletionList(cursor.Key == "quote", items.ToArray());
    }

    private static List<CompletionItem> Keys(Snapshot snapshot, YamlCursor cursor, Range replaced)
    {
        if (cursor.Section == "facts" && cursor.Path is ["citations", "mention"])
        {
            return EntityIds(snapshot, replaced, ": ");
        }

        string[] fields = FieldsOf(cursor);
        return fields
            .Where(f => !cursor.Siblings[0].ContainsKey(f) || f == cursor.Typed)
            .Select((f, i) => new CompletionItem(f, ProtocolNumbers.CompletionField, SortText: i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), TextEdit: new TextEdit(replaced, f + ": ")))
            .ToList();
    }

    private static string[] FieldsOf(YamlCursor cursor)
    {
        if (cursor.Section is null)
        {
            return FactFileFields.File;
        }

        return (cursor.Section, cursor.Path.Count > 0 ? cursor.Path[^1] : null) switch
        {
            ("facts", null) => FactFileFields.Fact,
            ("facts", "value") => KindOf(cursor) is { } kind && FactFileFields.ValueByKind.TryGetValue(kind, out string[]? valueFields) ? valueFields : Array.Empty<string>(),
            ("facts", "holds") => FactFileFields.Period,
            ("facts", "citations") => FactFileFields.Citation,
            ("sources", null) => FactFileFields.Source,
            ("sources", "published") => FactFileFields.Date,
            ("sources", "not-claims") => FactFileFields.NotClaim,
            ("entities", null) => FactFileFields.Entity,
            ("measures", null) => FactFileFields.Measure,
            ("retired", null) => FactFileFields.Retired,
            (_, "inferred") => FactFileFields.Inference,
            _ => Array.Empty<string>(),
        };
    }

    private static FactKind? KindOf(YamlCursor cursor)
        => cursor.Field("kind") is { } name && Enum.GetValues<FactKind>().Where(k => FactFileFields.Name(k) == name).Select(k => (FactKind?)k).FirstOrDefault() is { } kind ? kind : null;

    private static List<CompletionItem> Values(Snapshot snapshot, YamlCursor cursor, Range replaced)
    {
        string key = cursor.Key ?? string.Empty;
        bool inValue = cursor.Path.Count > 0 && cursor.Path[^1] == "value";
        return key switch
        {
            "kind" when cursor.Section == "entities" => Names(Enum.GetValues<EntityKind>().Select(FactFileFields.Name), replaced),
            "kind" when cursor.Section == "facts" && !inValue => Names(Enum.GetValues<FactKind>().Select(FactFileFields.Name), replaced),
            "status" => Names(Enum.GetValues<FactStatus>().Select(FactFileFields.Name), replaced),
            "reason" when cursor.Section == "sources" => Names(Enum.GetValues<NotClaimReason>().Select(FactFileFields.Name), replaced),
            "source" => Ids(snapshot.Sources.Select(s => (s.Id, s.Title)), replaced),
            "measure" => Ids(snapshot.Measures.Select(m => (m.Id, m.Description)), replaced),
            _ when FactFields.Contains(key) => Ids(snapshot.Facts.Select(f => (f.Id, f.Statement)), replaced),
            _ when EntityFields.Contains(key) => EntityIds(snapshot, replaced, string.Empty),
            "quote" => Sentences(snapshot, cursor, replaced),
            _ => new List<CompletionItem>(),
        };
    }

    private static List<CompletionItem> Names(IEnumerable<string> names, Range replaced)
        => names.Select(n => new CompletionItem(n, ProtocolNumbers.CompletionEnumMember, TextEdit: new TextEdit(replaced, n))).ToList();

    private static List<CompletionItem> EntityIds(Snapshot snapshot, Range replaced, string after)
        => Ids(snapshot.Entities.Select(e => (e.Id, e.Name)), replaced, after);

    private static List<CompletionItem> Ids(IEnumerable<(string Id, string Summary)> ids, Range replaced, string after = "")
        => ids.OrderBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => new CompletionItem(i.Id, ProtocolNumbers.CompletionReference, Detail: PrintableText.Escape(i.Summary), TextEdit: new TextEdit(replaced, i.Id + after)))
            .ToList();

    /// <summary>The sentences of the quoted source holding every word typed so far, compared as the build compares quotes.</summary>
    private static List<CompletionItem> Sentences(Snapshot snapshot, YamlCursor cursor, Range replaced)
    {
        // In not-claims the quote is of the source being declared; in a citation, of the citation's source.
        string? sourceId = cursor.Section == "sources" ? cursor.Field("id") : cursor.Field("source");
        SourceDocument? document = sourceId is null ? null : snapshot.DocumentOf(sourceId);
        if (document is null)
        {
            return new List<CompletionItem>();
        }

        string[] words = TextNormalizer.Normalize(YamlQuoting.Unquoted(cursor.Typed)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<CompletionItem>();
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            string sentence = document.Sentences[i];
            if (words.All(w => document.NormalizedSentences[i].Contains(w, StringComparison.OrdinalIgnoreCase)) && seen.Add(sentence))
            {
                items.Add(new CompletionItem(
                    PrintableText.Escape(sentence.Length > 80 ? sentence.Substring(0, 77) + "..." : sentence),
                    ProtocolNumbers.CompletionText,
                    Detail: sourceId,
                    Documentation: MarkupContent.Markdown(MarkdownText.Inline(PrintableText.Escape(sentence))),
                    FilterText: cursor.Typed,
                    SortText: items.Count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                    TextEdit: new TextEdit(replaced, YamlQuoting.Quote(sentence, cursor.InFlow))));
            }
        }

        return items;
    }
}
