// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// Writes an amount the way news articles print one: "$100 billion", "2.5 million containers", "1.8%". Used only
        /// for values the source did not print itself (results of arithmetic).
        /// </summary>
        // [GeneratedCode]
        private static class NumberWords
        {
            internal static string Format(decimal amount, string/*?*/ sign, string unit)
            {
                if (sign == null)
                {
                    return Scaled(amount) + (unit.Length == 0 ? "" : " " + unit);
                }

                return amount < 0 ? "-" + sign + Scaled(-amount) : sign + Scaled(amount);
            }

            internal static string Scaled(decimal amount)
            {
                decimal size = amount < 0 ? -amount : amount;
                if (size >= 1000000000000m)
                {
                    return Plain(amount / 1000000000000m) + " trillion";
                }

                if (size >= 1000000000m)
                {
                    return Plain(amount / 1000000000m) + " billion";
                }

                return size >= 1000000m ? Plain(amount / 1000000m) + " million" : amount.ToString("#,0.###", global::System.Globalization.CultureInfo.InvariantCulture);
            }

            private static string Plain(decimal amount) => amount.ToString("0.###", global::System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
