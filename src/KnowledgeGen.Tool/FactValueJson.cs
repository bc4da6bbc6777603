using System.Text.Json;
using KnowledgeGen.Model;

namespace KnowledgeGen.Tool;

/// <summary>A fact's value, a date or a period as a JSON object with typed members: what `export` and `diff --format json` both write.</summary>
public static class FactValueJson
{
    public static void Value(Utf8JsonWriter json, FactValueSpec value)
    {
        json.WriteStartObject();
        switch (value)
        {
            case MoneySpec m: json.WriteNumber("amount", m.Amount); json.WriteString("currency", m.Currency); json.WriteString("printed", m.Printed); break;
            case QuantitySpec q: json.WriteNumber("amount", q.Amount); json.WriteString("unit", q.Unit); json.WriteString("printed", q.Printed); break;
            case PercentageSpec p: json.WriteNumber("percent", p.Percent); json.WriteString("printed", p.Printed); break;
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
        }

        json.WriteEndObject();
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

    /// <summary>A member left out where the text is absent.</summary>
    public static void Text(Utf8JsonWriter json, string name, string? text)
    {
        if (text is not null)
        {
            json.WriteString(name, text);
        }
    }
}
