using System.Globalization;
using KnowledgeGen.Model;

namespace KnowledgeGen.Emitting
{
    /// <summary>A fact's value in words, for the documentation shown in an editor's tooltip; entities by name.</summary>
    internal static class ValueDescriber
    {
        public static string? Describe(FactValueSpec? value, System.Func<string, string> nameOf) => value switch
        {
            MoneySpec m => Number(m.Amount) + " " + m.Currency + Printed(m.Printed),
            QuantitySpec q => Number(q.Amount) + " " + q.Unit + Printed(q.Printed),
            PercentageSpec p => Number(p.Percent) + "%" + Printed(p.Printed),
            DateValueSpec d => Date(d.Date),
            RoleSpec r => nameOf(r.Person.Id) + " as " + r.Position + (r.Organisation is null ? string.Empty : " of " + nameOf(r.Organisation.Id)),
            StanceSpec s => nameOf(s.Holder.Id) + " on " + s.Topic + ": " + s.Position,
            EventSpec e => e.What + (e.Where is null ? string.Empty : " in " + e.Where) + (e.When is null ? string.Empty : ", " + Date(e.When)),
            QuoteSpec q => nameOf(q.Speaker.Id) + ": \u201C" + q.Text + "\u201D",
            _ => null,
        };

        /// <summary>"2020" for a period of one date, "2018-05 to 2018-06", or an open end as "…".</summary>
        public static string Period(PeriodSpec period)
            => period.From is not null && period.From == period.To
                ? period.From.ToString()
                : (period.From?.ToString() ?? "\u2026") + " to " + (period.To?.ToString() ?? "\u2026");

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Printed(string printed) => " (printed \u201C" + printed + "\u201D)";

        private static string Date(DateSpec date)
            => date.Date + (date.Printed is null ? string.Empty : Printed(date.Printed))
               + (date.Inferred is null ? string.Empty : " (inferred: " + date.Inferred + ")");
    }
}
