using System;
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
        /// <summary>The number the phrase states, or null if it states none.</summary>
        public static decimal? Read(string printed) => ReadAmount(printed)?.Value;

        /// <summary>The number the phrase states (an amount: money or a quantity), or null if it states none.</summary>
        public static Reading? ReadAmount(string printed)
        {
            string text = TextNormalizer.Normalize(printed);

            // The patterns go through Regex's own cache rather than static fields, and the word tables below are
            // switches: a static initializer would make every mutant in it re-run the whole test suite
            // (docs/testing.md).
            Match match = Regex.Match(
                text,
                @"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion|trillion|bn|dozen)\b)?",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            if (match.Success)
            {
                decimal number = decimal.Parse(match.Groups["number"].Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                return new Reading(number * (Multiplier(match.Groups["scale"].Value.ToLowerInvariant()) ?? 1), exact: true);
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
            // A switch rather than an early return past a pattern variable: see docs/testing.md.
            return ReadAmount(printed) switch
            {
                Reading reading when !IsPerCent(TextNormalizer.Normalize(printed)) => new Reading(reading.Value * 100, reading.Exact),
                var other => other,
            };
        }

        /// <summary>
        /// The currencies a printed money phrase can mean by its symbol ("$US" is USD; a bare "$" is any dollar);
        /// null when it has no symbol, which leaves the currency unchecked.
        /// </summary>
        public static Func<string, bool>? CurrencyMatcher(string printed)
        {
            Match match = Regex.Match(TextNormalizer.Normalize(printed), @"^(?<symbol>US\$|\$US|A\$|\$A|C\$|\$C|\$|€|£|¥)", RegexOptions.CultureInvariant);
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

                if (Unit(token) is decimal unit)
                {
                    total = (total ?? 0) + unit;
                }
                else if (Multiplier(token) is decimal multiplier)
                {
                    total = (total ?? 1) * multiplier;
                }
                else if (Divisor(token) is decimal divisor && total is decimal whole)
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

        /// <summary>A per-cent sign or word: a phrase without one that states a percentage states a share of a whole.</summary>
        private static bool IsPerCent(string text)
            => Regex.IsMatch(text, @"%|\bper\s?cent\b|\bpercentage\s+points?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>A word that adds its number: "seven" in "seventy-seven".</summary>
        private static decimal? Unit(string word) => word switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "thirteen" => 13,
            "fourteen" => 14,
            "fifteen" => 15,
            "sixteen" => 16,
            "seventeen" => 17,
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => null,
        };

        /// <summary>A word that multiplies what came before it (or one): "two dozen", "half", "5 bn".</summary>
        private static decimal? Multiplier(string word) => word switch
        {
            "hundred" => 100,
            "thousand" => 1_000,
            "million" => 1_000_000,
            "billion" or "bn" => 1_000_000_000,
            "trillion" => 1_000_000_000_000,
            "dozen" => 12,
            "half" => 0.5m,
            _ => null,
        };

        /// <summary>A word that divides what came before it: "two-fifths".</summary>
        private static decimal? Divisor(string word) => word switch
        {
            "halves" => 2,
            "third" or "thirds" => 3,
            "quarter" or "quarters" => 4,
            "fifth" or "fifths" => 5,
            "sixth" or "sixths" => 6,
            "seventh" or "sevenths" => 7,
            "eighth" or "eighths" => 8,
            "ninth" or "ninths" => 9,
            "tenth" or "tenths" => 10,
            _ => null,
        };

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
