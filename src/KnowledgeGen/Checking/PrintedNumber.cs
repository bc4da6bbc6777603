using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Reads the number a printed phrase states, as people write it: "$375.2 billion" is 375200000000, "2 dozen"
    /// and "two dozen" are 24, "two-fifths" is 0.4; and a percentage's phrase in per cent: "1.8 per cent" is 1.8,
    /// "two-fifths" is 40. Also tells which currency a money phrase's symbol names. The rules are the table in
    /// docs/fact-format.md ("How printed numbers are read"), whose rows the tests run.
    /// </summary>
    public static class PrintedNumber
    {
        private static readonly Regex Digits = new Regex(
            @"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion|trillion|bn|dozen)\b)?",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>A per-cent sign or word: a phrase without one that states a percentage states a share of a whole.</summary>
        private static readonly Regex PerCent = new Regex(
            @"%|\bper\s?cent\b|\bpercentage\s+points?\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex CurrencySymbol = new Regex(
            @"^(?<symbol>US\$|\$US|A\$|\$A|C\$|\$C|\$|€|£|¥)",
            RegexOptions.CultureInvariant);

        private static readonly Dictionary<string, decimal> Units = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
            ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
            ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
            ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
            ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        };

        private static readonly Dictionary<string, decimal> Multipliers = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
            ["trillion"] = 1_000_000_000_000, ["dozen"] = 12, ["half"] = 0.5m,
        };

        private static readonly Dictionary<string, decimal> Divisors = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fifth"] = 5, ["fifths"] = 5,
            ["sixth"] = 6, ["sixths"] = 6, ["tenth"] = 10, ["tenths"] = 10,
        };

        /// <summary>The number the phrase states, or null if it states none.</summary>
        public static decimal? Read(string printed) => ReadAmount(printed)?.Value;

        /// <summary>The number the phrase states (an amount: money or a quantity), or null if it states none.</summary>
        public static Reading? ReadAmount(string printed)
        {
            string text = TextNormalizer.Normalize(printed);
            Match match = Digits.Match(text);
            if (match.Success)
            {
                decimal number = decimal.Parse(match.Groups["number"].Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                string scale = match.Groups["scale"].Value.ToLowerInvariant();
                return new Reading(scale.Length == 0 ? number : number * (scale == "bn" ? Multipliers["billion"] : Multipliers[scale]), exact: true);
            }

            return ReadWords(text.ToLowerInvariant());
        }

        /// <summary>
        /// The percentage the phrase states, in per cent: its number where it says "per cent", "percent", "%" or
        /// "percentage points"; otherwise it states a share of a whole ("two-fifths", "half", "a third"), which is
        /// a hundred times its number.
        /// </summary>
        public static Reading? ReadPercent(string printed)
        {
            Reading? number = ReadAmount(printed);
            if (number is not Reading reading || PerCent.IsMatch(TextNormalizer.Normalize(printed)))
            {
                return number;
            }

            return new Reading(reading.Value * 100, reading.Exact);
        }

        /// <summary>
        /// The currencies a printed money phrase can mean by its symbol ("$US" is USD; a bare "$" is any dollar);
        /// null when it has no symbol, which leaves the currency unchecked.
        /// </summary>
        public static Func<string, bool>? CurrencyMatcher(string printed)
        {
            Match match = CurrencySymbol.Match(TextNormalizer.Normalize(printed));
            if (!match.Success)
            {
                return null;
            }

            switch (match.Groups["symbol"].Value)
            {
                case "US$":
                case "$US":
                    return code => code == "USD";
                case "A$":
                case "$A":
                    return code => code == "AUD";
                case "C$":
                case "$C":
                    return code => code == "CAD";
                case "€":
                    return code => code == "EUR";
                case "£":
                    return code => code == "GBP";
                case "¥":
                    return code => code == "CNY" || code == "JPY";
                default:
                    return code => code.EndsWith("D", StringComparison.Ordinal);
            }
        }

        private static Reading? ReadWords(string text)
        {
            decimal? total = null;
            bool exact = true;
            foreach (string token in text.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if ((token == "a" || token == "an") && total is not null)
                {
                    // "half a dozen": the article joins two number words and adds nothing.
                    continue;
                }

                if (Units.TryGetValue(token, out decimal unit))
                {
                    total = (total ?? 0) + unit;
                }
                else if (Multipliers.TryGetValue(token, out decimal multiplier))
                {
                    total = (total ?? 1) * multiplier;
                }
                else if (Divisors.TryGetValue(token, out decimal divisor) && total is decimal whole)
                {
                    total = whole / divisor;
                    exact &= total * divisor == whole;
                }
                else if (total is not null)
                {
                    break;
                }
            }

            return total is decimal value ? new Reading(value, exact) : null;
        }

        /// <summary>
        /// A number read from a phrase. A fraction without an end in decimals ("a third") is not exact: a value
        /// agrees with it when rounded to the decimals the value is written with (33, 33.3 or 33.33 for a third
        /// in per cent); any other value must equal it.
        /// </summary>
        public readonly struct Reading
        {
            public Reading(decimal value, bool exact)
            {
                Value = value;
                Exact = exact;
            }

            public decimal Value { get; }

            public bool Exact { get; }

            public bool Agrees(decimal written)
                => written == Value || (!Exact && written == Math.Round(Value, DecimalPlaces(written), MidpointRounding.AwayFromZero));

            /// <summary>The number as a message shows it: "2500000", or "33.333…" for one that is not exact.</summary>
            public override string ToString()
                => Exact
                    ? Value.ToString("0.############################", CultureInfo.InvariantCulture)
                    : Math.Round(Value, 3, MidpointRounding.AwayFromZero).ToString("0.000", CultureInfo.InvariantCulture) + "…";

            private static int DecimalPlaces(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
        }
    }
}
