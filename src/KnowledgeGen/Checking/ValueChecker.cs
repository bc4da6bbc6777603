using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KnowledgeGen.Model;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Proves that a fact's value is what its quotes say: the printed words stand in a quote (compared after
    /// normalisation, ignoring case), the number they state is the value given, and a person or speaker is
    /// named in a quote by name or alias.
    /// </summary>
    internal sealed class ValueChecker
    {
        /// <summary>
        /// Words that multiply the number before them, as PrintedNumber reads them (built on each use, not in a static
        /// initializer: see docs/testing.md).
        /// </summary>
        private static string[] ScaleWords => new[] { "thousand", "million", "billion", "trillion", "bn" };

        private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

        private readonly FactSpec _fact;
        private readonly Dictionary<string, CatalogEntity> _entities;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<string> _quotes;

        public ValueChecker(FactSpec fact, Dictionary<string, CatalogEntity> entities, List<DiagnosticInfo> diagnostics)
        {
            _fact = fact;
            _entities = entities;
            _diagnostics = diagnostics;
            _quotes = fact.Citations.Select(c => TextNormalizer.Normalize(c.Quote)).ToList();
        }

        public void Check(FactValueSpec value)
        {
            switch (value)
            {
                case MoneySpec money:
                    if (RequirePrinted(value, "printed", money.Printed) && RequireScaleWord(value, money.Printed))
                    {
                        RequireNumber(value, "amount", money.Amount, money.Printed, PrintedNumber.ReadAmount(money.Printed));
                        CheckWording(value, "amount", money.Amount, money.Printed, money.Qualifier);
                        Func<string, bool>? currency = PrintedNumber.CurrencyMatcher(money.Printed);
                        if (currency is not null && !currency(money.Currency))
                        {
                            Report(Diagnostics.ValueDisagreesWithPrinted, value.LocationOf("currency"), "currency", money.Currency, money.Printed, "another currency");
                        }
                    }

                    break;
                case QuantitySpec quantity:
                    if (RequirePrinted(value, "printed", quantity.Printed) && RequireScaleWord(value, quantity.Printed))
                    {
                        RequireNumber(value, "amount", quantity.Amount, quantity.Printed, PrintedNumber.ReadAmount(quantity.Printed));
                        CheckWording(value, "amount", quantity.Amount, quantity.Printed, quantity.Qualifier);
                    }

                    break;
                case PercentageSpec percentage:
                    if (RequirePrinted(value, "printed", percentage.Printed))
                    {
                        RequireNumber(value, "percent", percentage.Percent, percentage.Printed, PrintedNumber.ReadPercent(percentage.Printed));
                        CheckWording(value, "percent", percentage.Percent, percentage.Printed, percentage.Qualifier);
                    }

                    break;
                case DateValueSpec date:
                    CheckDate(value, "printed", date.Date);
                    break;
                case RoleSpec role:
                    RequireNamed(value, "person", role.Person);
                    RequirePrinted(value, "position", role.Position);
                    if (role.Organisation is not null)
                    {
                        FactFileChecker.RequireEntity(role.Organisation, _entities, _diagnostics);
                    }

                    break;
                case StanceSpec stance:
                    RequireNamed(value, "holder", stance.Holder);
                    break;
                case EventSpec @event:
                    if (@event.Where is not null)
                    {
                        RequirePrinted(value, "where", @event.Where);
                    }

                    if (@event.When is not null)
                    {
                        CheckDate(value, "when", @event.When);
                    }

                    break;
                case QuoteSpec quote:
                    RequirePrinted(value, "text", quote.Text);
                    RequireNamed(value, "speaker", quote.Speaker);
                    break;
                case TradeActionSpec action:
                    CheckTradeAction(action);
                    break;
            }
        }

        /// <summary>Each part of a trade action stands in a quote, and its printed words name its instrument.</summary>
        private void CheckTradeAction(TradeActionSpec action)
        {
            RequireNamed(action, "actor", action.Actor);
            foreach (IdReference target in action.Targets)
            {
                RequireNamed(action, "target", target);
            }

            if (RequirePrinted(action, "printed", action.Printed) && InstrumentWords.Missing(action.Instrument, action.Printed) is { } missing)
            {
                Report(Diagnostics.InstrumentNotNamed, action.LocationOf("instrument"), Parsing.FactFileFields.Name(action.Instrument), action.Printed, string.Join(", ", missing.Select(w => "'" + w + "'")));
            }

            if (action.Goods is not null)
            {
                RequirePrinted(action, "goods", action.Goods);
            }

            if (action.Covered is not null)
            {
                Check(action.Covered);
            }

            if (action.Rate is not null)
            {
                Check(action.Rate);
            }

            if (action.When is not null)
            {
                CheckDate(action, "when", action.When);
            }
        }

        private bool RequirePrinted(FactValueSpec value, string field, string printed)
        {
            string wanted = TextNormalizer.Normalize(printed);
            if (_quotes.Any(q => TextSearch.ContainsWords(q, wanted)))
            {
                return true;
            }

            Report(Diagnostics.ValueNotInQuote, value.LocationOf(field), field, printed, _fact.Id);
            return false;
        }

        /// <summary>
        /// "$100" quoted from "$100 billion" reads as a hundred: where a quote prints a scale word right after the
        /// printed text, the printed text must include it, so that the amount is checked against what the source says.
        /// </summary>
        private bool RequireScaleWord(FactValueSpec value, string printed)
        {
            string wanted = TextNormalizer.Normalize(printed);
            if (ScaleWords.Any(scale => TextSearch.ContainsWords(wanted, scale)))
            {
                return true;
            }

            foreach (string quote in _quotes)
            {
                for (int at = TextSearch.IndexOfWords(quote, wanted, 0); at >= 0; at = TextSearch.IndexOfWords(quote, wanted, at + 1))
                {
                    string rest = quote.Substring(at + wanted.Length).TrimStart();
                    string? scale = ScaleWords.FirstOrDefault(s => rest.StartsWith(s, StringComparison.OrdinalIgnoreCase) && (rest.Length == s.Length || !char.IsLetterOrDigit(rest[s.Length])));
                    if (scale is not null)
                    {
                        decimal? read = PrintedNumber.Read(printed);
                        Report(Diagnostics.ScaleWordMissing, value.LocationOf("printed"), printed, rest.Substring(0, scale.Length), read is null ? "no number" : Display(read.Value));
                        return false;
                    }
                }
            }

            return true;
        }

        private void RequireNumber(FactValueSpec value, string field, decimal given, string printed, PrintedNumber.Reading? read)
        {
            // The sign is the verb's, which CheckWording proves: "fell 1.8 per cent" prints 1.8 for -1.8.
            if (read is not PrintedNumber.Reading reading || !reading.Agrees(Math.Abs(given)))
            {
                Report(
                    Diagnostics.ValueDisagreesWithPrinted,
                    value.LocationOf(field),
                    field,
                    Display(given),
                    printed,
                    read?.ToString() ?? "no number");
            }
        }

        /// <summary>
        /// The words before the number in the quote that prints it: a hedge must be the value's qualifier and a
        /// qualifier must be printed, and a verb of fall makes the number negative, as only such a verb may.
        /// </summary>
        private void CheckWording(FactValueSpec value, string field, decimal number, string printed, ValueQualifier? qualifier)
        {
            string wanted = TextNormalizer.Normalize(printed);
            string? quote = _quotes.FirstOrDefault(q => TextSearch.ContainsWords(q, wanted));
            if (quote is null)
            {
                return;
            }

            int at = TextSearch.IndexOfWords(quote, wanted, 0);
            KeyValuePair<string, ValueQualifier>? hedge = NumberWording.Hedge(quote, at, wanted);
            if (hedge is { } found && found.Value != qualifier)
            {
                string has = qualifier is null ? "no qualifier" : "'qualifier: " + Parsing.FactFileFields.Name(qualifier.Value) + "'";
                Report(Diagnostics.HedgeNotRecorded, value.LocationOf("printed"), found.Key, printed, has, Parsing.FactFileFields.Name(found.Value));
            }
            else if (hedge is null && qualifier is not null)
            {
                Report(Diagnostics.QualifierNotPrinted, value.LocationOf("qualifier"), Parsing.FactFileFields.Name(qualifier.Value), printed);
            }

            (string Word, int Sign)? change = NumberWording.Change(quote, at);
            string? disagreement =
                change is { Sign: < 0 } && number > 0 ? "'" + change.Value.Word + "' before '" + printed + "' reports a fall"
                : change is { Sign: > 0 } && number < 0 ? "'" + change.Value.Word + "' before '" + printed + "' reports a rise"
                : change is null && number < 0 ? "no word right before '" + printed + "' reports a fall"
                : null;
            if (disagreement is not null)
            {
                Report(Diagnostics.SignDisagreesWithWording, value.LocationOf(field), field, Display(number), disagreement);
            }
        }

        private void RequireNamed(FactValueSpec value, string field, IdReference reference)
        {
            if (!FactFileChecker.RequireEntity(reference, _entities, _diagnostics))
            {
                return;
            }

            CatalogEntity entity = _entities[reference.Id];
            IEnumerable<string> names = new[] { entity.Name }.Concat(entity.Aliases).Select(TextNormalizer.Normalize);
            // A citation's mention ("he", "the official") names the entity where the sentence gives no name;
            // the mention check has already proved the phrase stands in that sentence.
            bool mentioned = _fact.Citations.Any(c => c.Mentions.Any(m => m.Entity.Id == reference.Id));
            if (!mentioned && !names.Any(name => _quotes.Any(q => TextSearch.ContainsWords(q, name))))
            {
                Report(Diagnostics.ValueNotInQuote, reference.Location, field, entity.Name + " (or an alias)", _fact.Id);
            }
        }

        /// <summary>The printed words must stand in a quote, agree with the date, and print every part of it not marked inferred.</summary>
        private void CheckDate(FactValueSpec value, string field, DateSpec date)
        {
            if (date.Printed is null)
            {
                if (date.Inferred is null)
                {
                    Report(Diagnostics.DateNotPrinted, value.LocationOf(field), date.Date.ToString(), "date", "(none)");
                }

                return;
            }

            if (!RequirePrinted(value, field, date.Printed))
            {
                return;
            }

            string printed = TextNormalizer.Normalize(date.Printed);
            int? printedMonth = null;
            for (int m = 0; m < 12; m++)
            {
                if (TextSearch.ContainsWords(printed, MonthNames[m]))
                {
                    printedMonth = m + 1;
                }
            }

            int? printedYear = null;
            int? printedDay = null;
            foreach (string token in printed.Split(new[] { ' ', ',', '-', '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(token.TrimEnd('s', 't', 'h', 'n', 'd', 'r'), NumberStyles.None, CultureInfo.InvariantCulture, out int number))
                {
                    if (token.Length == 4 && number >= 1000)
                    {
                        printedYear = number;
                    }
                    else if (number >= 1 && number <= 31)
                    {
                        printedDay = number;
                    }
                }
            }

            PartialDate d = date.Date;
            string? disagreement =
                printedYear is not null && printedYear != d.Year ? "year " + printedYear.Value.ToString(CultureInfo.InvariantCulture)
                : printedMonth is not null && d.Precision >= DatePrecision.Month && printedMonth != d.Month ? MonthNames[printedMonth.Value - 1]
                : printedDay is not null && d.Precision == DatePrecision.Day && printedDay != d.Day ? "day " + printedDay.Value.ToString(CultureInfo.InvariantCulture)
                : null;
            if (disagreement is not null)
            {
                Report(Diagnostics.ValueDisagreesWithPrinted, value.LocationOf(field == "printed" ? "date" : field), "date", d.ToString(), date.Printed, disagreement);
                return;
            }

            string? unprinted =
                printedYear is null ? "year"
                : d.Precision >= DatePrecision.Month && printedMonth is null ? "month"
                : d.Precision == DatePrecision.Day && printedDay is null ? "day"
                : null;
            if (unprinted is not null && date.Inferred is null)
            {
                Report(Diagnostics.DateNotPrinted, value.LocationOf(field == "printed" ? "date" : field), d.ToString(), unprinted, date.Printed);
            }
        }

        private static string Display(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location ?? _fact.IdLocation, args));
    }
}
