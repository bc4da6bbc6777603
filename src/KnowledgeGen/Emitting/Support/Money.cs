// Support code of every knowledge base, emitted inside its class: see Emitting/SupportCode.cs.
#nullable disable
namespace KnowledgeGen.Support
{
    public static partial class KnowledgeBase
    {
        /// <summary>
        /// An amount of money in one currency. Arithmetic and comparison across currencies throw an
        /// <see cref="global::System.InvalidOperationException"/> naming both currencies: the currency is data, so the
        /// compiler cannot tell two amounts apart, and the knowledge base holds no exchange rates to convert with.
        /// </summary>
        // [GeneratedCode]
        public readonly struct Money : global::System.IEquatable<Money>, global::System.IComparable<Money>
        {
            private readonly string/*?*/ _printed;

            /// <summary>An amount in the currency with the ISO 4217 code (USD, AUD, CNY, ...).</summary>
            public Money(decimal amount, string currency)
                : this(amount, currency, null)
            {
            }

            internal Money(decimal amount, string currency, string/*?*/ printed, ValueQualifier? qualifier = null, decimal? upper = null)
            {
                Qualifier = qualifier;
                Upper = upper;
                Amount = amount;
                Currency = currency ?? string.Empty;
                _printed = printed;
            }

            /// <summary>The amount in units of <see cref="Currency"/>: 100000000000 for "$100 billion".</summary>
            public decimal Amount { get; }

            /// <summary>The ISO 4217 code of the currency.</summary>
            public string Currency { get; }

            /// <summary>How exact the number is as printed ("about", "more than"); null where it is exact.</summary>
            public ValueQualifier? Qualifier { get; }

            /// <summary>The upper end where <see cref="Qualifier"/> is <see cref="ValueQualifier.Between"/>; otherwise null.</summary>
            public decimal? Upper { get; }

            /// <summary>The sum of two amounts in the same currency.</summary>
            public static Money operator +(Money left, Money right) => new Money(left.Amount + right.Amount, SameCurrency(left, right, "add"));

            /// <summary>The difference of two amounts in the same currency.</summary>
            public static Money operator -(Money left, Money right) => new Money(left.Amount - right.Amount, SameCurrency(left, right, "subtract"));

            /// <summary>The amount multiplied by a number, in the same currency.</summary>
            public static Money operator *(Money money, decimal factor) => new Money(money.Amount * factor, money.Currency);

            /// <summary>The amount divided by a number, in the same currency.</summary>
            public static Money operator /(Money money, decimal divisor) => new Money(money.Amount / divisor, money.Currency);

            /// <summary>How many times the right amount goes into the left: a plain number, both in the same currency.</summary>
            public static decimal operator /(Money left, Money right)
        {
            SameCurrency(left, right, "divide");
            return left.Amount / right.Amount;
        }

            /// <summary>True when the left amount is less than the right, both in the same currency.</summary>
            public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

            /// <summary>True when the left amount is more than the right, both in the same currency.</summary>
            public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

            /// <summary>True when the left amount is at most the right, both in the same currency.</summary>
            public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

            /// <summary>True when the left amount is at least the right, both in the same currency.</summary>
            public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

            /// <summary>True when both are the same amount in the same currency, however printed.</summary>
            public static bool operator ==(Money left, Money right) => left.Equals(right);

            /// <summary>True when the amounts or the currencies differ.</summary>
            public static bool operator !=(Money left, Money right) => !left.Equals(right);

            /// <summary>Orders amounts of the same currency; throws for two currencies.</summary>
            public int CompareTo(Money other)
            {
                SameCurrency(this, other, "compare");
                return Amount.CompareTo(other.Amount);
            }

            /// <summary>True when both are the same amount in the same currency, however printed.</summary>
            public bool Equals(Money other) => Amount == other.Amount && string.Equals(Currency, other.Currency);

            /// <inheritdoc/>
            public override bool Equals(object/*?*/ obj) => obj is Money && Equals((Money)obj);

            /// <inheritdoc/>
            public override int GetHashCode() => Amount.GetHashCode() ^ (Currency ?? string.Empty).GetHashCode();

            /// <summary>
            /// The amount as the source printed it ("$100 billion"); an amount the source did not print (a sum, say) in
            /// the same style: the currency's sign where it has a common one, the number in millions, billions or
            /// trillions.
            /// </summary>
            public override string ToString() => _printed ?? NumberWords.Format(Amount, Sign(Currency), Currency);

            private static string/*?*/ Sign(string currency)
            {
                switch (currency)
                {
                    case "USD": return "$";
                    case "AUD": return "A$";
                    case "EUR": return "\u20AC";
                    case "GBP": return "\u00A3";
                    case "JPY": return "\u00A5";
                    default: return null;
                }
            }

            private static string SameCurrency(Money left, Money right, string operation)
            {
                if (!string.Equals(left.Currency, right.Currency))
                {
                    throw new global::System.InvalidOperationException(
                        "Cannot " + operation + " " + left + " (" + left.Currency + ") and " + right + " (" + right.Currency + "): the currencies differ, and the knowledge base has no exchange rate.");
                }

                return left.Currency;
            }
        }
    }
}
