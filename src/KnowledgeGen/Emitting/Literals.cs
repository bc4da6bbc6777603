using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGen.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Emitting
{
    /// <summary>C# literals for model values. Strings go through <see cref="SymbolDisplay.FormatLiteral(string, bool)"/>, never by hand.</summary>
    internal static class Literals
    {
        public static string String(string? text) => text is null ? "null" : SymbolDisplay.FormatLiteral(text, quote: true);

        public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string Strings(IEnumerable<string> items)
        {
            string[] literals = items.Select(String).ToArray();
            return literals.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", literals) + " }";
        }

        public static string Date(PartialDate? date) => date is null
            ? "null"
            : string.Format(
                CultureInfo.InvariantCulture,
                "new FactDate({0}, {1}, {2}, DatePrecision.{3})",
                date.Year,
                date.Month,
                date.Day,
                date.Precision);

        public static string DateValue(DateSpec? date) => date is null
            ? "null"
            : "new DateValue(" + Date(date.Date) + ", " + String(date.Printed) + ", " + String(date.Inferred) + ")";

        public static string Period(PeriodSpec? period) => period is null
            ? "null"
            : "new FactPeriod(" + Date(period.From) + ", " + Date(period.To) + ", " + String(period.Inferred) + ")";

        public static string Value(FactValueSpec? value) => value switch
        {
            MoneySpec m => "new MoneyValue(" + Decimal(m.Amount) + ", " + String(m.Currency) + ", " + String(m.Printed) + ")",
            QuantitySpec q => "new QuantityValue(" + Decimal(q.Amount) + ", " + String(q.Unit) + ", " + String(q.Printed) + ")",
            PercentageSpec p => "new PercentageValue(" + Decimal(p.Percent) + ", " + String(p.Printed) + ")",
            DateValueSpec d => DateValue(d.Date),
            RoleSpec r => "new RoleValue(" + String(r.Person.Id) + ", " + String(r.Position) + ", " + String(r.Organisation?.Id) + ")",
            StanceSpec s => "new StanceValue(" + String(s.Holder.Id) + ", " + String(s.Topic) + ", " + String(s.Position) + ")",
            EventSpec e => "new EventValue(" + String(e.What) + ", " + String(e.Where) + ", " + DateValue(e.When) + ")",
            QuoteSpec q => "new QuoteValue(" + String(q.Text) + ", " + String(q.Speaker.Id) + ")",
            _ => "null",
        };
    }
}
