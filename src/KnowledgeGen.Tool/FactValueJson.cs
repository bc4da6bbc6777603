using System.Text.Json;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;

namespace KnowledgeGen.Tool;

/// <summary>A fact's value, a date, a period or a source's not-claims as JSON with typed members: what `export` and `diff --format json` both write.</summary>
public static class FactValueJson
{
    public static void Value(Utf8JsonWriter json, FactValueSpec value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case MoneySpec m: Money(json, m); break;
            case QuantitySpec q: json.WriteNumber("amount", q.Amount); json.WriteString("unit", q.Unit); json.WriteString("printed", q.Printed); Exactness(json, q.Qualifier, q.Upper); break;
            case PercentageSpec p: Percentage(json, p); break;
            case DateValueSpec d: json.WriteString("date", d.Date.Date.ToString()); Text(json, "printed", d.Date.Printed); Text(json, "inferred", d.Date.Inferred); break;
            case RoleSpec r: json.WriteString("person", r.Person.Id); json.WriteString("position", r.Position); Text(json, "organisation", r.Organisation?.Id); break;
            case StanceSpec s: json.WriteString("holder", s.Holder.Id); json.WriteString("topic", s.Topic); json.WriteString("position", s.Position); break;
            case EventSpec e:
                json.WriteString("what", e.What);
                Text(json, "where", e.Where);
                if (e.When is not null)
                {
                    json.WritePropertyName("when");
                    Date(json, e.When);
                }

                break;
            case QuoteSpec q: json.WriteString("text", q.Text); json.WriteString("speaker", q.Speaker.Id); break;
            case TradeActionSpec t: TradeAction(json, t); break;
        }

        json.WriteEndObject();
    }

    private static void TradeAction(Utf8JsonWriter json, TradeActionSpec action)
    {
        json.WriteString("actor", action.Actor.Id);
        json.WriteStartArray("target");
        foreach (IdReference target in action.Targets)
        {
            json.WriteStringValue(target.Id);
        }

        json.WriteEndArray();
        json.WriteString("instrument", FactFileFields.Name(action.Instrument));
        json.WriteString("printed", action.Printed);
        Text(json, "goods", action.Goods);
        if (action.Covered is not null)
        {
            json.WriteStartObject("covered");
            Money(json, action.Covered);
            json.WriteEndObject();
        }

        if (action.Rate is not null)
        {
            json.WriteStartObject("rate");
            Percentage(json, action.Rate);
            json.WriteEndObject();
        }

        if (action.When is not null)
        {
            json.WritePropertyName("when");
            Date(json, action.When);
        }
    }

    private static void Money(Utf8JsonWriter json, MoneySpec money)
    {
        json.WriteNumber("amount", money.Amount);
        json.WriteString("currency", money.Currency);
        json.WriteString("printed", money.Printed);
        Exactness(json, money.Qualifier, money.Upper);
    }

    private static void Percentage(Utf8JsonWriter json, PercentageSpec percentage)
    {
        json.WriteNumber("percent", percentage.Percent);
        json.WriteString("printed", percentage.Printed);
        Exactness(json, percentage.Qualifier, percentage.Upper);
    }

    /// <summary>How exact the number is ("more than $50 billion" is not $50 billion), where the fact says: members left out for an exact number.</summary>
    private static void Exactness(Utf8JsonWriter json, ValueQualifier? qualifier, decimal? upper)
    {
        Text(json, "qualifier", qualifier is { } q ? FactFileFields.Name(q) : null);
        if (upper is { } high)
        {
            json.WriteNumber("upper", high);
        }
    }

    public static void Date(Utf8JsonWriter json, DateSpec date)
    {
        json.WriteStartObject();
        json.WriteString("date", date.Date.ToString());
        Text(json, "printed", date.Printed);
        Text(json, "inferred", date.Inferred);
        json.WriteEndObject();
    }

    public static void Period(Utf8JsonWriter json, PeriodSpec period)
    {
        json.WriteStartObject();
        Text(json, "from", period.From?.ToString());
        Text(json, "to", period.To?.ToString());
        Text(json, "inferred", period.Inferred);
        json.WriteEndObject();
    }

    /// <summary>A source's sentences that hold no claim: each quote, the quote it runs through where it spans sentences, and the reason.</summary>
    public static void NotClaims(Utf8JsonWriter json, EquatableArray<NotClaimSpec> notClaims)
    {
        json.WriteStartArray();
        foreach (NotClaimSpec notClaim in notClaims)
        {
            json.WriteStartObject();
            json.WriteString("quote", notClaim.Quote);
            Text(json, "through", notClaim.Through);
            json.WriteString("reason", FactFileFields.Name(notClaim.Reason));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A member left out where the text is absent.</summary>
    public static void Text(Utf8JsonWriter json, string name, string? text)
    {
        if (text is not null)
        {
            json.WriteString(name, text);
        }
    }
}
