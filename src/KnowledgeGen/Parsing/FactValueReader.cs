using System.Collections.Generic;
using KnowledgeGen.Checking;
using KnowledgeGen.Model;
using KnowledgeGen.Yaml;

namespace KnowledgeGen.Parsing
{
    /// <summary>Reads the <c>value:</c> mapping of a fact, whose fields depend on the fact's kind.</summary>
    internal static class FactValueReader
    {
        public static FactValueSpec? Read(FactKind kind, MappingNode mapping, List<DiagnosticInfo> diagnostics)
        {
            string[] allowed = FactFileFields.ValueByKind[kind];
            string name = FactFileFields.Name(kind);
            string article = "aeiou".IndexOf(name[0]) >= 0 ? "an " : "a ";
            var fields = new FieldReader(mapping, article + name + " value", allowed, diagnostics);
            var located = new List<FieldLocation>();
            foreach (string field in allowed)
            {
                if (fields.Has(field))
                {
                    located.Add(new FieldLocation(field, fields.LocationOf(field)));
                }
            }

            EquatableArray<FieldLocation> locations = located.ToEquatableArray();
            switch (kind)
            {
                case FactKind.Money:
                {
                    decimal? amount = fields.Decimal("amount", required: true);
                    string? currency = fields.Text("currency", required: true);
                    string? printed = fields.Text("printed", required: true);
                    if (currency is not null && !CurrencyCodes.IsKnown(currency))
                    {
                        fields.Report(Diagnostics.UnknownCurrency, fields.LocationOf("currency"), currency, Spelling.MeantHint(currency, CurrencyCodes.All.Keys));
                        currency = null;
                    }

                    return amount is null || currency is null || printed is null ? null : new MoneySpec(amount.Value, currency, printed, locations);
                }

                case FactKind.Quantity:
                {
                    decimal? amount = fields.Decimal("amount", required: true);
                    string? unit = fields.Text("unit", required: true);
                    string? printed = fields.Text("printed", required: true);
                    return amount is null || unit is null || printed is null ? null : new QuantitySpec(amount.Value, unit, printed, locations);
                }

                case FactKind.Percentage:
                {
                    decimal? percent = fields.Decimal("percent", required: true);
                    string? printed = fields.Text("printed", required: true);
                    return percent is null || printed is null ? null : new PercentageSpec(percent.Value, printed, locations);
                }

                case FactKind.Date:
                {
                    PartialDate? date = fields.Date("date", required: true);
                    string? printed = fields.Text("printed", required: true);
                    string? inferred = fields.Text("inferred", required: false);
                    return date is null || printed is null
                        ? null
                        : new DateValueSpec(new DateSpec(date, printed, inferred, fields.LocationOf("date")), locations);
                }

                case FactKind.Role:
                {
                    IdReference? person = fields.Reference("person", required: true);
                    string? position = fields.Text("position", required: true);
                    IdReference? organisation = fields.Reference("organisation", required: false);
                    bool organisationBad = fields.Has("organisation") && organisation is null;
                    return person is null || position is null || organisationBad ? null : new RoleSpec(person, position, organisation, locations);
                }

                case FactKind.Stance:
                {
                    IdReference? holder = fields.Reference("holder", required: true);
                    string? topic = fields.Text("topic", required: true);
                    string? position = fields.Text("position", required: true);
                    return holder is null || topic is null || position is null ? null : new StanceSpec(holder, topic, position, locations);
                }

                case FactKind.Event:
                {
                    string? what = fields.Text("what", required: true);
                    string? where = fields.Text("where", required: false);
                    DateSpec? when = FactFileParser.ReadDate(fields, "when", required: false, diagnostics);
                    bool whenBad = fields.Has("when") && when is null;
                    return what is null || whenBad ? null : new EventSpec(what, where, when, locations);
                }

                case FactKind.Quote:
                {
                    string? text = fields.Text("text", required: true);
                    IdReference? speaker = fields.Reference("speaker", required: true);
                    return text is null || speaker is null ? null : new QuoteSpec(text, speaker, locations);
                }

                default:
                    return null;
            }
        }
    }
}
