using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGen.Checking
{
    /// <summary>
    /// Reads the number a printed phrase states: "$375.2 billion" is 375200000000, "1.8 per cent" is 1.8,
    /// "two dozen" is 24, "two-fifths" is 0.4. Also tells which currency a money phrase's symbol names.
    /// </summary>
    public static class PrintedNumber
    {
        /// <summary>The number the phrase states, or null if it states none.</summary>
        public static decimal? Read(string printed)
        {
            string text = TextNormalizer.Normalize(printed);

            // The patterns go through Regex's own cache rather than static fields, and the word tables below are
            // switches: a static initializer would make every mutant in it re-run the whole test suite
            // (docs/testing.md).
            Match match = Regex.Match(
                text,
                @"(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>thousand|million|billion|trillion|bn)\b)?",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            if (match.Success)
            {
                decimal number = decimal.Parse(match.Groups["number"].Value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                return number * (Multiplier(match.Groups["scale"].Value.ToLowerInvariant()) ?? 1);
            }

            return ReadWords(text.ToLowerInvariant());
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

        private static decimal? ReadWords(string text)
        {
            decimal? total = null;
            foreach (string token in text.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries))
            {
                decimal? unit = Unit(token);
                decimal? multiplier = Multiplier(token);
                decimal? divisor = Divisor(token);
                if (unit is not null)
                {
                    total = (total ?? 0) + unit;
                }
                else if (multiplier is not null)
                {
                    total = (total ?? 1) * multiplier;
                }
                else if (divisor is not null && total is not null)
                {
                    total /= divisor;
                }
                else if (total is not null)
                {
                    break;
                }
            }

            return total;
        }

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
            "tenth" or "tenths" => 10,
            _ => null,
        };
    }
}
