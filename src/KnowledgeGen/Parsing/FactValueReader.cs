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

                    return amount is null || currency is null || printed is null || !ReadQualifier(fields, amount, out ValueQualifier? qualifier, out decimal? upper)
                        ? null
                        : new MoneySpec(amount.Value, currency, printed, locations, qualifier, upper);
                }

                case FactKind.Quantity:
                {
                    decimal? amount = fields.Decimal("amount", required: true);
                    string? unit = fields.Text("unit", required: true);
                    string? printed = fields.Text("printed", required: true);
                    return amount is null || unit is null || printed is null || !ReadQualifier(fields, amount, out ValueQualifier? qualifier, out decimal? upper)
                        ? null
                        : new QuantitySpec(amount.Value, unit, printed, locations, qualifier, upper);
                }

                case FactKind.Percentage:
                {
                    decimal? percent = fields.Decimal("percent", required: true);
                    string? printed = fields.Text("printed", required: true);
                    return percent is null || printed is null || !ReadQualifier(fields, percent, out ValueQualifier? qualifier, out decimal? upper)
                        ? null
                        : new PercentageSpec(percent.Value, printed, locations, qualifier, upper);
                }

                case FactKind.Date:
                {
                    PartialDate? date = fields.Date("date", required: true);
                    string? printed = fields.Text("printed", required: true);
                    InferenceSpec? evidence = FactFileParser.ReadInference(fields, diagnostics);
                    return date is null || printed is null
                        ? null
                        : new DateValueSpec(new DateSpec(date, printed, fields.LocationOf("date"), evidence), locations);
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

                case FactKind.TradeAction:
                    return ReadTradeAction(fields, locations, diagnostics);

                default:
                    return null;
            }
        }

        private static TradeActionSpec? ReadTradeAction(FieldReader fields, EquatableArray<FieldLocation> locations, List<DiagnosticInfo> diagnostics)
        {
            IdReference? actor = fields.Reference("actor", required: true);
            EquatableArray<IdReference> targets = fields.References("target", required: false);
            TradeInstrument? instrument = fields.Enum<TradeInstrument>("instrument", required: true);
            string? printed = fields.Text("printed", required: true);
            string? goods = fields.Text("goods", required: false);
            MoneySpec? covered = fields.Mapping("covered", required: false) is { } coveredMapping ? Read(FactKind.Money, coveredMapping, diagnostics) as MoneySpec : null;
            PercentageSpec? rate = fields.Mapping("rate", required: false) is { } rateMapping ? Read(FactKind.Percentage, rateMapping, diagnostics) as PercentageSpec : null;
            DateSpec? when = FactFileParser.ReadDate(fields, "when", required: false, diagnostics);
            bool partBad = (fields.Has("covered") && covered is null) || (fields.Has("rate") && rate is null) || (fields.Has("when") && when is null);
            return actor is null || instrument is null || printed is null || partBad
                ? null
                : new TradeActionSpec(actor, targets, instrument.Value, printed, goods, covered, rate, when, locations);
        }

        /// <summary>
        /// A number's <c>qualifier:</c> and, for a range, its <c>upper:</c> end, which must lie above the number;
        /// false where either is given wrongly (and reported).
        /// </summary>
        private static bool ReadQualifier(FieldReader fields, decimal? low, out ValueQualifier? qualifier, out decimal? upper)
        {
            qualifier = fields.Enum<ValueQualifier>("qualifier", required: false);
            upper = fields.Decimal("upper", required: false);
            if (fields.Has("qualifier") && qualifier is null)
            {
                return false;
            }

            if (qualifier == ValueQualifier.Between)
            {
                if (upper is null)
                {
                    fields.Report(Diagnostics.MissingField, fields.LocationOf("qualifier"), "upper", "a range ('qualifier: between')");
                    return false;
                }

                if (low is not null && upper <= low)
                {
                    fields.Report(Diagnostics.WrongFieldType, fields.LocationOf("upper"), "upper", "a number above the low end of the range");
                    return false;
                }
            }
            else if (fields.Has("upper"))
            {
                fields.Report(Diagnostics.WrongFieldType, fields.LocationOf("upper"), "upper", "absent unless 'qualifier: between' makes the value a range");
                return false;
            }

            return true;
        }
    }
}
