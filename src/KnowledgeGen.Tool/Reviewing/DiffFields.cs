using System.Globalization;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool.Reviewing;

/// <summary>
/// A field compared by a diff: its name as the fact files spell it, and its value as text (null when absent). A
/// list's value is its items, one per line, so that a change can name the items added and removed.
/// </summary>
public sealed record DiffField<T>(string Name, Func<T, string?> Read, bool IsList = false)
{
    public const char ItemSeparator = '\n';
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
        new("kind", f => FactFileFields.Name(f.Kind)),
        new("statement", f => f.Statement),
        new("about", f => Ids(f.About), IsList: true),
        new("according-to", f => Ids(f.AccordingTo), IsList: true),
        new("status", f => f.Status is { } status ? FactFileFields.Name(status) : null),
        new("value", f => Value(f.Value)),
        new("measure", f => f.Measure?.Id),
        new("holds", f => Period(f.Holds)),
        new("context", f => f.Context),
        new("quote", f => Citations(f.Citations), IsList: true),
        new("supersedes", f => Ids(f.Supersedes), IsList: true),
        new("contradicts", f => Ids(f.Contradicts), IsList: true),
    ];

    public static readonly DiffField<EntitySpec>[] Entity =
    [
        new("kind", e => FactFileFields.Name(e.Kind)),
        new("name", e => e.Name),
        new("aliases", e => Items(e.Aliases), IsList: true),
        new("description", e => e.Description),
    ];

    public static readonly DiffField<SourceSpec>[] Source =
    [
        new("title", s => s.Title),
        new("publisher", s => s.Publisher),
        new("published", s => Date(s.Published)),
        new("file", s => s.File),
        new("sha256", s => s.Sha256),
        new("not-claims", s => Items(s.NotClaims.Select(NotClaim)), IsList: true),
    ];

    public static readonly DiffField<MeasureSpec>[] Measure =
    [
        new("description", m => m.Description),
        new("unit", m => m.Unit),
    ];

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
