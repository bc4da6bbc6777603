using System.Globalization;
using System.Text.Json;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A field compared by a diff: its name as the fact files spell it, its value as text (null when absent), and its
/// value as JSON (an array for a list, an object for a structured value). A list's text is its items, one per
/// line, so that a change can name the items added and removed; two values are the same when their texts are.
/// </summary>
public sealed record DiffField<T>(string Name, Func<T, string?> Read, Action<Utf8JsonWriter, T> Json, bool IsList = false)
{
    public const char ItemSeparator = '\n';

    /// <summary>The field's value as JSON, or null where it is absent.</summary>
    public void WriteJson(Utf8JsonWriter json, T item)
    {
        if (Read(item) is null)
        {
            json.WriteNullValue();
        }
        else
        {
            Json(json, item);
        }
    }
}

/// <summary>
/// Every field a diff compares, read from the parsed spec records; the one place to add a field. Values are
/// written canonically, so that what the YAML's layout changes (flow or block style, quoting, folding, key
/// order, comments) never shows as a change.
/// </summary>
public static class DiffFields
{
    public static readonly DiffField<FactSpec>[] Fact =
    [
        new("kind", f => FactFileFields.Name(f.Kind), (j, f) => j.WriteStringValue(FactFileFields.Name(f.Kind))),
        new("statement", f => f.Statement, (j, f) => j.WriteStringValue(f.Statement)),
        new("about", f => Ids(f.About), (j, f) => Strings(j, f.About.Select(r => r.Id)), IsList: true),
        new("according-to", f => Ids(f.AccordingTo), (j, f) => Strings(j, f.AccordingTo.Select(r => r.Id)), IsList: true),
        new("status", f => f.Status is { } status ? FactFileFields.Name(status) : null, (j, f) => j.WriteStringValue(f.Status is { } status ? FactFileFields.Name(status) : null)),
        new("value", f => Value(f.Value), (j, f) => FactValueJson.Value(j, f.Value!)),
        new("measure", f => f.Measure?.Id, (j, f) => j.WriteStringValue(f.Measure?.Id)),
        new("holds", f => Period(f.Holds), (j, f) => FactValueJson.Period(j, f.Holds!)),
        new("context", f => f.Context, (j, f) => j.WriteStringValue(f.Context)),
        new("quote", f => Citations(f.Citations), (j, f) => CitationsJson(j, f.Citations), IsList: true),
        new("supersedes", f => Ids(f.Supersedes), (j, f) => Strings(j, f.Supersedes.Select(r => r.Id)), IsList: true),
        new("contradicts", f => Ids(f.Contradicts), (j, f) => Strings(j, f.Contradicts.Select(r => r.Id)), IsList: true),
    ];

    public static readonly DiffField<EntitySpec>[] Entity =
    [
        new("kind", e => FactFileFields.Name(e.Kind), (j, e) => j.WriteStringValue(FactFileFields.Name(e.Kind))),
        new("name", e => e.Name, (j, e) => j.WriteStringValue(e.Name)),
        new("aliases", e => Items(e.Aliases), (j, e) => Strings(j, e.Aliases), IsList: true),
        new("description", e => e.Description, (j, e) => j.WriteStringValue(e.Description)),
    ];

    public static readonly DiffField<SourceSpec>[] Source =
    [
        new("title", s => s.Title, (j, s) => j.WriteStringValue(s.Title)),
        new("publisher", s => s.Publisher, (j, s) => j.WriteStringValue(s.Publisher)),
        new("published", s => Date(s.Published), (j, s) => FactValueJson.Date(j, s.Published!)),
        new("file", s => s.File, (j, s) => j.WriteStringValue(s.File)),
        new("sha256", s => s.Sha256, (j, s) => j.WriteStringValue(s.Sha256)),
        new("not-claims", s => Items(s.NotClaims.Select(NotClaim)), (j, s) => FactValueJson.NotClaims(j, s.NotClaims), IsList: true),
    ];

