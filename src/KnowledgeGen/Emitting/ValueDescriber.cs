using System.Globalization;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>A fact's value in words, for the documentation shown in an editor's tooltip; entities by name.</summary>
    internal static class ValueDescriber
    {
        public static string? Describe(FactValueSpec? value, System.Func<string, string> nameOf) => value switch
        {
            MoneySpec m => Qualified(m.Qualifier, m.Amount, m.Upper) + " " + m.Currency + Printed(m.Printed),
            QuantitySpec q => Qualified(q.Qualifier, q.Amount, q.Upper) + " " + q.Unit + Printed(q.Printed),
            PercentageSpec p => Qualified(p.Qualifier, p.Percent, p.Upper) + "%" + Printed(p.Printed),
            DateValueSpec d => Date(d.Date),
            RoleSpec r => nameOf(r.Person.Id) + " as " + r.Position + (r.Organisation is null ? string.Empty : " of " + nameOf(r.Organisation.Id)),
            StanceSpec s => nameOf(s.Holder.Id) + " on " + s.Topic + ": " + s.Position,
            EventSpec e => e.What + (e.Where is null ? string.Empty : " in " + e.Where) + (e.When is null ? string.Empty : ", " + Date(e.When)),
            QuoteSpec q => nameOf(q.Speaker.Id) + ": \u201C" + q.Text + "\u201D",
            TradeActionSpec t => nameOf(t.Actor.Id) + ": " + Parsing.FactFileFields.Name(t.Instrument) + " on " + string.Join(", ", t.Targets.Select(r => nameOf(r.Id)))
                                 + (t.Goods is null ? string.Empty : ", " + t.Goods)
                                 + (t.Covered is null ? string.Empty : ", covering " + Describe(t.Covered, nameOf))
                                 + (t.Rate is null ? string.Empty : ", at " + Describe(t.Rate, nameOf))
                                 + (t.When is null ? string.Empty : ", " + Date(t.When)),
            _ => null,
        };

        /// <summary>"2020" for a period of one date, "2018-05 to 2018-06", or an open end as "…".</summary>
        public static string Period(PeriodSpec period)
            => period.From is not null && period.From == period.To
                ? period.From.ToString()
                : (period.From?.ToString() ?? "\u2026") + " to " + (period.To?.ToString() ?? "\u2026");

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>"about 40", "more than 100", "10 to 25": the number with its qualifier in words.</summary>
        private static string Qualified(ValueQualifier? qualifier, decimal value, decimal? upper) => qualifier switch
        {
            ValueQualifier.Approximately => "about " + Number(value),
            ValueQualifier.AtLeast => "at least " + Number(value),
            ValueQualifier.MoreThan => "more than " + Number(value),
            ValueQualifier.AtMost => "at most " + Number(value),
            ValueQualifier.LessThan => "less than " + Number(value),
            ValueQualifier.Between => Number(value) + " to " + Number(upper ?? value),
            _ => Number(value),
        };

        private static string Printed(string printed) => " (printed \u201C" + printed + "\u201D)";

        private static string Date(DateSpec date)
            => date.Date + (date.Printed is null ? string.Empty : Printed(date.Printed))
               + (date.Inferred is null ? string.Empty : " (inferred: " + date.Inferred + ")");
    }
}