    public static readonly DiffField<MeasureSpec>[] Measure =
    [
        new("description", m => m.Description, (j, m) => j.WriteStringValue(m.Description)),
        new("unit", m => m.Unit, (j, m) => j.WriteStringValue(m.Unit)),
    ];

    private static void Strings(Utf8JsonWriter json, IEnumerable<string> items)
    {
        json.WriteStartArray();
        foreach (string item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static void CitationsJson(Utf8JsonWriter json, EquatableArray<CitationSpec> citations)
    {
        json.WriteStartArray();
        foreach (CitationSpec citation in citations)
        {
            json.WriteStartObject();
            json.WriteString("source", citation.Source.Id);
            json.WriteString("quote", citation.Quote);
            json.WriteStartArray("mentions");
            foreach (MentionSpec mention in citation.Mentions)
            {
                json.WriteStartObject();
                json.WriteString("entity", mention.Entity.Id);
                json.WritePropertyName("phrases");
                Strings(json, mention.Phrases);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string? Ids(EquatableArray<IdReference> references) => Items(references.Select(r => r.Id));

    private static string? Citations(EquatableArray<CitationSpec> citations)
        => Items(citations.Select(c => $"{c.Source.Id}: \u201C{c.Quote}\u201D{Mentions(c.Mentions)}"));

    private static string Mentions(EquatableArray<MentionSpec> mentions) => mentions.Count == 0
        ? string.Empty
        : " (mention " + string.Join("; ", mentions.Select(m => m.Entity.Id + ": " + string.Join(", ", m.Phrases.Select(p => $"\u201C{p}\u201D")))) + ")";

    private static string NotClaim(NotClaimSpec notClaim)
        => $"\u201C{notClaim.Quote}\u201D{(notClaim.Through is null ? string.Empty : $" through \u201C{notClaim.Through}\u201D")}: {FactFileFields.Name(notClaim.Reason)}";

    /// <summary>A list's items, one per line (a line break inside an item read as a space); null for none.</summary>
    private static string? Items(IEnumerable<string> items)
    {
        string joined = string.Join(DiffField<FactSpec>.ItemSeparator, items.Select(i => i.Replace('\r', ' ').Replace('\n', ' ')));
        return joined.Length == 0 ? null : joined;
    }

    private static string? Period(PeriodSpec? period) => period is null
        ? null
        : $"from {period.From?.ToString() ?? "(open)"} to {period.To?.ToString() ?? "(open)"}{Inferred(period.Inferred)}";

    private static string? Date(DateSpec? date) => date is null
        ? null
        : date.Date + (date.Printed is null ? string.Empty : $" (printed \u201C{date.Printed}\u201D)") + Inferred(date.Inferred);

    private static string Inferred(string? evidence) => evidence is null ? string.Empty : $" (inferred: {evidence})";

    private static string? Value(FactValueSpec? value) => value switch
    {
        null => null,
        MoneySpec m => $"{Number(m.Amount)} {m.Currency} (printed \u201C{m.Printed}\u201D)",
        QuantitySpec q => $"{Number(q.Amount)} {q.Unit} (printed \u201C{q.Printed}\u201D)",
        PercentageSpec p => $"{Number(p.Percent)}% (printed \u201C{p.Printed}\u201D)",
        DateValueSpec d => Date(d.Date),
        RoleSpec r => $"{r.Person.Id} as {r.Position}{(r.Organisation is null ? string.Empty : " of " + r.Organisation.Id)}",
        StanceSpec s => $"{s.Holder.Id} on {s.Topic}: {s.Position}",
        EventSpec e => e.What + (e.Where is null ? string.Empty : " at " + e.Where) + (e.When is null ? string.Empty : " on " + Date(e.When)),
        QuoteSpec q => $"{q.Speaker.Id}: \u201C{q.Text}\u201D",
        _ => value.ToString(),
    };

    /// <summary>A number without the trailing zeros a decimal keeps from its spelling (1.50 and 1.5 are one value).</summary>
    private static string Number(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);
}
